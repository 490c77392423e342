/// Scrolling through text that has no selection (the access report, an import preview, help):
/// j/k and arrows a line, PgDn/PgUp and Space a page, g/Home and G/End the ends.
public struct Pager: Equatable, Sendable {
    public private(set) var top = 0
    public private(set) var count = 0
    /// Lines on screen at once; set from the layout.
    public private(set) var visibleRows = 10

    public init(count: Int = 0, visibleRows: Int = 10) {
        self.count = max(0, count)
        self.visibleRows = max(1, visibleRows)
    }

    public var maxTop: Int { max(0, count - visibleRows) }
    public var canScroll: Bool { count > visibleRows }
    public var visibleRange: Range<Int> { top..<min(count, top + visibleRows) }

    /// Handles a scrolling key; returns false for other keys. `letters: false` leaves j/k/g/G
    /// and Space to the screen (a dialog where they are typed).
    public mutating func handle(_ key: Key, letters: Bool = true) -> Bool {
        switch key {
        case .down: scroll(by: 1)
        case .up: scroll(by: -1)
        case .char("j") where letters: scroll(by: 1)
        case .char("k") where letters: scroll(by: -1)
        case .pageDown: scroll(by: max(1, visibleRows - 1))
        case .char(" ") where letters: scroll(by: max(1, visibleRows - 1))
        case .pageUp: scroll(by: -max(1, visibleRows - 1))
        case .home: top = 0
        case .char("g") where letters: top = 0
        case .end: top = maxTop
        case .char("G") where letters: top = maxTop
        default: return false
        }
        return true
    }

    public mutating func scroll(by n: Int) { top = min(max(0, top + n), maxTop) }

    public mutating func setCount(_ n: Int) {
        count = max(0, n)
        top = min(top, maxTop)
    }

    public mutating func setVisibleRows(_ n: Int) {
        visibleRows = max(1, n)
        top = min(top, maxTop)
    }
}

/// Selection and scrolling shared by every list (contacts, consents, history):
/// j/k and arrows, PgUp/PgDn, g/Home, G/End.
public struct ListNavigation: Equatable, Sendable {
    public var selected = 0
    public var top = 0
    public var count = 0
    /// Rows the list shows at once; set from the layout.
    public var visibleRows = 10

    public init(count: Int = 0, visibleRows: Int = 10) {
        self.count = count; self.visibleRows = visibleRows
    }

    /// Handles a movement key; `homeEndOnly` leaves `g`/`G` to the screen (the consent editor
    /// uses `g` for grant). Returns false for other keys.
    public mutating func handle(_ key: Key, letters: Bool = true) -> Bool {
        switch key {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .char("j") where letters: move(by: 1)
        case .char("k") where letters: move(by: -1)
        case .pageDown: move(by: max(1, visibleRows - 1))
        case .pageUp: move(by: -max(1, visibleRows - 1))
        case .home: select(0)
        case .char("g") where letters: select(0)
        case .end: select(count - 1)
        case .char("G") where letters: select(count - 1)
        default: return false
        }
        return true
    }

    public mutating func move(by n: Int) { select(selected + n) }

    public mutating func select(_ i: Int) {
        selected = count == 0 ? 0 : min(max(0, i), count - 1)
        scrollToSelection()
    }

    public mutating func setCount(_ n: Int) {
        count = n
        select(selected)
    }

    public mutating func setVisibleRows(_ n: Int) {
        visibleRows = max(1, n)
        scrollToSelection()
    }

    mutating func scrollToSelection() {
        if selected < top { top = selected }
        if selected >= top + visibleRows { top = selected - visibleRows + 1 }
        top = max(0, min(top, max(0, count - visibleRows)))
    }

    /// The indices on screen.
    public var visibleRange: Range<Int> { top..<min(count, top + visibleRows) }
}

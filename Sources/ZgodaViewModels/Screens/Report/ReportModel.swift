import ZgodaCore

/// The access report of one person on screen: the core's document blocks, wrapped by the
/// core's text renderer at the terminal's width (again after a resize), and scrolled.
public struct ReportModel: Equatable, Sendable {
    public let contact: ContactID
    public let title: String
    public let blocks: [DocumentBlock]
    public private(set) var width: Int
    public private(set) var lines: [String]
    public var pager: Pager

    public init(contact: ContactID, title: String, blocks: [DocumentBlock], width: Int) {
        self.contact = contact
        self.title = title
        self.blocks = blocks
        self.width = max(20, width)
        lines = Self.wrap(blocks, width: self.width)
        pager = Pager(count: lines.count)
    }

    /// Wraps the text again for a new width, staying at the same part of the report.
    public mutating func layout(width newWidth: Int, visibleRows: Int) {
        let w = max(20, newWidth)
        if w != width {
            let fraction = lines.isEmpty ? 0 : Double(pager.top) / Double(lines.count)
            width = w
            lines = Self.wrap(blocks, width: w)
            pager.setCount(lines.count)
            pager.setVisibleRows(visibleRows)
            pager.scroll(by: Int((fraction * Double(lines.count)).rounded()) - pager.top)
        } else {
            pager.setVisibleRows(visibleRows)
        }
    }

    /// Returns true when the reader leaves.
    public mutating func handle(_ key: Key) -> Bool {
        if pager.handle(key) { return false }
        return key == .escape || key == .char("q")
    }

    static func wrap(_ blocks: [DocumentBlock], width: Int) -> [String] {
        var lines = TextRenderer.render(blocks, width: width).components(separatedBy: "\n")
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

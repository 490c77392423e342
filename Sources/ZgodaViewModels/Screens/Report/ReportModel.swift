import ZgodaCore

/// A document on screen — the access report of one person, or the record of processing
/// activities — as the core's document blocks, wrapped by the core's text renderer at the
/// terminal's width (again after a resize), and scrolled.
public struct ReportModel: Equatable, Sendable {
    /// The person the document is about; nil for the record of processing.
    public let contact: ContactID?
    public let title: String
    public let blocks: [DocumentBlock]
    public private(set) var width: Int
    public private(set) var lines: [String]
    public var pager: Pager

    public init(contact: ContactID?, title: String, blocks: [DocumentBlock], width: Int) {
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
        switch action(for: key) {
        case .line(let n)?: pager.scroll(by: n)
        case .page(let n)?: pager.scroll(by: n * max(1, pager.visibleRows - 1))
        case .start?: pager.scroll(by: -pager.count)
        case .end?: pager.scroll(by: pager.count)
        case .back?: return true
        case nil: break
        }
        return false
    }

    static func wrap(_ blocks: [DocumentBlock], width: Int) -> [String] {
        var lines = TextRenderer.render(blocks, width: width).components(separatedBy: "\n")
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// What a key does in the access report.
public enum ReportAction: Sendable, Equatable { case line(Int), page(Int), start, end, back }

extension ReportModel: KeyBound {
    private typealias R = UIText.Requests

    public var bindings: [KeyBinding<ReportAction>] {
        [KeyBinding(triggers: [(.char("j"), .line(1)), (.down, .line(1)), (.char("k"), .line(-1)), (.up, .line(-1))],
                    "j/↓ k/↑", R.scroll.text, footer: R.scroll.text, footerKeys: "j/k"),
         KeyBinding(triggers: [(.pageDown, .page(1)), (.char(" "), .page(1)), (.pageUp, .page(-1))], "PgDn/PgUp Space", R.page.text,
                    footer: R.page.text, footerKeys: "PgDn/PgUp"),
         KeyBinding(triggers: [(.char("g"), .start), (.home, .start), (.char("G"), .end), (.end, .end)], "g/Home G/End", R.startEnd.text,
                    footer: R.startEnd.text, footerKeys: "g/G"),
         .help(),
         KeyBinding([.escape, .char("q")], "Esc", .back, R.back.text, footer: R.back.text),
         .quitAnywhere()]
    }
}

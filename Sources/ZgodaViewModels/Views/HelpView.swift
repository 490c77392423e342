import ZgodaCore

/// The `?` overlay: every key of the current screen, then the contact list's keys and, where a
/// screen has them, legends. An entry with no keys is a section heading (or, empty, a gap).
/// Taller than the terminal, it scrolls with ↑/↓; any other key closes it.
public enum HelpView {
    static let width = 64

    /// Entries the overlay shows at once on a grid of `rows`.
    public static func visibleRows(entries: Int, gridRows: Int) -> Int {
        max(1, min(entries + 4, gridRows - 2) - 4)
    }

    public static func render(_ entries: [HelpContent.Binding], title: String, top: Int, into g: inout Grid) {
        let keyWidth = min(18, entries.map { DisplayWidth.of($0.keys) }.max() ?? 10)
        let r = Chrome.centred(width: width, height: entries.count + 4, in: g)
        let inner = Chrome.box(r, title: UIText.App.helpTitle(title).text, role: .help, titleRole: .dialogTitle, into: &g)
        let visible = visibleRows(entries: entries.count, gridRows: g.rows)
        let first = min(max(0, top), max(0, entries.count - visible))
        for (line, i) in (first..<min(entries.count, first + visible)).enumerated() {
            let b = entries[i], y = inner.row + line
            if b.keys.isEmpty {
                g.put(b.does, row: y, col: inner.col, width: inner.width, role: .dialogTitle)
                continue
            }
            g.putPadded(b.keys, row: y, col: inner.col, width: keyWidth, role: .dialogTitle)
            g.put(b.does, row: y, col: inner.col + keyWidth + 2, width: inner.width - keyWidth - 2, role: .help)
        }
        let scrolls = entries.count > visible
        let more = first + visible < entries.count ? UIText.App.helpMoreBelow.text : first > 0 ? UIText.App.helpBackUp.text : ""
        let closing = scrolls ? "\(more)\(more.isEmpty ? "" : " · ")" + UIText.App.helpScrollOrClose.text : UIText.App.helpClose.text
        g.put(closing, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .help)
        g.cursor = (inner.bottom - 1, inner.col)
    }
}

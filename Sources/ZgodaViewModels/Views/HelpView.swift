/// The `?` overlay: every key of the current screen, then the contact list's keys.
public enum HelpView {
    public static func render(_ bindings: [HelpContent.Binding], title: String, into g: inout Grid) {
        let keyWidth = min(18, bindings.map { $0.keys.count }.max() ?? 10)
        let r = Chrome.centred(width: 64, height: bindings.count + 4, in: g)
        let inner = Chrome.box(r, title: "Help: \(title)", role: .help, titleRole: .dialogTitle, into: &g)
        for (i, b) in bindings.enumerated() where inner.row + i < inner.bottom - 1 {
            g.putPadded(b.keys, row: inner.row + i, col: inner.col, width: keyWidth, role: .dialogTitle)
            g.put(b.does, row: inner.row + i, col: inner.col + keyWidth + 2, width: inner.width - keyWidth - 2, role: .help)
        }
        g.put("Any key closes this help.", row: inner.bottom - 1, col: inner.col, width: inner.width, role: .help)
        g.cursor = (inner.bottom - 1, inner.col)
    }
}

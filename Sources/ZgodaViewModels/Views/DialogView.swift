import ZgodaCore
/// A modal question, centred over the screen.
public enum DialogView {
    public static func render(_ d: Dialog, into g: inout Grid) {
        let width = min(g.cols - 4, max(44, d.message.map { DisplayWidth.of($0, upTo: g.cols) }.max() ?? 0) + 6)
        let extra = d.hasField ? 2 : 0
        let errorLines = d.error.map { Chrome.wrap($0, width: width - 4) } ?? []
        // Every line of the question wraps to the box: on a small terminal it is read in full.
        // A verbatim line too wide for the box takes rows of its own across the whole screen
        // (cut every `g.cols` columns, the way the terminal itself would wrap it).
        var message: [String] = []
        var verbatimRows: [Int: String] = [:]
        for line in d.message {
            if let v = d.verbatim, line == v, DisplayWidth.of(v, upTo: g.cols + 1) > width - 4 {
                var rest = Substring(SafeText.visible(v))
                while !rest.isEmpty {
                    verbatimRows[message.count] = String(rest.prefix(g.cols))
                    message.append("")
                    rest = rest.dropFirst(g.cols)
                }
            } else {
                message += line.isEmpty ? [""] : Chrome.wrap(line, width: width - 4)
            }
        }
        let roomy = message.count + 4 + extra + errorLines.count <= g.rows - 2
        let height = message.count + (roomy ? 4 : 3) + extra + errorLines.count
        // Too tall for the space between the title bar and the footer: the question covers them.
        var r = Chrome.centred(width: width, height: height, in: g)
        if height > r.height { r = Rect(row: 0, col: r.col, width: r.width, height: min(height, g.rows)) }
        let inner = Chrome.box(r, title: d.title, role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        for (i, l) in message.enumerated() where y < inner.bottom - 1 {
            if let chunk = verbatimRows[i] {
                g.fill(Rect(row: y, col: 0, width: g.cols, height: 1), role: .dialog)
                g.put(chunk, row: y, col: 0, width: g.cols, role: .dialog)
            } else {
                g.put(l, row: y, col: inner.col, width: inner.width, role: .dialog)
            }
            y += 1
        }
        if d.hasField {
            if roomy { y += 1 }
            let (text, cur) = d.input.window(width: inner.width)
            g.putPadded(text, row: y, col: inner.col, width: inner.width, role: .fieldFocus)
            g.cursor = (y, inner.col + cur)
            y += 1
        }
        for e in errorLines where y < inner.bottom - 1 { g.put(e, row: y, col: inner.col, width: inner.width, role: .error); y += 1 }
        g.put(d.footer, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
        if !d.hasField { g.cursor = (inner.bottom - 1, inner.col) }
    }
}

import ZgodaCore

/// The export dialog over the contact list.
public enum ExportDialogView {
    public static func render(_ m: ExportDialogModel, into g: inout Grid) {
        // An error (a refusal by the team database, a path that cannot be written) wraps, and
        // the box grows to hold it: it is read in full.
        let errorLines = m.error.map { Chrome.wrap($0, width: max(10, min(66, g.cols - 2) - 4)) } ?? []
        let r = Chrome.centred(width: 66, height: 10 + errorLines.count, in: g)
        let inner = Chrome.box(r, title: UIText.Interchange.exportTitle(m.count).text, role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        g.put((m.query.isEmpty ? UIText.Interchange.noFilter : UIText.Interchange.filter(m.query)).text, row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 2
        g.putPadded(UIText.Interchange.format.text, row: y, col: inner.col, width: 8, role: .dialogTitle)
        var x = inner.col + 8
        for f in ExportDialogModel.formats {
            let label = (f == m.format ? "(•) " : "( ) ") + f.rawValue
            let role: Role = f == m.format && m.focus == 0 ? .selection : .dialog
            x += g.put(label, row: y, col: x, role: role) + 2
        }
        if m.focus == 0 { g.cursor = (y, inner.col + 8) }
        y += 1
        g.putPadded(UIText.Interchange.file.text, row: y, col: inner.col, width: 8, role: .dialogTitle)
        let (text, cur) = m.destination.window(width: inner.width - 8)
        g.putPadded(text, row: y, col: inner.col + 8, width: inner.width - 8, role: m.focus == 1 ? .fieldFocus : .field)
        if m.focus == 1 { g.cursor = (y, inner.col + 8 + cur) }
        y += 2
        for line in errorLines where y < inner.bottom - 1 { g.put(line, row: y, col: inner.col, width: inner.width, role: .error); y += 1 }
        g.put(UIText.Interchange.exportKeys.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
    }
}

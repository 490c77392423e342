import ZgodaCore

/// The import dialog over the contact list: the file, then the preview of the dry run.
public enum ImportDialogView {
    static let width = 76

    /// Columns inside the dialog on a terminal `cols` wide.
    public static func innerWidth(cols: Int) -> Int { max(10, min(width, cols - 2) - 4) }

    /// Message lines the preview shows at most on a grid of `rows`: the box (at most rows − 4)
    /// minus its borders, the three lines above the messages, and the error and key lines below.
    public static func previewRows(gridRows: Int) -> Int {
        max(1, gridRows - 4 - 2 - 3 - 2)
    }

    /// The preview's box: as tall as its messages need, at most the terminal allows.
    static func previewBox(_ m: ImportDialogModel, in g: Grid) -> Rect {
        let shown = min(max(1, m.lines.count), previewRows(gridRows: g.rows))
        return Chrome.centred(width: width, height: shown + 7, in: g)
    }

    public static func render(_ m: ImportDialogModel, into g: inout Grid) {
        switch m.step {
        case .file: renderFile(m, into: &g)
        case .preview: renderPreview(m, into: &g)
        }
    }

    static func renderFile(_ m: ImportDialogModel, into g: inout Grid) {
        let errorLines = m.error.map { Chrome.wrap($0, width: innerWidth(cols: g.cols)) } ?? []
        let extra = errorLines.count + (m.candidates.isEmpty ? 0 : 1)
        let r = Chrome.centred(width: width, height: 9 + extra, in: g)
        let inner = Chrome.box(r, title: "Import contacts", role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        g.put("CSV (Excel, Google Contacts; , or ; separated), vCard, or Zgoda's JSON.", row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 1
        g.put("Nothing is saved before the preview and your Enter.", row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 2
        g.putPadded("File", row: y, col: inner.col, width: 6, role: .dialogTitle)
        let (text, cur) = m.path.window(width: inner.width - 6)
        g.putPadded(text, row: y, col: inner.col + 6, width: inner.width - 6, role: .fieldFocus)
        g.cursor = (y, inner.col + 6 + cur)
        y += 1
        if !m.candidates.isEmpty {
            g.put(m.candidates.joined(separator: "  "), row: y, col: inner.col + 6, width: inner.width - 6, role: .dialog)
            y += 1
        }
        for line in errorLines where y < inner.bottom - 1 { g.put(line, row: y, col: inner.col, width: inner.width, role: .error); y += 1 }
        g.put("Tab complete  Enter preview  Esc cancel", row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
    }

    static func renderPreview(_ m: ImportDialogModel, into g: inout Grid) {
        let r = previewBox(m, in: g)
        let inner = Chrome.box(r, title: "Import \(m.previewPath)", role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        g.put(m.summary, row: y, col: inner.col, width: inner.width, role: .dialogTitle)
        y += 1
        g.put("Preview (\(m.details)): nothing has been saved yet.", row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 2
        if m.lines.isEmpty {
            g.put("Every record can be imported.", row: y, col: inner.col, width: inner.width, role: .dialog)
        }
        for (line, i) in m.pager.visibleRange.enumerated() where y + line < inner.bottom - 2 {
            g.put(m.lines[i], row: y + line, col: inner.col, width: inner.width, role: .dialog)
        }
        if let e = m.error { g.put(e, row: inner.bottom - 2, col: inner.col, width: inner.width, role: .error) }
        let range = m.pager.visibleRange
        let more = m.pager.canScroll ? "  ↑/↓ PgUp/PgDn scroll (\(range.lowerBound + 1)–\(range.upperBound) of \(m.lines.count))" : ""
        g.put("Enter import  Esc back" + more, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
        g.cursor = (inner.bottom - 1, inner.col)
    }
}

import ZgodaCore

/// The import dialog over the contact list: the file, then the preview of the dry run.
public enum ImportDialogView {
    static let width = 76

    /// Columns inside the dialog on a terminal `cols` wide.
    public static func innerWidth(cols: Int) -> Int { max(10, min(width, cols - 2) - 4) }

    /// Message lines the preview (and the columns step) shows at most on a grid of
    /// `gridRows` × `cols`: the box (at most rows − 4) minus its borders, the lines above the
    /// messages, and the error and key lines below.
    public static func previewRows(_ m: ImportDialogModel, gridRows: Int, cols: Int) -> Int {
        let inner = innerWidth(cols: cols)
        let above = m.step == .columns ? 2 : previewHeader(m, innerWidth: inner).count + 1
        let below = 1 + (m.step == .columns ? 1 : previewKeys(m, innerWidth: inner).count)
        return max(1, gridRows - 4 - 2 - above - below)
    }

    /// The lines above the messages: the summary, what a preview is, and what happens to
    /// records of people already held — each wrapped, so nothing is cut.
    static func previewHeader(_ m: ImportDialogModel, innerWidth: Int) -> [(String, Role)] {
        Chrome.wrap(m.summary, width: innerWidth).map { ($0, Role.dialogTitle) }
            + Chrome.wrap(UIText.Interchange.previewNothingSaved(m.details).text, width: innerWidth).map { ($0, Role.dialog) }
            + Chrome.wrap(duplicatesLine(m), width: innerWidth).map { ($0, Role.dialog) }
    }

    /// The preview's keys, as many to a line as fit: `d` only when some record matches someone
    /// held (or a choice was made), `c` only for a spreadsheet.
    static func previewKeys(_ m: ImportDialogModel, innerWidth: Int) -> [String] {
        var keys = [UIText.Interchange.keyImport.text]
        if m.duplicateCount > 0 || m.options.duplicates != .skip { keys.append(UIText.Interchange.keyDuplicates.text) }
        if !m.columns.isEmpty { keys.append(UIText.Interchange.keyColumns.text) }
        keys.append(UIText.Interchange.keyBack.text)
        if m.pager.canScroll {
            let range = m.pager.visibleRange
            keys.append(UIText.Interchange.keyScroll(from: range.lowerBound + 1, to: range.upperBound, of: m.lines.count).text)
        }
        var lines: [String] = []
        for k in keys {
            if let last = lines.last, DisplayWidth.of(last) + 2 + DisplayWidth.of(k) <= innerWidth {
                lines[lines.count - 1] = last + "  " + k
            } else {
                lines.append(k)
            }
        }
        return lines
    }

    /// What happens to records that match someone already held.
    static func duplicatesLine(_ m: ImportDialogModel) -> String {
        guard m.duplicateCount > 0 else { return UIText.Interchange.noDuplicates.text }
        return UIText.Interchange.duplicates(m.duplicateCount, m.options.duplicates).text
    }

    /// The preview's box: as tall as its messages need, at most the terminal allows.
    static func previewBox(_ m: ImportDialogModel, in g: Grid) -> Rect {
        let inner = innerWidth(cols: g.cols)
        let shown = min(max(1, m.lines.count), previewRows(m, gridRows: g.rows, cols: g.cols))
        let chrome = 2 + previewHeader(m, innerWidth: inner).count + 1 + 1 + previewKeys(m, innerWidth: inner).count
        return Chrome.centred(width: width, height: shown + chrome, in: g)
    }

    public static func render(_ m: ImportDialogModel, into g: inout Grid) {
        switch m.step {
        case .file: renderFile(m, into: &g)
        case .preview: renderPreview(m, into: &g)
        case .columns: renderColumns(m, into: &g)
        }
    }

    static func renderFile(_ m: ImportDialogModel, into g: inout Grid) {
        let errorLines = m.error.map { Chrome.wrap($0, width: innerWidth(cols: g.cols)) } ?? []
        let extra = errorLines.count + (m.candidates.isEmpty ? 0 : 1)
        let r = Chrome.centred(width: width, height: 9 + extra, in: g)
        let inner = Chrome.box(r, title: UIText.Interchange.importTitle.text, role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        g.put(UIText.Interchange.importFormats.text, row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 1
        g.put(UIText.Interchange.nothingSavedBefore.text, row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 2
        g.putPadded(UIText.Interchange.file.text, row: y, col: inner.col, width: 6, role: .dialogTitle)
        let (text, cur) = m.path.window(width: inner.width - 6)
        g.putPadded(text, row: y, col: inner.col + 6, width: inner.width - 6, role: .fieldFocus)
        g.cursor = (y, inner.col + 6 + cur)
        y += 1
        if !m.candidates.isEmpty {
            g.put(m.candidates.joined(separator: "  "), row: y, col: inner.col + 6, width: inner.width - 6, role: .dialog)
            y += 1
        }
        for line in errorLines where y < inner.bottom - 1 { g.put(line, row: y, col: inner.col, width: inner.width, role: .error); y += 1 }
        g.put(UIText.Interchange.fileKeys.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
    }

    static func renderPreview(_ m: ImportDialogModel, into g: inout Grid) {
        let r = previewBox(m, in: g)
        let inner = Chrome.box(r, title: UIText.Interchange.importFileTitle(m.previewPath).text, role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        for (line, role) in previewHeader(m, innerWidth: inner.width) where y < inner.bottom {
            g.put(line, row: y, col: inner.col, width: inner.width, role: role)
            y += 1
        }
        y += 1
        let keys = previewKeys(m, innerWidth: inner.width)
        let errorRow = inner.bottom - keys.count - 1
        if m.lines.isEmpty, y < errorRow {
            g.put(UIText.Interchange.everyRecordImports.text, row: y, col: inner.col, width: inner.width, role: .dialog)
        }
        for (line, i) in m.pager.visibleRange.enumerated() where y + line < errorRow {
            g.put(m.lines[i], row: y + line, col: inner.col, width: inner.width, role: .dialog)
        }
        if let e = m.error { g.put(e, row: errorRow, col: inner.col, width: inner.width, role: .error) }
        for (k, line) in keys.enumerated() {
            g.put(line, row: inner.bottom - keys.count + k, col: inner.col, width: inner.width, role: .dialogTitle)
        }
        g.cursor = (inner.bottom - 1, inner.col)
    }

    /// The spreadsheet's columns, each with the field it is read as; ←/→ changes the selected
    /// one, Enter previews the import again with the changes.
    static func renderColumns(_ m: ImportDialogModel, into g: inout Grid) {
        let shown = min(max(1, m.columns.count), previewRows(m, gridRows: g.rows, cols: g.cols))
        // Borders, the line above and the blank after it, the error and the keys.
        let r = Chrome.centred(width: width, height: shown + 6, in: g)
        let inner = Chrome.box(r, title: UIText.Interchange.columnsTitle(m.previewPath).text, role: .dialog, titleRole: .dialogTitle, into: &g)
        var y = inner.row
        g.put(UIText.Interchange.columnsIntro.text, row: y, col: inner.col, width: inner.width, role: .dialog)
        y += 2
        // The headers in one column, as wide as the widest (at most half the box); the fields after.
        let headerWidth = min(max(8, m.columns.map { DisplayWidth.of(SafeText.visible($0.header)) }.max() ?? 8) + 2, inner.width / 2)
        for (line, i) in m.columnList.visibleRange.enumerated() where y + line < inner.bottom - 2 {
            let c = m.columns[i], role = m.editedRoles[i]
            let selected = i == m.columnList.selected
            let changed = role != c.role ? UIText.Interchange.was(UIText.Interchange.role(c.role).text).text : ""
            g.putPadded(Chrome.marked(SafeText.visible(c.header), selected: selected), row: y + line, col: inner.col, width: headerWidth,
                        role: selected ? .selection : .dialog)
            g.putPadded(" → " + UIText.Interchange.role(role).text + changed, row: y + line, col: inner.col + headerWidth, width: inner.width - headerWidth,
                        role: selected ? .selection : .dialog)
        }
        if let e = m.error { g.put(e, row: inner.bottom - 2, col: inner.col, width: inner.width, role: .error) }
        g.put(UIText.Interchange.columnKeys.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
        g.cursor = (y + m.columnList.selected - m.columnList.top, inner.col)
    }
}

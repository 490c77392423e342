/// The access report on screen: a title line, then the report text as the core renders it.
public enum ReportView {
    public static func render(_ m: ReportModel, into g: inout Grid, rect: Rect) {
        g.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        let position = m.lines.isEmpty ? "" : UIText.Requests.lines(from: m.pager.top + 1, to: m.pager.visibleRange.upperBound, of: m.lines.count).text
        g.put(" \(m.title)\(position)", row: rect.row, col: rect.col, width: rect.width, role: .columnHeader)
        for (line, i) in m.pager.visibleRange.enumerated() {
            let y = rect.row + 1 + line
            guard y < rect.bottom else { break }
            g.put(m.lines[i], row: y, col: rect.col + 1, width: rect.width - 2, role: .detail)
        }
        g.cursor = (rect.row + 1, rect.col)
    }
}

/// The access report of one person, or (with no contact) the record of processing activities:
/// the same pager.
extension ReportModel: ScreenModel {
    public var screenTitle: String { (contact == nil ? UIText.App.registerTitle : UIText.App.reportTitle).text }
    public var helpTitle: String { (contact == nil ? UIText.App.helpRegister : UIText.App.helpReport).text }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) { ReportView.render(self, into: &g, rect: rect) }
    public mutating func layout(bodyRows: Int, cols: Int) { layout(width: cols - 2, visibleRows: bodyRows - 1) }
}

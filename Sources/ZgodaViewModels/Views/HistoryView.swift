import ZgodaCore

/// The history pane and the audit log: time, operator, kind, summary; the changes under each.
public enum HistoryView {
    public static func render(_ m: HistoryModel, into g: inout Grid, rect: Rect) {
        g.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        typealias T = UIText.History
        g.put(" \(m.title) · \(T.records(m.recordCount).text)", row: rect.row, col: rect.col, width: rect.width, role: .columnHeader)
        // The search takes the body's last row while it is typed or kept.
        var rect = rect
        if m.isSearching || !m.filter.isEmpty || m.search != nil {
            let row = rect.bottom - 1
            g.fill(Rect(row: row, col: rect.col, width: rect.width, height: 1), role: .search)
            let found = (m.search.map { T.searching($0.percent) } ?? T.found(m.shownCount)).text
            let foundWidth = DisplayWidth.of(found)
            let w = rect.width - foundWidth - 5
            if m.isSearching {
                let (text, cur) = m.query.window(width: w)
                g.put("/ " + text, row: row, col: rect.col + 1, width: w + 2, role: .search)
                g.cursor = (row, rect.col + 3 + cur)
            } else if let search = m.search {
                g.put(T.keptSearch(search.query).text, row: row, col: rect.col + 1, width: w + 2, role: .search)
            } else {
                g.put(T.keptSearch(m.filter).text, row: row, col: rect.col + 1, width: w + 2, role: .search)
            }
            g.put(found, row: row, col: rect.right - foundWidth - 1, role: .search)
            rect.height -= 1
        }
        if m.lines.isEmpty {
            g.put(m.filter.isEmpty && !m.isSearching ? T.nothingYet.text : T.noMatch.text, row: rect.row + 2, col: rect.col + 2, role: .list)
            return
        }
        let timeW = 19, opW = min(14, max(6, rect.width / 10)), whatW = min(26, max(10, rect.width / 5))
        for (line, i) in m.navigation.visibleRange.enumerated() {
            let y = rect.row + 1 + line
            guard y < rect.bottom else { break }
            let l = m.lines[i]
            let selected = i == m.navigation.selected
            g.fill(Rect(row: y, col: rect.col, width: rect.width, height: 1), role: selected ? .selection : .list)
            var x = rect.col + 1
            switch l.kind {
            case .entry:
                g.putPadded(l.time, row: y, col: x, width: timeW, role: selected ? .selection : .historyTime); x += timeW + 1
                g.putPadded(l.operator, row: y, col: x, width: opW, role: selected ? .selection : .list); x += opW + 1
                g.putPadded(l.what, row: y, col: x, width: whatW, role: selected ? .selection : .historyKind); x += whatW + 1
                g.putPadded(l.text, row: y, col: x, width: rect.right - x, role: selected ? .selection : .list)
            case .change:
                x += timeW + 1
                g.putPadded(l.text, row: y, col: x, width: rect.right - x, role: selected ? .selection : .historyChange)
            }
            if selected && !m.isSearching { g.cursor = (y, rect.col) }
        }
        if let entry = m.reading { renderReading(entry, into: &g) }
    }

    /// One entry in full: every line wrapped to the box, nothing cut.
    static func renderReading(_ entry: [HistoryLine], into g: inout Grid) {
        let width = min(g.cols - 4, 90)
        var text: [String] = []
        if let head = entry.first {
            text += Chrome.wrap("\(head.time) · \(head.operator) · \(head.what)", width: width - 4)
            text += Chrome.wrap(head.text, width: width - 4)
        }
        for l in entry.dropFirst() { text += Chrome.wrap(l.text, width: width - 4) }
        let r = Chrome.centred(width: width, height: text.count + 4, in: g)
        let inner = Chrome.box(r, title: UIText.History.entry.text, role: .dialog, titleRole: .dialogTitle, into: &g)
        for (i, l) in text.enumerated() where inner.row + i < inner.bottom - 1 {
            g.put(l, row: inner.row + i, col: inner.col, width: inner.width, role: .dialog)
        }
        g.put(UIText.History.escClose.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
        g.cursor = (inner.bottom - 1, inner.col)
    }
}

extension HistoryModel: ScreenModel {
    public var screenTitle: String { (contact == nil ? UIText.App.auditLogTitle : UIText.App.historyTitle).text }
    public var helpTitle: String { UIText.App.helpHistory.text }
    public var isTypingText: Bool { isSearching }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) { HistoryView.render(self, into: &g, rect: rect) }
    public mutating func layout(bodyRows: Int, cols: Int) { navigation.setVisibleRows(bodyRows - 1) }
    public mutating func reload(from store: Store) {
        do {
            update(source: try HistorySource(store: store, contact: contact))
        } catch {
            failure = error.localizedDescription
        }
    }
}

/// The history pane and the audit log: time, operator, kind, summary; the changes under each.
public enum HistoryView {
    public static func render(_ m: HistoryModel, into g: inout Grid, rect: Rect) {
        g.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        g.put(" \(m.title) · \(m.recordCount) records", row: rect.row, col: rect.col, width: rect.width, role: .columnHeader)
        if m.lines.isEmpty {
            g.put("Nothing recorded yet.", row: rect.row + 2, col: rect.col + 2, role: .list)
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
            if selected { g.cursor = (y, rect.col) }
        }
    }
}

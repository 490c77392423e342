import Foundation
import ZgodaCore

/// The data-subject requests: id, person, type, received, due and status, overdue ones marked;
/// the type picker over it while `n` waits for a type.
public enum RequestsView {
    public static func render(_ m: RequestsModel, state: ZgodaState, today: Day, into g: inout Grid, rect: Rect) {
        let idW = 5, typeW = 13, dayW = 10, statusW = 17
        let nameW = max(8, rect.width - 2 - idW - typeW - 2 * dayW - statusW - 5)
        let widths = [idW, nameW, typeW, dayW, dayW, statusW]
        func columns(_ y: Int, _ values: [String], roles: [Role]) {
            var x = rect.col + 1
            for (i, (v, w)) in zip(values, widths).enumerated() {
                g.putPadded(v, row: y, col: x, width: min(w, max(0, rect.right - x)), role: roles[i])
                x += w + 1
            }
        }
        g.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        columns(rect.row, UIText.Requests.columns.map(\.text), roles: Array(repeating: .columnHeader, count: 6))
        if m.requests.isEmpty {
            g.put(UIText.Requests.none.text, row: rect.row + 2, col: rect.col + 2, width: rect.width - 3, role: .list)
        }
        for (line, i) in m.navigation.visibleRange.enumerated() {
            let y = rect.row + 1 + line
            guard y < rect.bottom - 1 else { break }
            let r = m.requests[i]
            let selected = i == m.navigation.selected
            let base: Role = selected ? .selection : .list
            g.fill(Rect(row: y, col: rect.col, width: rect.width, height: 1), role: base)
            let (status, statusRole) = Self.status(r, today: today)
            columns(y, [r.id, name(r.contact, state: state), UIText.Requests.type(r.type).text, r.received.description, r.due.description, status],
                    roles: [base, base, base, base, base, selected ? .selection : statusRole])
            if selected { g.cursor = (y, rect.col) }
        }
        let hint: String
        if let id = m.newFor, let c = state.contacts[id] {
            hint = UIText.Requests.newFor(c.anonymized ? UIText.Requests.anonymised(id).text : "\(c.name) (\(id))").text
        } else {
            hint = UIText.Requests.selectFirst.text
        }
        g.put(hint, row: rect.bottom - 1, col: rect.col + 1, width: rect.width - 2, role: .detail)
        if let picking = m.picking { renderPicker(m, index: picking, state: state, into: &g) }
    }

    /// `open`, `! overdue` (past the due date, still open) or `closed YYYY-MM-DD`.
    static func status(_ r: DataSubjectRequest, today: Day) -> (String, Role) {
        if r.isOverdue(today: today) { return (UIText.Requests.overdue.text, .error) }
        if r.status == .closed { return (UIText.Requests.closed(r.closed?.description ?? "").text, .detail) }
        return (UIText.Requests.open.text, .list)
    }

    static func name(_ id: ContactID, state: ZgodaState) -> String {
        guard let c = state.contacts[id] else { return id.rawValue }
        return c.anonymized ? UIText.Requests.anonymised(id).text : c.name
    }

    static func renderPicker(_ m: RequestsModel, index: Int, state: ZgodaState, into g: inout Grid) {
        let types = RequestsModel.types
        let who = m.newFor.map { name($0, state: state) } ?? ""
        let r = Chrome.centred(width: 50, height: types.count + 6, in: g)
        let inner = Chrome.box(r, title: UIText.Requests.pickerTitle.text, role: .dialog, titleRole: .dialogTitle, into: &g)
        g.put(UIText.Requests.receivedToday(who).text, row: inner.row, col: inner.col, width: inner.width, role: .dialog)
        for (i, t) in types.enumerated() where inner.row + 2 + i < inner.bottom - 1 {
            let role: Role = i == index ? .selection : .dialog
            g.putPadded(Chrome.marked("\(i + 1)  \(UIText.Requests.type(t).text)", selected: i == index), row: inner.row + 2 + i, col: inner.col,
                        width: inner.width, role: role)
            if i == index { g.cursor = (inner.row + 2 + i, inner.col) }
        }
        g.put(UIText.Requests.pickerKeys.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
    }
}

extension RequestsModel: ScreenModel {
    public var screenTitle: String { UIText.App.requestsTitle.text }
    public var helpTitle: String { UIText.App.helpRequests.text }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) {
        RequestsView.render(self, state: context.state, today: Day(context.now), into: &g, rect: rect)
    }
    public mutating func layout(bodyRows: Int, cols: Int) { navigation.setVisibleRows(bodyRows - 2) }
    public mutating func reload(from store: Store) { update(requests: store.state.requestList()) }
}

import Foundation
import ZgodaCore

/// The breach register: id, noticed, people, status, the 72-hour deadline and the time left
/// (or that it passed), what happened; the selected breach in full below; the form over it
/// while a breach is entered or closed.
public enum BreachesView {
    typealias T = UIText.Breaches

    public static func render(_ m: BreachesModel, now: Date, into g: inout Grid, rect: Rect) {
        // Narrow terminals leave out when it was noticed (the deadline is 72 hours after it,
        // and the line below the table names it), so what happened keeps some room.
        let showNoticed = rect.width >= 100
        let idW = 4, timeW = 16, peopleW = 6, statusW = 13, leftW = 15
        let fixed = idW + (showNoticed ? timeW + 1 : 0) + peopleW + statusW + timeW + leftW + 5
        let widths = [idW] + (showNoticed ? [timeW] : []) + [peopleW, statusW, timeW, leftW, max(6, rect.width - 2 - fixed - 1)]
        func columns(_ y: Int, _ values: [String], roles: [Role]) {
            var x = rect.col + 1
            for (i, (v, w)) in zip(values, widths).enumerated() {
                g.putPadded(v, row: y, col: x, width: min(w, max(0, rect.right - x)), role: roles[i])
                x += w + 1
            }
        }
        func shown<T>(_ all: [T]) -> [T] { showNoticed ? all : [all[0]] + all.dropFirst(2) }
        g.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        columns(rect.row, shown(T.columns.map(\.text)), roles: Array(repeating: .columnHeader, count: widths.count))
        if m.breaches.isEmpty {
            g.put(T.none.text, row: rect.row + 2, col: rect.col + 2, width: rect.width - 3, role: .list)
        }
        for (line, i) in m.navigation.visibleRange.enumerated() {
            let y = rect.row + 1 + line
            guard y < rect.bottom - 1 else { break }
            let b = m.breaches[i]
            let selected = i == m.navigation.selected
            let base: Role = selected ? .selection : .list
            g.fill(Rect(row: y, col: rect.col, width: rect.width, height: 1), role: base)
            let status = b.status(now: now)
            let late: Role = selected ? base : status == "overdue" ? .error : .list
            columns(y, shown([b.id, ShownDate.minute(b.noticed), String(b.people), T.status(status).text, ShownDate.minute(b.deadline),
                              timeLeft(b, now: now), b.description]),
                    roles: shown([base, base, base, late, base, late, base]))
            if selected { g.cursor = (y, rect.col) }
        }
        if let b = m.selected {
            g.put(detail(b), row: rect.bottom - 1, col: rect.col + 1, width: rect.width - 2, role: .detail)
        }
        if let f = m.form { renderForm(f, into: &g) }
    }

    /// The selected breach in full: when noticed, what happened, the measures, how it ended.
    static func detail(_ b: Breach) -> String {
        var parts = [b.id + " " + T.noticedAt(ShownDate.minute(b.noticed)).text, T.detail(b.description, measures: b.measures).text]
        if let n = b.notified { parts.append(T.notifiedAt(ShownDate.minute(n)).text) }
        if let r = b.resolution, !r.isEmpty { parts.append(T.resolution(r).text) }
        return parts.joined(separator: " · ")
    }

    /// While open: the time until the deadline, or how long ago it passed. Closed: whether the
    /// authority was notified. The deadline and the status are the core's (`Breach`).
    static func timeLeft(_ b: Breach, now: Date) -> String {
        if b.closed != nil { return (b.notified == nil ? T.notNotified : T.notified).text }
        let seconds = Int(b.deadline.timeIntervalSince(now))
        if seconds >= 0 { return T.left(hours: seconds / 3600, minutes: seconds % 3600 / 60).text }
        return T.passed(hours: -seconds / 3600).text
    }

    static func renderForm(_ f: BreachForm, into g: inout Grid) {
        let title: String
        let hint: String
        switch f.kind {
        case .add: title = T.addTitle.text; hint = T.addHint.text
        case let .close(id): title = T.closeTitle(id).text; hint = T.closeHint.text
        }
        let errorLines = f.error.map { Chrome.wrap($0, width: min(64, g.cols - 2) - 4) } ?? []
        let r = Chrome.centred(width: 64, height: f.fields.count + 6 + errorLines.count, in: g)
        let inner = Chrome.box(r, title: title, role: .dialog, titleRole: .dialogTitle, into: &g)
        g.put(hint, row: inner.row, col: inner.col, width: inner.width, role: .dialog)
        let labelWidth = 10
        var y = inner.row + 2
        for (i, field) in f.fields.enumerated() where y < inner.bottom - 1 {
            let focused = i == f.focus
            g.putPadded(label(field), row: y, col: inner.col, width: labelWidth, role: .dialogTitle)
            let width = max(0, inner.width - labelWidth)
            if field == .notified {
                g.putPadded((f.notified ? T.yesNow : T.no).text, row: y, col: inner.col + labelWidth, width: width,
                            role: focused ? .fieldFocus : .field)
                if focused { g.cursor = (y, inner.col + labelWidth + 1) }
            } else {
                let (text, cur) = f.editor(field).window(width: width)
                g.putPadded(text, row: y, col: inner.col + labelWidth, width: width, role: focused ? .fieldFocus : .field)
                if focused { g.cursor = (y, inner.col + labelWidth + cur) }
            }
            y += 1
        }
        for e in errorLines where y < inner.bottom - 1 { g.put(e, row: y, col: inner.col, width: inner.width, role: .error); y += 1 }
        g.put(T.formKeys.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
    }

    static func label(_ f: BreachForm.Field) -> String {
        switch f {
        case .description: return T.whatLabel.text
        case .people: return T.peopleLabel.text
        case .measures: return T.measuresLabel.text
        case .notified: return T.notifiedLabel.text
        case .resolution: return T.resolutionLabel.text
        }
    }
}

extension BreachesModel: ScreenModel {
    public var screenTitle: String { UIText.App.breachesTitle.text }
    public var helpTitle: String { UIText.App.helpBreaches.text }
    public var isTypingText: Bool { isTyping }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) {
        BreachesView.render(self, now: context.now, into: &g, rect: rect)
    }
    public mutating func layout(bodyRows: Int, cols: Int) { navigation.setVisibleRows(bodyRows - 2) }
    public mutating func reload(from store: Store) { update(breaches: Array(store.state.breaches.values)) }
}

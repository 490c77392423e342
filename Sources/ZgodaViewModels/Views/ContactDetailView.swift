import Foundation
import ZgodaCore

/// One contact's fields and consents: the pane beside the list and the full detail screen.
public enum ContactDetailView {
    public static func renderPane(_ c: Contact, state: ZgodaState, now: Date, into g: inout Grid, rect: Rect) {
        typealias T = UIText.ContactDetail
        var y = rect.row
        let x = rect.col + 1, w = rect.width - 2
        let fields = ContactField.allCases.dropFirst()
        // As wide as the longest label shown (a Polish one is longer), never narrower than before.
        let labels = [T.id.text, T.created.text, T.updated.text] + fields.map(\.label)
        let labelWidth = max(10, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 1)
        func line(_ label: String, _ value: String, role: Role = .detail) {
            guard y < rect.bottom else { return }
            g.putPadded(label, row: y, col: x, width: labelWidth, role: .label)
            g.putPadded(value, row: y, col: x + labelWidth, width: w - labelWidth, role: role)
            y += 1
        }
        g.putPadded(c.shownName, row: y, col: x, width: w, role: .header)
        y += 1
        line(T.id.text, c.id.rawValue)
        for f in fields {
            line(f.label, f == .tags ? tagLine(c.details.tags, width: w - labelWidth) : c.details[f])
        }
        line(T.created.text, ShownDate.minute(c.created))
        line(T.updated.text, ShownDate.minute(c.updated))
        y += 1
        guard y < rect.bottom else { return }
        g.putPadded(T.consents.text, row: y, col: x, width: w, role: .columnHeader)
        y += 1
        for row in state.consentRows(for: c.id, now: now) where y < rect.bottom {
            g.put(ConsentBadge.symbol(row.status), row: y, col: x, role: ConsentBadge.role(row.status))
            let titleWidth = max(8, (w - 2) / 2)
            g.putPadded(row.purpose.shownTitle, row: y, col: x + 2, width: titleWidth, role: .detail)
            var info = UIText.Consents.status(row.status).text
            if let d = row.decision { info += " · " + d.source.label + " · " + ShownDate.day(d.at) }
            g.putPadded(info, row: y, col: x + 3 + titleWidth, width: w - 3 - titleWidth, role: ConsentBadge.role(row.status))
            y += 1
        }
        let notes = gdprNotes(c, state: state, now: now)
        let noteWidth = max(11, (notes.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        for (label, text, role) in notes {
            for (k, l) in Chrome.wrap(text, width: max(10, w - noteWidth)).enumerated() where y < rect.bottom {
                g.putPadded(k == 0 ? label : "", row: y, col: x, width: noteWidth, role: .label)
                g.putPadded(l, row: y, col: x + noteWidth, width: w - noteWidth, role: role)
                y += 1
            }
        }
    }

    /// The tags joined with commas, only as far as `width` columns can show: a person may carry
    /// thousands of them, and the pane must not join them all on every frame.
    static func tagLine(_ tags: [String], width: Int) -> String {
        var out = "", w = 0
        for t in tags {
            if !out.isEmpty { out += ", "; w += 2 }
            out += t
            w += DisplayWidth.of(t, upTo: width)
            if w > width { break }
        }
        return out
    }

    /// Why the person may (or may no longer) be kept, and the fields no active purpose needs.
    static func gdprNotes(_ c: Contact, state: ZgodaState, now: Date) -> [(label: String, text: String, role: Role)] {
        typealias T = UIText.ContactDetail
        var out: [(String, String, Role)] = []
        // Where the data came from (Art. 14, 15(1)(g)); a warning once the notice is late.
        if state.origins[c.id] != nil {
            let late = state.noticeDue(of: c.id).map { $0 < Day(now) } ?? false
            out.append((T.source.text, OriginText.describe(c.id, in: state), late ? .warning : .detail))
        }
        if let r = state.retentionStatus(of: c.id, now: now) {
            let ends = ShownDate.day(r.retentionEnds)
            let why: String
            if let ended = r.basisEnded, let purpose = r.endedPurpose, let how = r.endedBy {
                why = T.basisEnded(since: ShownDate.day(ended), purpose: purpose, how: how, retention: r.retention).text
            } else {
                why = T.neverHadBasis(r).text
            }
            if r.retentionEnds <= now {
                out.append((T.retention.text, T.pastRetention(since: ends, why: why).text, .warning))
            } else {
                out.append((T.retention.text, T.keptUntil(ends, why: why).text, .detail))
            }
        }
        let unneeded = state.unneededFields(for: c.id, now: now)
        if !unneeded.isEmpty {
            out.append((T.notNeeded.text, unneeded.map(\.label).joined(separator: ", "), .detail))
        }
        return out
    }

    public static func render(_ m: ContactDetailModel, state: ZgodaState, now: Date, into g: inout Grid, rect: Rect) {
        guard let c = state.contacts[m.id] else {
            g.put(UIText.ContactDetail.gone.text, row: rect.row + 1, col: rect.col + 2, role: .error)
            return
        }
        renderPane(c, state: state, now: now, into: &g, rect: Rect(row: rect.row + 1, col: rect.col + 1, width: rect.width - 2, height: rect.height - 1))
        g.cursor = (rect.row + 1, rect.col + 2)
    }
}

extension ContactDetailModel: ScreenModel {
    public var screenTitle: String { UIText.App.contactTitle(id).text }
    public var helpTitle: String { UIText.App.helpContact.text }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) {
        ContactDetailView.render(self, state: context.state, now: context.now, into: &g, rect: rect)
    }
}

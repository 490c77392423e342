import Foundation
import ZgodaCore

/// The consent editor: a row per purpose with status, source, date and version; the source
/// picker over it while a decision waits for its source.
public enum ConsentEditorView {
    public static func render(_ m: ConsentEditorModel, state: ZgodaState, now: Date, into g: inout Grid, rect: Rect) {
        guard let c = state.contacts[m.contact] else { return }
        typealias T = UIText.ConsentEditor
        g.put(T.title(name: c.name, id: c.id).text, row: rect.row, col: rect.col + 1, width: rect.width - 2, role: .customerTitle)
        let rows = state.consentRows(for: c.id, now: now)
        let w = rect.width - 2
        // The status column fits the longest status word shown ("nieaktualna treść" in Polish).
        let status = max(12, UIText.Consents.widestStatus), source = 10, date = 11, version = 8
        let title = max(10, w - status - source - date - version - 6)
        func columns(_ y: Int, _ values: [String], role: Role) {
            var x = rect.col + 1
            for (v, width) in zip(values, [2, title, status, source, date, version]) {
                g.putPadded(v, row: y, col: x, width: width, role: role)
                x += width + 1
            }
        }
        let head = rect.row + 2
        g.fill(Rect(row: head, col: rect.col, width: rect.width, height: 1), role: .columnHeader)
        columns(head, ["", T.purpose.text, T.status.text, T.source.text, T.date.text, T.version.text], role: .columnHeader)
        for (line, i) in m.navigation.visibleRange.enumerated() where i < rows.count {
            let y = head + 1 + line
            guard y < rect.bottom else { break }
            let r = rows[i]
            let selected = i == m.navigation.selected
            let role: Role = selected ? .selection : .list
            g.fill(Rect(row: y, col: rect.col, width: rect.width, height: 1), role: role)
            var version = r.decision.map { "v\($0.purposeVersion)" } ?? ""
            if let d = r.decision, d.purposeVersion != r.purpose.version {
                version = T.versionNow(d.purposeVersion, now: r.purpose.version).text
            }
            columns(y, [ConsentBadge.symbol(r.status), r.purpose.shownTitle, UIText.Consents.status(r.status).text, r.decision?.source.label ?? "",
                        r.decision.map { ShownDate.day($0.at) } ?? "", version], role: role)
            if !selected { g.restyle(Rect(row: y, col: rect.col + 1, width: 1, height: 1), role: ConsentBadge.role(r.status)) }
            if selected { g.cursor = (y, rect.col) }
        }
        if let p = m.selectedPurpose, let purpose = state.purposes[p] {
            let y = head + 2 + rows.count
            if y < rect.bottom {
                for (k, l) in Chrome.wrap(T.described(purpose.shownDescription, basis: purpose.legalBasis).text, width: w).enumerated() where y + k < rect.bottom {
                    g.put(l, row: y + k, col: rect.col + 1, role: .detail)
                }
            }
        }
        if let pending = m.pending {
            if m.step == .source { renderPicker(m, decision: pending, into: &g) } else { renderFields(m, decision: pending, into: &g) }
        }
    }

    /// After the source: the evidence line and, for a grant, the expiry date.
    static func renderFields(_ m: ConsentEditorModel, decision: Decision, into g: inout Grid) {
        typealias T = UIText.ConsentEditor
        let grant = decision == .granted
        let errorLines = m.expiryError.map { Chrome.wrap($0, width: min(60, g.cols - 2) - 4 - 10) } ?? []
        let r = Chrome.centred(width: 60, height: grant ? 8 + max(1, errorLines.count) : 7, in: g)
        let inner = Chrome.box(r, title: T.fieldsTitle(decision, purpose: m.selectedPurpose ?? "", source: m.source.label).text,
                               role: .dialog, titleRole: .dialogTitle, into: &g)
        let labelWidth = 10
        var y = inner.row + 2
        func field(_ label: String, _ editor: LineEditor, focused: Bool) {
            g.putPadded(label, row: y, col: inner.col, width: labelWidth, role: .dialogTitle)
            let (text, cur) = editor.window(width: inner.width - labelWidth)
            g.putPadded(text, row: y, col: inner.col + labelWidth, width: inner.width - labelWidth, role: focused ? .fieldFocus : .field)
            if focused { g.cursor = (y, inner.col + labelWidth + cur) }
        }
        field(T.evidence.text, m.evidence, focused: m.step == .evidence)
        y += 1
        if grant {
            field(T.expires.text, m.expiry, focused: m.step == .expiry)
            y += 1
            if !errorLines.isEmpty {
                for (i, e) in errorLines.enumerated() where y + i < inner.bottom - 1 {
                    g.put(e, row: y + i, col: inner.col + labelWidth, width: inner.width - labelWidth, role: .error)
                }
            } else {
                g.put(T.expiryFormat.text, row: y, col: inner.col + labelWidth, width: inner.width - labelWidth, role: .dialog)
            }
        }
        let hint = m.step == .evidence ? T.evidenceHint.text : T.expiryHint.text
        g.put(hint, row: inner.row, col: inner.col, width: inner.width, role: .dialog)
        let keys = grant && m.step == .evidence ? T.nextOrCancel.text : T.saveOrCancel.text
        g.put(keys, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialogTitle)
    }

    static func renderPicker(_ m: ConsentEditorModel, decision: Decision, into g: inout Grid) {
        let sources = ConsentEditorModel.sources
        let r = Chrome.centred(width: 40, height: sources.count + 4, in: g)
        let title = UIText.ConsentEditor.askSource(decision, purpose: m.selectedPurpose ?? "").text
        let inner = Chrome.box(r, title: title, role: .dialog, titleRole: .dialogTitle, into: &g)
        for (i, s) in sources.enumerated() where inner.row + i < inner.bottom {
            let role: Role = i == m.sourceIndex ? .selection : .dialog
            // The marker keeps the choice visible without colour (NO_COLOR: a dialog is reverse video too).
            g.putPadded(Chrome.marked("\(i + 1)  \(s.label)", selected: i == m.sourceIndex), row: inner.row + i, col: inner.col,
                        width: inner.width, role: role)
            if i == m.sourceIndex { g.cursor = (inner.row + i, inner.col) }
        }
        if inner.row + sources.count + 1 <= inner.bottom {
            g.put(UIText.ConsentEditor.pickOrCancel.text, row: inner.bottom - 1, col: inner.col, width: inner.width, role: .dialog)
        }
    }
}

extension ConsentEditorModel: ScreenModel {
    public var screenTitle: String { UIText.App.consentsTitle.text }
    public var helpTitle: String { UIText.App.helpConsentEditor.text }
    public var isTypingText: Bool { isTyping }
    public func render(into g: inout Grid, rect: Rect, context: ScreenContext) {
        ConsentEditorView.render(self, state: context.state, now: context.now, into: &g, rect: rect)
    }
    public mutating func layout(bodyRows: Int, cols: Int) { navigation.setVisibleRows(bodyRows - 3) }
    public mutating func reload(from store: Store) {
        let state = store.state
        update(purposes: Array(state.purposes.keys), latest: state.latestDecisions(for: contact), catalogue: AppModel.catalogue(state))
    }
}

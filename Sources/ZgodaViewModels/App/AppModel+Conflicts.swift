import ZgodaCore

/// A consent decision waiting for the user's answer to a conflict.
public struct PendingConsent: Equatable, Sendable {
    public var contact: ContactID
    public var purpose: String
    public var decision: Decision
    public var source: ConsentSource
    public var evidence: String?
    public var expires: Day?
    /// The decision another process recorded, which an overwrite knowingly follows.
    public var theirs: ConsentDecision?
}

/// Saves that another process may have overtaken: the edit form writes only the fields the
/// user changed, and a clash with another process's change is never settled silently.
extension AppModel {
    mutating func saveEdit(_ id: ContactID, model: ContactFormModel, edits: [ContactField: String], overwrite: Bool = false,
                           keptTheirs: [ContactField] = []) {
        do {
            let changes = edits.isEmpty ? [] : try store.editContact(id, edits: edits, since: model.base, overwrite: overwrite)
            pop()
            reload()
            var text = changes.isEmpty ? UIText.Status.nothingChanged.text : UIText.Status.savedFields(changes.map(\.field).joined(separator: ", ")).text
            if !keptTheirs.isEmpty { text += UIText.Status.keptTheirs(keptTheirs.map(\.rawValue).joined(separator: ", ")).text }
            status = StatusLine(text)
        } catch let conflict as EditConflict {
            reload()
            dialog = Dialog.editConflict(conflict, name: displayName(id))
        } catch {
            var m = model
            m.show(error)
            stack[stack.count - 1] = .form(m)
            status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
        }
    }

    mutating func resolveConflict(_ choice: ConflictChoice) {
        if let p = pendingConsent {
            pendingConsent = nil
            switch choice {
            case .keepTheirs:
                status = StatusLine(UIText.Status.keptTheirsFor(p.purpose).text)
            case .overwrite:
                recordConsent(p.contact, purpose: p.purpose, decision: p.decision, source: p.source, evidence: p.evidence,
                              expires: p.expires, seen: p.theirs, overwrite: false)
            case .review:
                status = StatusLine(UIText.Status.purposeChangedElsewhere(p.purpose).text)
            }
            return
        }
        guard case let .form(m) = stack.last, case let .edit(id) = m.mode, let current = store.state.contacts[id] else { return }
        guard let clean = try? Validation.check(m.details) else { return }
        let edits = m.edits(clean)
        let clashing = edits.keys.filter { current.details[$0] != m.base[$0] && current.details[$0] != edits[$0] }
        switch choice {
        case .keepTheirs:
            let mine = edits.filter { !clashing.contains($0.key) }
            saveEdit(id, model: m, edits: mine, keptTheirs: ContactFormModel.fields.filter(clashing.contains))
        case .overwrite:
            saveEdit(id, model: m, edits: edits, overwrite: true)
        case .review:
            var reviewed = m
            let fields = ContactFormModel.fields.filter(clashing.contains).map {
                EditConflict.Field(field: $0, base: m.base[$0], theirs: current.details[$0], mine: edits[$0] ?? "")
            }
            reviewed.review(current: current.details, conflicts: fields)
            stack[stack.count - 1] = .form(reviewed)
            status = StatusLine(UIText.Status.review(fields.map { $0.field.rawValue }.joined(separator: ", ")).text)
        }
    }
}

import Foundation

/// Another process changed, since an editor read them, values this edit also changes. Nothing
/// was written; the editor asks whether to keep theirs, overwrite or review.
public struct EditConflict: Error, Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var field: ContactField
        /// The value when the editor read it.
        public var base: String
        /// The value another process wrote since.
        public var theirs: String
        /// The value this edit would write.
        public var mine: String
        public init(field: ContactField, base: String, theirs: String, mine: String) {
            self.field = field; self.base = base; self.theirs = theirs; self.mine = mine
        }
    }
    public var contact: ContactID
    public var fields: [Field]
}

/// Another process recorded a decision for the same purpose since the editor read it.
public struct ConsentConflict: Error, Equatable, Sendable {
    public var contact: ContactID
    public var purpose: String
    /// The decision held now (nil only if the one read has gone, which replay cannot do).
    public var theirs: ConsentDecision?
}

extension Store {
    /// Writes only the fields in `edits`, read by the editor as `base`. A field another process
    /// changed since (its value is neither `base` nor the edit) is a conflict: nothing is
    /// written unless `overwrite` says to write over it. Fields not edited keep whatever is
    /// held now, so a form never writes stale values back.
    @discardableResult
    public func editContact(_ id: ContactID, edits: [ContactField: String], since base: ContactDetails,
                            overwrite: Bool = false) throws -> [FieldChange] {
        var changes: [FieldChange] = []
        try commit { state in
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            var d = c.details
            var conflicts: [EditConflict.Field] = []
            for f in ContactField.allCases {
                guard let mine = edits[f] else { continue }
                let now = c.details[f]
                if now != base[f] && now != mine { conflicts.append(.init(field: f, base: base[f], theirs: now, mine: mine)) }
                d[f] = mine
            }
            if !conflicts.isEmpty && !overwrite { throw EditConflict(contact: id, fields: conflicts) }
            let clean = try Validation.check(d)
            changes = c.details.changes(to: clean)
            return changes.isEmpty ? [] : [.contactEdited(id: id, changes: changes)]
        }
        return changes
    }

    /// Records a decision made while `seen` was the latest decision for the purpose; when another
    /// process recorded one since, nothing is written unless `overwrite` says so.
    @discardableResult
    public func recordConsent(_ id: ContactID, purpose: String, decision: Decision, source: ConsentSource,
                              evidence: String? = nil, expires: Date? = nil,
                              seen: ConsentDecision?, overwrite: Bool = false) throws -> ConsentDecision {
        try recordConsent(id, purpose: purpose, decision: decision, source: source, evidence: evidence, expires: expires) { latest in
            if latest != seen && !overwrite { throw ConsentConflict(contact: id, purpose: purpose, theirs: latest) }
        }
    }
}

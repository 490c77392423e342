import Foundation

/// Data minimisation (GDPR Art. 5(1)(c)): the fields held about a person that none of the
/// purposes currently giving a basis needs.
///
/// Purposes declare their needs in `Purpose.neededFields`. When an active purpose has not
/// declared them, nothing can be judged and no field is reported. A person with no active
/// purpose holds every field without a current need.
extension ZgodaState {
    /// The non-empty fields of `id` that no active purpose needs, in form order.
    public func unneededFields(for id: ContactID, now: Date) -> [ContactField] {
        guard let c = contacts[id], !c.anonymized else { return [] }
        let held = ContactField.allCases.filter { !c.details[$0].isEmpty }
        let active = activePurposes(for: id, now: now)
        if active.contains(where: { $0.neededFields.isEmpty }) { return [] }
        let needed = Set(active.flatMap(\.neededFields))
        return held.filter { !needed.contains($0) }
    }

    /// People who have a basis but hold fields none of their active purposes needs. People
    /// with no basis at all are retention's business (`retentionDue`), not listed here.
    public func minimisationFindings(now: Date) -> [MinimisationFinding] {
        contacts.values.compactMap { c in
            guard !c.anonymized, hasRemainingBasis(c.id, now: now) else { return nil }
            let fields = unneededFields(for: c.id, now: now)
            return fields.isEmpty ? nil : MinimisationFinding(contact: c.id, fields: fields)
        }
    }
}

/// Fields held about one person that no active purpose needs.
public struct MinimisationFinding: Equatable, Sendable {
    public var contact: ContactID
    public var fields: [ContactField]
}

import Foundation

extension Store {
    /// Adds a contact and returns its new id. Refuses a person on the suppression list.
    @discardableResult
    public func addContact(_ details: ContactDetails, origin: DataOrigin = .enteredFromPerson) throws -> ContactID {
        try addContact(details, overridingSuppression: nil, origin: origin).id
    }

    /// Adds a contact. A person on the suppression list (someone erased before) is refused
    /// unless `reason` says why they are added anyway; the override is then recorded, with the
    /// reason sealed with the new person's key, in the same atomic group as the addition.
    @discardableResult
    /// `origin` says where the data came from (Art. 14): typed in from the person, unless said otherwise.
    public func addContact(_ details: ContactDetails, overridingSuppression reason: String?,
                           origin: DataOrigin = .enteredFromPerson) throws -> ContactAddition {
        let clean = try Validation.check(details)
        let reason = reason.map { Validation.trimmed($0, newlines: true) }
        if let reason, reason.isEmpty {
            throw ZgodaError.invalidValue(field: "override", reason: ErrorReason(en: "say why the person is added although they asked to be forgotten", pl: "podaj, dlaczego dodajesz osobę, która prosiła o usunięcie danych"))
        }
        var added = ContactAddition(id: ContactID(""), overridden: nil)
        try commit { state in
            let hit = suppressionMatch(clean, in: state)
            if let hit, reason == nil { throw ZgodaError.suppressed(hit) }
            var rng = SystemRandomNumberGenerator()
            var newID = ContactID("")
            if state.isPartial {
                // A store opened for the id the new person gets (`openForNewContact`): whether
                // it is free is known from that person's records alone.
                guard let only = state.loadedOnly, state.contacts[only] == nil else {
                    let taken = state.loadedPeople?.sorted().map(\.rawValue).joined(separator: ", ") ?? ""
                    throw ZgodaError.invalidInput(ErrorReason(en: "contact \(taken) already exists; this store was opened for someone else",
                                                              pl: "kontakt \(taken) już istnieje; ten magazyn otwarto dla kogoś innego"))
                }
                newID = only
            } else {
                repeat { newID = ContactID.random(using: &rng) } while state.contacts[newID] != nil
            }
            added = ContactAddition(id: newID, overridden: hit)
            var events: [Event] = [.contactAdded(id: newID, keySlot: Store.newKeySlot, details: clean, origin: origin)]
            if let hit, let reason { events.append(.suppressionOverridden(contact: newID, matched: hit, reason: reason)) }
            return events
        }
        return added
    }

    /// Replaces a contact's details; records only the fields that changed. Returns the changes.
    @discardableResult
    public func editContact(_ id: ContactID, _ change: (inout ContactDetails) throws -> Void) throws -> [FieldChange] {
        var changes: [FieldChange] = []
        try commit { state in
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            var d = c.details
            try change(&d)
            let clean = try Validation.check(d)
            changes = c.details.changes(to: clean)
            return changes.isEmpty ? [] : [.contactEdited(id: id, changes: changes)]
        }
        return changes
    }

    /// Which identifying value of `details`, if any, matches an erased person (compared in the
    /// forms `SuppressionKeys` describes).
    public func suppressionMatch(_ details: ContactDetails, in state: ZgodaState? = nil) -> String? {
        let s = state ?? self.state
        if s.suppression.isEmpty { return nil }
        for (what, key) in SuppressionKeys.lookupKeys(email: details.email, phone: details.phone) {
            if let h = suppressionHash(key), s.suppression.contains(h) { return what }
        }
        return nil
    }

    /// The contact with this id, or a clear error.
    public func contact(_ id: ContactID) throws -> Contact {
        guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
        return c
    }
}

/// What `addContact` did.
public struct ContactAddition: Equatable, Sendable {
    public var id: ContactID
    /// What matched the suppression list ("e-mail", "phone") when the person was added anyway.
    public var overridden: String?
}

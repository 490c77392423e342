import Foundation

extension Store {
    /// Adds a contact and returns its new id. Refuses a person on the suppression list unless
    /// `override` is set.
    @discardableResult
    public func addContact(_ details: ContactDetails, override: Bool = false) throws -> ContactID {
        let clean = try Validation.check(details)
        var newID = ContactID("")
        try commit { state in
            if !override, let hit = suppressionMatch(clean, in: state) { throw ZgodaError.suppressed(hit) }
            var rng = SystemRandomNumberGenerator()
            repeat { newID = ContactID.random(using: &rng) } while state.contacts[newID] != nil
            return [.contactAdded(id: newID, keySlot: Store.newKeySlot, details: clean)]
        }
        return newID
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

    /// Which identifying value of `details`, if any, matches an erased person.
    public func suppressionMatch(_ details: ContactDetails, in state: ZgodaState? = nil) -> String? {
        let s = state ?? self.state
        if s.suppression.isEmpty { return nil }
        if let h = suppressionHash("email:" + Validation.normalizedEmail(details.email)), !details.email.isEmpty, s.suppression.contains(h) { return "e-mail" }
        if let h = suppressionHash("phone:" + Validation.normalizedPhone(details.phone)), !details.phone.isEmpty, s.suppression.contains(h) { return "phone" }
        return nil
    }

    /// The contact with this id, or a clear error.
    public func contact(_ id: ContactID) throws -> Contact {
        guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
        return c
    }
}

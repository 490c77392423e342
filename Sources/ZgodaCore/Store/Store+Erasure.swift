import Foundation

extension Store {
    /// The right to be forgotten. Records the erasure (with the keyed hashes of the person's
    /// e-mail and phone for the suppression list), then destroys the person's key, so none of
    /// their former values can be read from any snapshot or journal record. O(1) in the size of
    /// the journal: no file is rewritten.
    public func anonymize(_ id: ContactID, request: String? = nil) throws {
        try commit { state in
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            if let request {
                guard let r = state.requests[request] else { throw ZgodaError.unknownRequest(request) }
                guard r.contact == id else { throw ZgodaError.invalidInput("request \(request) is about another contact") }
            }
            var hashes: [String] = []
            if !c.details.email.isEmpty, let h = suppressionHash("email:" + Validation.normalizedEmail(c.details.email)) { hashes.append(h) }
            if !c.details.phone.isEmpty, let h = suppressionHash("phone:" + Validation.normalizedPhone(c.details.phone)) { hashes.append(h) }
            return [.anonymized(id: id, suppression: hashes, request: request)]
        }
    }
}

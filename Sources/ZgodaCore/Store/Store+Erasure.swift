import Foundation

extension Store {
    /// The right to be forgotten. Records the erasure (with the keyed hashes of the person's
    /// e-mail and phone for the suppression list), then destroys the person's key, and the
    /// keys of the exports whose filter and destination concerned them, so none of their former
    /// values can be read from any snapshot or journal record. O(1) in the size of the journal:
    /// no file is rewritten; one record is appended and a few key slots are zeroed.
    ///
    /// `request` names the erasure request this fulfils; it must be an open erasure request
    /// about the same person.
    public func anonymize(_ id: ContactID, request: String? = nil) throws {
        try anonymize(id, request: request, retention: nil)
    }

    /// `retention` is recorded as the reason when no request is named. The journal keeps the
    /// request id or reason in the erasure record's public part, so it holds no personal data:
    /// only a request id, purpose ids and dates.
    func anonymize(_ id: ContactID, request: String?, retention: RetentionStatus?) throws {
        try commit { state in
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            if let request {
                guard let r = state.requests[request] else { throw ZgodaError.unknownRequest(request) }
                guard r.contact == id else { throw ZgodaError.invalidInput("request \(request) is about another contact") }
                guard r.type == .erasure else {
                    throw ZgodaError.invalidInput("request \(request) is an \(r.type.rawValue) request, not an erasure request")
                }
                guard r.status == .open else { throw ZgodaError.invalidInput("request \(request) is already closed") }
            }
            var hashes: [String] = []
            if !c.details.email.isEmpty, let h = suppressionHash("email:" + Validation.normalizedEmail(c.details.email)) { hashes.append(h) }
            if !c.details.phone.isEmpty, let h = suppressionHash("phone:" + Validation.normalizedPhone(c.details.phone)) { hashes.append(h) }
            let why = request ?? retention.map { RetentionStatus.journalPrefix + $0.reason }
            return [.anonymized(id: id, suppression: hashes, request: why)]
        }
    }

    /// True while some purpose still gives `id` a legal basis (see `ZgodaState.hasRemainingBasis`).
    /// When it turns false after a withdrawal, the UI suggests anonymising.
    public func hasRemainingBasis(_ id: ContactID) -> Bool {
        state.hasRemainingBasis(id, now: now)
    }

    /// Anonymises everyone whose retention has ended (one journal record each), skipping those
    /// with an open request other than erasure, which must be answered first. An open erasure
    /// request is named in the erasure record. Returns what was done per person, in order.
    @discardableResult
    public func applyRetention() throws -> [RetentionOutcome] {
        var outcomes: [RetentionOutcome] = []
        for due in state.retentionDue(now: now) {
            // Re-checked per person against the freshest state: another process may have acted.
            guard let c = state.contacts[due.contact], !c.anonymized,
                  state.retentionStatus(of: due.contact, now: now).map({ $0.retentionEnds <= now }) == true else { continue }
            if let held = state.requestHoldingErasure(of: due.contact) {
                outcomes.append(RetentionOutcome(status: due, anonymized: false, heldBy: held.id))
                continue
            }
            try anonymize(due.contact, request: state.openErasureRequest(of: due.contact)?.id, retention: due)
            outcomes.append(RetentionOutcome(status: due, anonymized: true, heldBy: nil))
        }
        return outcomes
    }
}

/// What `applyRetention` did for one person.
public struct RetentionOutcome: Equatable, Sendable {
    public var status: RetentionStatus
    public var anonymized: Bool
    /// The open request that kept the person from being erased.
    public var heldBy: String?
}

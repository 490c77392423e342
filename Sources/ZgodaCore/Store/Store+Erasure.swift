import Foundation

extension Store {
    /// The right to be forgotten. Records the erasure (with the keyed hashes of the person's
    /// e-mail and phone for the suppression list), then destroys the person's key, and the
    /// keys of the exports whose filter and destination concerned them, so none of their former
    /// values can be read from any snapshot or journal record. O(1) in the size of the journal:
    /// no file is rewritten; one record is appended and a few key slots are zeroed.
    ///
    /// `request` names the erasure request this fulfils; it must be an open erasure request
    /// about the same person. Every open erasure request of the person is fulfilled by the
    /// erasure and closed in the same atomic group. Returns what was done: the requests
    /// closed, and the documents and exports that held the person (with their destinations,
    /// read before they went), which are also recorded by record number so that the copies can
    /// be traced after the erasure.
    @discardableResult
    public func anonymize(_ id: ContactID, request: String? = nil) throws -> ErasureOutcome {
        try anonymize(id, request: request, retention: nil)
    }

    /// `retention` is recorded as the reason when no request is named. The journal keeps the
    /// request id or reason in the erasure record's public part, so it holds no personal data:
    /// only a request id, purpose ids and dates.
    func anonymize(_ id: ContactID, request: String?, retention: RetentionStatus?) throws -> ErasureOutcome {
        var outcome: ErasureOutcome?
        try commit { state in
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            if let request {
                guard let r = state.requests[request] else { throw ZgodaError.unknownRequest(request) }
                guard r.contact == id else { throw ZgodaError.invalidInput(ErrorReason(en: "request \(request) is about another contact",
                    pl: "wniosek \(request) dotyczy innego kontaktu")) }
                guard r.type == .erasure else {
                    throw ZgodaError.invalidInput(ErrorReason(en: "request \(request) is an \(r.type.rawValue) request, not an erasure request",
                    pl: "wniosek \(request) jest wnioskiem o \(CoreText.Labels.requestType(r.type).pl), a nie o usunięcie danych"))
                }
                guard r.status == .open else { throw ZgodaError.invalidInput(ErrorReason(en: "request \(request) is already closed",
                    pl: "wniosek \(request) jest już zamknięty")) }
            }
            let hashes = SuppressionKeys.erasureKeys([c.details] + (state.formerDetails[id] ?? [])).compactMap(suppressionHash)
            let fulfilled = state.requests.values.filter { $0.contact == id && $0.type == .erasure && $0.status == .open }.map(\.id)
            let why = request ?? fulfilled.first ?? retention.map { RetentionStatus.journalPrefix + $0.reason }
            let copies = ErasureOutcome.copies(of: id, in: state)
            outcome = ErasureOutcome(contact: id, fulfilled: fulfilled, copies: copies)
            let today = Day(now)
            var events: [Event] = [.anonymized(id: id, suppression: hashes, request: why)]
            events += fulfilled.map { Event.requestClosed(id: $0, contact: id, closed: today, resolution: nil) }
            if !copies.isEmpty { events.append(.erasureCopies(contact: id, copies: copies.map(\.reference))) }
            return events
        }
        outcome!.pendingKeyErasures = pendingKeyErasures
        return outcome!
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
    /// Each erasure is its own acknowledged change, so a cancelled `progress` stops between
    /// two people (`ZgodaError.interrupted`, with `done` holding those already erased) and the
    /// next run goes on with the rest.
    public func applyRetention(progress: WorkProgress = .none, done: ((RetentionOutcome) -> Void)? = nil) throws -> [RetentionOutcome] {
        var outcomes: [RetentionOutcome] = []
        let list = state.retentionDue(now: now)
        progress.begin(CoreText.Progress.anonymisingPastRetention.text, total: list.count)
        for (i, due) in list.enumerated() {
            try progress.checkCancelled()
            progress.update(done: i)
            // Re-checked per person against the freshest state: another process may have acted.
            guard let c = state.contacts[due.contact], !c.anonymized,
                  state.retentionStatus(of: due.contact, now: now).map({ $0.retentionEnds <= now }) == true else { continue }
            if let held = state.requestHoldingErasure(of: due.contact) {
                outcomes.append(RetentionOutcome(status: due, anonymized: false, heldBy: held.id))
                continue
            }
            let erased = try anonymize(due.contact, request: nil, retention: due)
            let outcome = RetentionOutcome(status: due, anonymized: true, heldBy: nil, erasure: erased)
            outcomes.append(outcome)
            done?(outcome)
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
    /// The erasure, when there was one (the requests it fulfilled, the copies to trace).
    public var erasure: ErasureOutcome? = nil
}

/// What an erasure did.
public struct ErasureOutcome: Equatable, Sendable {
    public var contact: ContactID
    /// The erasure requests it fulfilled and closed.
    public var fulfilled: [String]
    /// The documents and exports that held the person's data, oldest first.
    public var copies: [HeldCopy]
    /// Keys that could not be destroyed yet (see `Store.pendingKeyErasures`).
    public var pendingKeyErasures: [String] = []

    /// One document or export with the person in it.
    public struct HeldCopy: Equatable, Sendable {
        public var reference: CopyReference
        public var at: Date
        /// Where it went, as recorded (nil: standard output or the screen). Read before the
        /// erasure; never recorded again.
        public var destination: String?
        /// For an export: how many people it held.
        public var people: Int?
    }

    static func copies(of id: ContactID, in state: ZgodaState) -> [HeldCopy] {
        // A document shown on the screen left no copy behind.
        let documents = (state.documents[id] ?? []).filter { $0.format != "screen" }.map {
            HeldCopy(reference: CopyReference(seq: $0.seq, kind: $0.kind, format: $0.format), at: $0.at, destination: $0.destination)
        }
        let exports = state.exports.filter { $0.contacts.contains(id) }.map {
            HeldCopy(reference: CopyReference(seq: $0.seq, kind: "export", format: $0.format), at: $0.at,
                     destination: $0.textErased || $0.destination.isEmpty ? nil : $0.destination, people: $0.count)
        }
        return (documents + exports).sorted { $0.reference.seq < $1.reference.seq }
    }
}

import Foundation

/// A `PURPOSE=STATUS` condition on a contact's current consent, e.g. `email-marketing=granted`.
public struct ConsentCriterion: Equatable, Sendable, CustomStringConvertible {
    public var purpose: String
    public var status: ConsentStatus

    public init(purpose: String, status: ConsentStatus) { self.purpose = purpose; self.status = status }

    public init?(parsing text: String) {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, let s = ConsentStatus(rawValue: parts[1].lowercased()) else { return nil }
        self.init(purpose: parts[0], status: s)
    }

    public var description: String { "\(purpose)=\(status.rawValue)" }
}

/// Which people an export takes: a search and consent conditions, or exactly the people
/// named by id (a portability request: `--id ID --format json`); anonymised people never.
public struct ExportSelection: Equatable, Sendable {
    public var query: String?
    public var consent: [ConsentCriterion]
    /// When not empty: exactly these people, in this order (no search, no conditions).
    public var ids: [ContactID]

    public init(query: String? = nil, consent: [ConsentCriterion] = [], ids: [ContactID] = []) {
        self.query = query.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        self.consent = consent
        var seen = Set<ContactID>()
        self.ids = ids.filter { seen.insert($0).inserted }
    }

    /// The contacts in search order (best match first; by name when there is no query), or
    /// the named people in the order named.
    public func contacts(in state: ZgodaState, now: Date) throws -> [Contact] {
        if !ids.isEmpty {
            if query != nil || !consent.isEmpty {
                throw ZgodaError.invalidInput(ErrorReason(en: "--id names exactly the people to export; it cannot be combined with --query or --consent",
                    pl: "--id wskazuje dokładnie osoby do eksportu; nie można go łączyć z --query ani --consent"))
            }
            return try ids.map { id in
                guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
                if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
                return c
            }
        }
        for c in consent where state.purposes[c.purpose] == nil { throw ZgodaError.unknownPurpose(c.purpose) }
        // A person whose processing is held (restriction, objection) is left out of every
        // list; a copy for the person themselves (`ids`) is still theirs to have.
        return SearchIndex(state: state).search(query ?? "").compactMap { state.contacts[$0] }.filter { c in
            !c.anonymized && state.processingHold(of: c.id) == nil
                && consent.allSatisfy { state.status(of: c.id, purpose: $0.purpose, now: now) == $0.status }
        }
    }

    /// How the journal records the filter: `all`, `id=…` for named people, or e.g.
    /// `query=lodz, consent email-marketing=granted`.
    public var description: String {
        if !ids.isEmpty { return "id=" + ids.map(\.rawValue).joined(separator: ",") }
        var parts: [String] = []
        if let query { parts.append("query=\(query)") }
        parts += consent.map { "consent \($0)" }
        return parts.isEmpty ? "all" : parts.joined(separator: ", ")
    }
}

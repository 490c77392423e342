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

/// Which people an export takes: a search and consent conditions; anonymised people never.
public struct ExportSelection: Equatable, Sendable {
    public var query: String?
    public var consent: [ConsentCriterion]

    public init(query: String? = nil, consent: [ConsentCriterion] = []) {
        self.query = query.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        self.consent = consent
    }

    /// The contacts in search order (best match first; by name when there is no query).
    public func contacts(in state: ZgodaState, now: Date) throws -> [Contact] {
        for c in consent where state.purposes[c.purpose] == nil { throw ZgodaError.unknownPurpose(c.purpose) }
        return SearchIndex(state: state).search(query ?? "").compactMap { state.contacts[$0] }.filter { c in
            !c.anonymized && consent.allSatisfy { state.status(of: c.id, purpose: $0.purpose, now: now) == $0.status }
        }
    }

    /// How the journal records the filter: `all`, or e.g. `query=lodz, consent email-marketing=granted`.
    public var description: String {
        var parts: [String] = []
        if let query { parts.append("query=\(query)") }
        parts += consent.map { "consent \($0)" }
        return parts.isEmpty ? "all" : parts.joined(separator: ", ")
    }
}

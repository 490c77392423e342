import Foundation

extension Store {
    /// Records one consent decision for the purpose's current version, with the fingerprint of
    /// the wording the person saw.
    @discardableResult
    public func recordConsent(_ id: ContactID, purpose: String, decision: Decision, source: ConsentSource,
                              evidence: String? = nil, expires: Date? = nil) throws -> ConsentDecision {
        try recordConsent(id, purpose: purpose, decision: decision, source: source, evidence: evidence, expires: expires) { _ in }
    }

    /// The one way a decision is recorded; `check` sees the latest decision for the purpose
    /// under the directory lock and may refuse by throwing.
    func recordConsent(_ id: ContactID, purpose: String, decision: Decision, source: ConsentSource,
                       evidence: String?, expires: Date?, check: (ConsentDecision?) throws -> Void) throws -> ConsentDecision {
        var made: ConsentDecision?
        let evidence = evidence?.trimmingCharacters(in: .whitespacesAndNewlines)
        try commit { state in
            guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(id.rawValue) }
            guard let p = state.purposes[purpose] else { throw ZgodaError.unknownPurpose(purpose) }
            try DecisionRules.check(decision, for: p)
            let latest = state.decisions[id]?.last(where: { $0.purpose == purpose })
            try check(latest)
            if let problem = ConsentSequence.problem(recording: decision, after: latest, purpose: purpose, contact: id) { throw problem }
            if let expires, expires <= now { throw ZgodaError.invalidValue(field: "expires", reason: ErrorReason(en: "the expiry date is in the past", pl: "data wygaśnięcia jest w przeszłości")) }
            let d = ConsentDecision(contact: id, purpose: purpose, purposeVersion: p.version, decision: decision, source: source,
                                    evidence: (evidence?.isEmpty ?? true) ? nil : evidence, at: now, operator: operatorName,
                                    expires: decision == .granted ? expires : nil,
                                    // What the person read: the purpose in the language of the
                                    // run, the one the salesperson's form and screen were in.
                                    wordingHash: Wording.hash(controller: state.controller, purpose: p, language: Language.current))
            made = d
            return [.consentRecorded(d)]
        }
        return made!
    }
}

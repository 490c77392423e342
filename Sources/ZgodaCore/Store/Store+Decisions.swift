import Foundation

/// What recording a decision did, for the fronts to word.
public struct DecisionOutcome: Equatable, Sendable {
    public var decision: ConsentDecision
    /// True when the person had a legal basis before this decision and has none after it:
    /// time to anonymise, or to keep them only as long as retention allows.
    public var basisLost: Bool
}

extension Store {
    /// Records a decision (`recordConsent`) and says whether it took away the person's last
    /// legal basis, so the command line and the terminal UI need no rule of their own.
    @discardableResult
    public func decide(_ id: ContactID, purpose: String, decision: Decision, source: ConsentSource,
                       evidence: String? = nil, expires: Date? = nil) throws -> DecisionOutcome {
        try refresh()
        let had = hasRemainingBasis(id)
        let d = try recordConsent(id, purpose: purpose, decision: decision, source: source, evidence: evidence, expires: expires)
        return DecisionOutcome(decision: d, basisLost: had && !hasRemainingBasis(id))
    }

    /// The same for a decision made while `seen` was the latest for the purpose: when another
    /// process recorded one since, nothing is written (`ConsentConflict`) unless `overwrite`.
    @discardableResult
    public func decide(_ id: ContactID, purpose: String, decision: Decision, source: ConsentSource,
                       evidence: String? = nil, expires: Date? = nil, seen: ConsentDecision?, overwrite: Bool = false) throws -> DecisionOutcome {
        try refresh()
        let had = hasRemainingBasis(id)
        let d = try recordConsent(id, purpose: purpose, decision: decision, source: source, evidence: evidence, expires: expires,
                                  seen: seen, overwrite: overwrite)
        return DecisionOutcome(decision: d, basisLost: had && !hasRemainingBasis(id))
    }
}

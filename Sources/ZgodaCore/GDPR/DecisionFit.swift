/// Which decisions a purpose's legal basis takes, asked before a decision is made: an
/// objection (Art. 21) only to legitimate interest, no refused consent where none is asked.
/// The store applies the same rule when it records the decision.
extension Purpose {
    /// Why `decision` cannot be recorded for this purpose, or nil when it can.
    public func refusal(recording decision: Decision) -> ZgodaError? {
        do {
            try DecisionRules.check(decision, for: self)
            return nil
        } catch let e as ZgodaError {
            return e
        } catch {
            return ZgodaError.invalidInput(ErrorReason(en: String(describing: error), pl: String(describing: error)))
        }
    }
}

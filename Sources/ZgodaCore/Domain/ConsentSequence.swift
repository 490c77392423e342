/// Which decision may follow which. A withdrawal takes back a consent that was given, so it
/// needs a grant to take back: withdrawing what was never given, a refusal or an earlier
/// withdrawal would put on record a consent the person never gave. The rule holds for every
/// decision made here (the terminal UI, `zgoda consent`); replay accepts whatever older
/// journals hold, and an import keeps a withdrawal its file states, because the grant was made
/// elsewhere and dropping it would lose the person's "no".
public enum ConsentSequence {
    /// Why `decision` cannot follow `latest` (the contact's latest decision for `purpose`), or nil.
    public static func problem(recording decision: Decision, after latest: ConsentDecision?,
                               purpose: String, contact: ContactID) -> ZgodaError? {
        guard decision == .withdrawn else { return nil }
        let what = "cannot withdraw \(purpose) for \(contact.rawValue)"
        switch latest?.decision {
        case .granted: return nil
        case nil: return .invalidInput("\(what): it was never given (record a refusal instead)")
        case .refused: return .invalidInput("\(what): the person refused it, so there is nothing to withdraw")
        case .withdrawn: return .invalidInput("\(what): it is already withdrawn")
        case .objected: return .invalidInput("\(what): the person objected to it, so there is no consent to withdraw")
        }
    }
}

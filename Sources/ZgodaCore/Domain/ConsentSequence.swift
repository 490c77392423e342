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
        let what = Localized(en: "cannot withdraw \(purpose) for \(contact.rawValue)",
                             pl: "nie można wycofać zgody \(purpose) kontaktu \(contact.rawValue)")
        func refused(_ en: String, _ pl: String) -> ZgodaError {
            .invalidInput(ErrorReason(en: "\(what.en): \(en)", pl: "\(what.pl): \(pl)"))
        }
        switch latest?.decision {
        case .granted: return nil
        case nil: return refused("it was never given (record a refusal instead)", "nigdy jej nie udzielono (zapisz zamiast tego odmowę)")
        case .refused: return refused("the person refused it, so there is nothing to withdraw", "osoba jej odmówiła, więc nie ma czego wycofać")
        case .withdrawn: return refused("it is already withdrawn", "jest już wycofana")
        case .objected: return refused("the person objected to it, so there is no consent to withdraw", "osoba wniosła sprzeciw, więc nie ma zgody do wycofania")
        }
    }
}

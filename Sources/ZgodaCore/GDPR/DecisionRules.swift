import Foundation

/// Which decisions fit which legal basis. Consent is granted, refused or withdrawn (Art. 7);
/// a purpose that relies on legitimate interest asks for no consent, so a person who does not
/// want it objects (Art. 21): an objection is its own decision, never a "refused consent".
enum DecisionRules {
    static func check(_ decision: Decision, for p: Purpose) throws {
        switch decision {
        case .objected where p.legalBasis != .legitimateInterest:
            throw ZgodaError.invalidInput("an objection (Art. 21) is to processing based on legitimate interest; purpose \(p.id) relies on \(p.legalBasis.rawValue)"
                                          + (p.legalBasis == .consent ? ": record a refusal or a withdrawal instead" : ""))
        case .refused where p.legalBasis == .legitimateInterest:
            throw ZgodaError.invalidInput("purpose \(p.id) relies on legitimate interest, not consent, so there is no consent to refuse: record an objection ('zgoda consent object')")
        default:
            break
        }
    }
}

import Foundation

/// Which decisions fit which legal basis. Consent is granted, refused or withdrawn (Art. 7);
/// a purpose that relies on legitimate interest asks for no consent, so a person who does not
/// want it objects (Art. 21): an objection is its own decision, never a "refused consent".
enum DecisionRules {
    static func check(_ decision: Decision, for p: Purpose) throws {
        switch decision {
        case .objected where p.legalBasis != .legitimateInterest:
            let basis = CoreText.Labels.legalBasis(p.legalBasis).pl
            throw ZgodaError.invalidInput(ErrorReason(
                en: "an objection (Art. 21) is to processing based on legitimate interest; purpose \(p.id) relies on \(p.legalBasis.rawValue)"
                    + (p.legalBasis == .consent ? ": record a refusal or a withdrawal instead" : ""),
                pl: "sprzeciw (art. 21) dotyczy przetwarzania na podstawie prawnie uzasadnionego interesu; cel \(p.id) opiera się na podstawie „\(basis)”"
                    + (p.legalBasis == .consent ? ": zapisz zamiast tego odmowę albo wycofanie zgody" : "")))
        case .refused where p.legalBasis == .legitimateInterest:
            throw ZgodaError.invalidInput(ErrorReason(en: "purpose \(p.id) relies on legitimate interest, not consent, so there is no consent to refuse: record an objection ('zgoda consent object')",
                    pl: "cel \(p.id) opiera się na prawnie uzasadnionym interesie, a nie na zgodzie, więc nie ma zgody, której można odmówić: zapisz sprzeciw („zgoda consent object”)"))
        default:
            break
        }
    }
}

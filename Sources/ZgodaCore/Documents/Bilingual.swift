import Foundation

/// Polish-first, English-second wording for documents handed to people (forms, reports):
/// Zgoda is made for Polish sales teams, and their customers read Polish first.
public enum Bilingual {
    public static func legalBasis(_ b: LegalBasis) -> String {
        switch b {
        case .consent: return "zgoda (art. 6 ust. 1 lit. a RODO) / consent (Art. 6(1)(a) GDPR)"
        case .contract: return "umowa (art. 6 ust. 1 lit. b RODO) / contract (Art. 6(1)(b) GDPR)"
        case .legalObligation: return "obowiązek prawny (art. 6 ust. 1 lit. c RODO) / legal obligation (Art. 6(1)(c) GDPR)"
        case .legitimateInterest: return "prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO) / legitimate interest (Art. 6(1)(f) GDPR)"
        }
    }

    /// `24 miesiące / 24 months`, `2 lata / 2 years`, `5 lat / 5 years`.
    public static func retention(_ r: Retention) -> String {
        let (pl, en) = retentionParts(r)
        return "\(pl) / \(en)"
    }

    /// `2 lata od ustania podstawy / 2 years after the basis ends`.
    public static func retentionAfterBasis(_ r: Retention) -> String {
        let (pl, en) = retentionParts(r)
        return "\(pl) od ustania podstawy / \(en) after the basis ends"
    }

    static func retentionParts(_ r: Retention) -> (String, String) {
        if r.months > 0 && r.months % 12 == 0 {
            let y = r.months / 12
            return ("\(y) \(plural(y, "rok", "lata", "lat"))", "\(y) year\(y == 1 ? "" : "s")")
        }
        return ("\(r.months) \(plural(r.months, "miesiąc", "miesiące", "miesięcy"))", "\(r.months) month\(r.months == 1 ? "" : "s")")
    }

    /// Polish plural forms: 1 miesiąc, 2–4 miesiące (but 12–14 miesięcy), 5+ miesięcy.
    public static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        if n == 1 { return one }
        let (ones, tens) = (n % 10, n % 100)
        return (2...4).contains(ones) && !(12...14).contains(tens) ? few : many
    }

    /// A decision as the person reads it; for a purpose not based on consent, a grant records
    /// that the basis (e.g. a contract) applies and a withdrawal that it ended. An objection is
    /// its own decision (Art. 21), worded the same whatever the purpose.
    public static func decision(_ d: Decision, basis: LegalBasis = .consent) -> String {
        switch (d, basis == .consent) {
        case (.granted, true): return "zgoda udzielona / consent granted"
        case (.refused, _): return "odmowa zgody / consent refused"
        case (.withdrawn, true): return "zgoda wycofana / consent withdrawn"
        case (.granted, false): return "podstawa odnotowana / basis recorded"
        case (.withdrawn, false): return "podstawa ustała / basis ended"
        case (.objected, _): return "sprzeciw / objection"
        }
    }

    public static func status(_ s: ConsentStatus) -> String {
        switch s {
        case .granted: return "udzielona / granted"
        case .refused: return "odmowa / refused"
        case .withdrawn: return "wycofana / withdrawn"
        case .expired: return "wygasła / expired"
        case .outdated: return "dotyczy starszej treści / outdated"
        case .objected: return "sprzeciw / objection"
        case .none: return "brak decyzji / none"
        }
    }

    public static func source(_ s: ConsentSource) -> String {
        switch s {
        case .inPerson: return "osobiście / in person"
        case .phone: return "telefonicznie / by phone"
        case .email: return "e-mailem / by e-mail"
        case .webForm: return "formularz WWW / web form"
        case .paper: return "na papierze / on paper"
        case .import: return "import"
        }
    }

    public static func field(_ f: ContactField) -> String {
        switch f {
        case .name: return "Imię i nazwisko / Name"
        case .email: return "E-mail"
        case .phone: return "Telefon / Phone"
        case .company: return "Firma / Company"
        case .position: return "Stanowisko / Position"
        case .city: return "Miejscowość / City"
        case .tags: return "Etykiety / Tags"
        case .notes: return "Notatki / Notes"
        }
    }

    public static func requestType(_ t: RequestType) -> String {
        switch t {
        case .access: return "dostęp / access"
        case .erasure: return "usunięcie / erasure"
        case .rectification: return "sprostowanie / rectification"
        case .objection: return "sprzeciw / objection"
        case .restriction: return "ograniczenie przetwarzania / restriction"
        case .portability: return "przeniesienie / portability"
        }
    }

    public static func requestStatus(_ s: RequestStatus) -> String {
        s == .open ? "otwarty / open" : "zamknięty / closed"
    }

    /// The rights every form and report reminds the person of (GDPR Art. 7(3), 13–22, 77).
    public static func rights(contact: String) -> [String] {
        let pl = "Zgodę można wycofać w każdej chwili, bez wpływu na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia danych oraz sprzeciwu, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych."
        let en = "You may withdraw consent at any time without affecting the lawfulness of processing before the withdrawal. You have the right of access, rectification, erasure, restriction of processing, data portability and objection, and the right to lodge a complaint with the President of the Personal Data Protection Office (PUODO)."
        var out = [pl, en]
        if !contact.isEmpty { out.append("Kontakt / Contact: \(contact)") }
        return out
    }
}

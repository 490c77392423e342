import Foundation

/// The words of the documents handed to people — the consent form, the access report, the
/// record of processing and the link mail — in Polish and English. A document is written in
/// one language, the person's (`zgoda form ID --document-lang pl`, else the language of the
/// run); the purposes in it are shown in their wording for that language. Statuses, sources,
/// fields and request types are `CoreText.Labels`, the words of the screens and the command
/// line: one vocabulary everywhere.
public enum DocumentText {
    public static func legalBasis(_ b: LegalBasis) -> Localized {
        switch b {
        case .consent: return Localized(en: "consent (Art. 6(1)(a) GDPR)", pl: "zgoda (art. 6 ust. 1 lit. a RODO)")
        case .contract: return Localized(en: "contract (Art. 6(1)(b) GDPR)", pl: "umowa (art. 6 ust. 1 lit. b RODO)")
        case .legalObligation: return Localized(en: "legal obligation (Art. 6(1)(c) GDPR)", pl: "obowiązek prawny (art. 6 ust. 1 lit. c RODO)")
        case .legitimateInterest: return Localized(en: "legitimate interest (Art. 6(1)(f) GDPR)", pl: "prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO)")
        }
    }

    static let years = PluralNoun(en: ("year", "years"), pl: ("rok", "lata", "lat"))
    static let months = PluralNoun(en: ("month", "months"), pl: ("miesiąc", "miesiące", "miesięcy"))

    /// `2 years`, `2 lata`, `5 lat`, `24 miesiące`.
    public static func retention(_ r: Retention) -> Localized {
        let noun = r.months > 0 && r.months % 12 == 0 ? (years, r.months / 12) : (months, r.months)
        return Localized(en: noun.0.count(noun.1, in: .en), pl: noun.0.count(noun.1, in: .pl))
    }

    /// `2 years after the basis ends`, `2 lata od ustania podstawy`.
    public static func retentionAfterBasis(_ r: Retention) -> Localized {
        let period = retention(r)
        return Localized(en: "\(period.en) after the basis ends", pl: "\(period.pl) od ustania podstawy")
    }

    /// A decision as the person reads it; for a purpose not based on consent, a grant records
    /// that the basis (e.g. a contract) applies and a withdrawal that it ended. An objection is
    /// its own decision (Art. 21), worded the same whatever the purpose.
    public static func decision(_ d: Decision, basis: LegalBasis = .consent) -> Localized {
        switch (d, basis == .consent) {
        case (.granted, true): return Localized(en: "consent granted", pl: "zgoda udzielona")
        case (.refused, _): return Localized(en: "consent refused", pl: "odmowa zgody")
        case (.withdrawn, true): return Localized(en: "consent withdrawn", pl: "zgoda wycofana")
        case (.granted, false): return Localized(en: "basis recorded", pl: "podstawa odnotowana")
        case (.withdrawn, false): return Localized(en: "basis ended", pl: "podstawa ustała")
        case (.objected, _): return Localized(en: "objection", pl: "sprzeciw")
        }
    }

    public static func requestStatus(_ s: RequestStatus) -> Localized {
        s == .open ? Localized(en: "open", pl: "otwarty") : Localized(en: "closed", pl: "zamknięty")
    }

    /// The rights every form and report reminds the person of (GDPR Art. 7(3), 13–22, 77).
    public static func rights(contact: String) -> [Localized] {
        var out = [Localized(
            en: "You may withdraw consent at any time without affecting the lawfulness of processing before the withdrawal. You have the right of access, rectification, erasure, restriction of processing, data portability and objection, and the right to lodge a complaint with the President of the Personal Data Protection Office (PUODO).",
            pl: "Zgodę można wycofać w każdej chwili, bez wpływu na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia danych oraz sprzeciwu, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.")]
        if !contact.isEmpty { out.append(Localized(en: "Contact: \(contact)", pl: "Kontakt: \(contact)")) }
        return out
    }

    /// `Marketing e-mailowy (email-marketing), wersja 2`.
    static func purposeHeading(_ p: Purpose, number: Int? = nil, in language: Language) -> String {
        let prefix = number.map { "\($0). " } ?? ""
        let title = p.wording(in: language).title
        return prefix + Localized(en: "\(title) (\(p.id)), version \(p.version)", pl: "\(title) (\(p.id)), wersja \(p.version)")(language)
    }

    // Labels several documents share.
    static let controller = Localized(en: "Data controller", pl: "Administrator danych")
    static let controllerName = Localized(en: "Name", pl: "Nazwa")
    static let address = Localized(en: "Address", pl: "Adres")
    static let email = Localized(en: "E-mail", pl: "E-mail")
    static let dpo = Localized(en: "Data protection officer", pl: "Inspektor ochrony danych")
    static let reference = Localized(en: "Reference", pl: "Numer referencyjny")
    static let legalBasisLabel = Localized(en: "Legal basis", pl: "Podstawa prawna")
    static let recipientsLabel = Localized(en: "Recipients", pl: "Odbiorcy")
    public static let automatedLabel = Localized(en: "Automated decisions (Art. 22)", pl: "Zautomatyzowane decyzje (art. 22)")
    /// Whether the purpose decides about people by automated means alone (Art. 13(2)(f), 15(1)(h)).
    public static func automated(_ p: Purpose) -> Localized {
        p.automatedDecisions
            ? Localized(en: "made: decisions with legal or similarly significant effects are made by automated means (the description says how); you may ask for a person to review one, give your view and contest it",
                        pl: "tak: decyzje wywołujące skutki prawne lub podobnie istotne są podejmowane w sposób zautomatyzowany (opis mówi jak); możesz zażądać ich przejrzenia przez człowieka, wyrazić swoje stanowisko i je zakwestionować")
            : Localized(en: "none: no decision with legal or similarly significant effects is made by automated means alone",
                        pl: "brak: żadna decyzja wywołująca skutki prawne lub podobnie istotne nie zapada wyłącznie w sposób zautomatyzowany")
    }
    /// A purpose's recipients on one line, each with its role, country and any transfer.
    static func recipients(_ p: Purpose, in l: Language) -> String {
        p.recipients.map { $0.line(in: l) }.joined(separator: "; ")
    }
    static let retentionLabel = Localized(en: "Retention", pl: "Okres przechowywania")
    static let dataNeeded = Localized(en: "Data needed", pl: "Potrzebne dane")
    static let notDeclared = Localized(en: "not declared", pl: "nie określono")
    static let wordingHash = Localized(en: "Wording hash (SHA-256)", pl: "Skrót treści (SHA-256)")
    static let yourRights = Localized(en: "Your rights", pl: "Prawa osoby")
    static let agree = Localized(en: "I agree", pl: "Zgadzam się")
    static let disagree = Localized(en: "I do not agree", pl: "Nie zgadzam się")
    static let receipt = Localized(en: "Receipt", pl: "Potwierdzenie")
    static let issued = Localized(en: "Issued", pl: "Wydano")
    static let issueRecord = Localized(en: "Issue record", pl: "Rekord wydania")
    static let journalAsOf = Localized(en: "Journal as of record", pl: "Stan dziennika")
    static let journalHead = Localized(en: "Journal head (SHA-256)", pl: "Skrót dziennika (SHA-256)")
    static let time = Localized(en: "Time", pl: "Czas")
    static let status = Localized(en: "Status", pl: "Status")
    static let yes = Localized(en: "yes", pl: "tak")
    static let no = Localized(en: "no", pl: "nie")
}

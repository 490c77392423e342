import ZgodaCore

extension UIText {
    /// The consent editor of one contact, its source picker and its evidence and expiry fields.
    enum ConsentEditor {
        static func title(name: String, id: ContactID) -> Localized {
            Localized(en: "Consents of \(name) (\(id))", pl: "Zgody: \(name) (\(id))")
        }
        static let purpose = Localized(en: "Purpose", pl: "Cel")
        static let status = Localized(en: "Status", pl: "Status")
        static let source = Localized(en: "Source", pl: "Źródło")
        static let date = Localized(en: "Date", pl: "Data")
        static let version = Localized(en: "Version", pl: "Wersja")
        /// A decision given to an older version of the purpose.
        static func versionNow(_ given: Int, now: Int) -> Localized {
            Localized(en: "v\(given) (now v\(now))", pl: "v\(given) (teraz v\(now))")
        }
        /// The purpose's description, then its legal basis.
        static func described(_ description: String, basis: LegalBasis) -> Localized {
            Localized(en: description + " Legal basis: \(basis.rawValue).",
                      pl: description + " Podstawa prawna: \(Consents.basis(basis).pl).")
        }

        /// The decision as a box title names it: "Grant", "Zgoda".
        static func decision(_ d: Decision) -> Localized {
            let en = d.verb.prefix(1).uppercased() + d.verb.dropFirst()
            switch d {
            case .granted: return Localized(en: en, pl: "Zgoda")
            case .refused: return Localized(en: en, pl: "Odmowa")
            case .withdrawn: return Localized(en: en, pl: "Wycofanie")
            case .objected: return Localized(en: en, pl: "Sprzeciw")
            }
        }
        /// The source picker's title, as short as the English one: the picker is 40 columns wide.
        static func askSource(_ d: Decision, purpose: String) -> Localized {
            Localized(en: "\(decision(d).en) \(purpose): source?", pl: "\(decision(d).pl) \(purpose): źródło?")
        }
        /// The evidence and expiry box's title.
        static func fieldsTitle(_ d: Decision, purpose: String, source: String) -> Localized {
            Localized(en: "\(decision(d).en) \(purpose) via \(source)", pl: "\(decision(d).pl): \(purpose), źródło: \(source)")
        }
        static let pickOrCancel = Localized(en: "Enter pick  Esc cancel", pl: "Enter wybierz  Esc anuluj")
        static let evidence = Localized(en: "Evidence", pl: "Dowód")
        static let expires = Localized(en: "Expires", pl: "Wygasa")
        static let expiryFormat = Localized(en: "YYYY-MM-DD, or empty for no expiry", pl: "RRRR-MM-DD albo puste: bezterminowo")
        static let evidenceHint = Localized(en: "Evidence is optional, e.g. \u{201C}signed form no. 12\u{201D}.",
                                            pl: "Dowód jest opcjonalny, np. „podpisany formularz nr 12”.")
        static let expiryHint = Localized(en: "The expiry is optional.", pl: "Data wygaśnięcia jest opcjonalna.")
        static let nextOrCancel = Localized(en: "Enter next  Esc cancel the decision", pl: "Enter dalej  Esc anuluj decyzję")
        static let saveOrCancel = Localized(en: "Enter save  Esc cancel the decision", pl: "Enter zapisz  Esc anuluj decyzję")
        static func notADate(_ typed: String) -> Localized {
            Localized(en: "'\(typed)' is not a date (YYYY-MM-DD)", pl: "„\(typed)” to nie jest data (RRRR-MM-DD)")
        }
        static func notAfterToday(_ today: Day) -> Localized {
            Localized(en: "the expiry date must be after today (\(today))",
                      pl: "data wygaśnięcia musi być późniejsza niż dziś (\(LocalDates.short(today, in: .pl)))")
        }

        // Keys.
        static let pickSource = Localized(en: "pick the source", pl: "wybierz źródło")
        static let pick = Localized(en: "pick", pl: "wybierz")
        static let fieldsHelp = Localized(en: "evidence (optional), then expiry for a grant",
                                          pl: "dowód (opcjonalnie), potem data wygaśnięcia zgody")
        static let cancelDecision = Localized(en: "cancel the decision", pl: "anuluj decyzję")
        static let cancel = Localized(en: "cancel", pl: "anuluj")
        static let choosePurpose = Localized(en: "choose a purpose", pl: "wybierz cel")
        static let move = Localized(en: "move", pl: "ruch")
        static let grant = Localized(en: "grant", pl: "udziel zgody")
        static let grantFooter = Localized(en: "grant", pl: "zgoda")
        static let refuse = Localized(en: "refuse", pl: "odmowa zgody")
        static let refuseFooter = Localized(en: "refuse", pl: "odmowa")
        static let withdraw = Localized(en: "withdraw (only a grant)", pl: "wycofaj (tylko udzieloną zgodę)")
        static let withdrawFooter = Localized(en: "withdraw", pl: "wycofaj")
        static let object = Localized(en: "object (only to legitimate interest, Art. 21)",
                                      pl: "sprzeciw (tylko wobec prawnie uzasadnionego interesu, art. 21)")
        static let cancelOrBack = Localized(en: "cancel the decision, or back", pl: "anuluj decyzję albo wstecz")
        static let back = Localized(en: "back", pl: "wstecz")
    }
}

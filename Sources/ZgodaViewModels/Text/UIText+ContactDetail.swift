import ZgodaCore

extension UIText {
    /// One contact on its own screen and in the pane beside the list.
    enum ContactDetail {
        static let id = Localized(en: "Id", pl: "Id")
        static let created = Localized(en: "Created", pl: "Utworzono")
        static let updated = Localized(en: "Updated", pl: "Zmieniono")
        static let consents = Localized(en: "Consents", pl: "Zgody")
        static let retention = Localized(en: "Retention", pl: "Przechowywanie")
        static let source = Localized(en: "Source", pl: "Źródło")
        static let notice = Localized(en: "record that the person was told where their data came from (Art. 14)",
                                      pl: "zapisz, że osobę poinformowano o źródle jej danych (art. 14)")
        static let notNeeded = Localized(en: "Not needed", pl: "Zbędne pola")
        static let gone = Localized(en: "This contact no longer exists.", pl: "Ten kontakt już nie istnieje.")

        /// Why the person may be kept, when a legal basis ended: the day, the purpose, how it ended.
        /// The Polish sentences stay short enough for two lines of the pane at 80 columns.
        static func basisEnded(since day: String, purpose: String, how: String, retention: Retention) -> Localized {
            Localized(en: "no legal basis since \(day) (\(purpose) \(how)); retention \(retention)",
                      pl: "brak podstawy prawnej od \(day) (\(purpose): \(Consents.ended(how).pl)); "
                          + "okres \(Consents.retention(retention).pl)")
        }

        /// Why the person may be kept, when there never was a legal basis.
        static func neverHadBasis(_ r: RetentionStatus) -> Localized {
            let pl = r.graceDays.map { "okres karencji \(Consents.days.count($0, in: .pl))" }
                ?? "okres przechowywania \(Consents.retention(r.retention).pl)"
            return Localized(en: "never had a legal basis; \(r.period) after being added",
                             pl: "nigdy nie było podstawy prawnej; \(pl) od dodania")
        }

        static func pastRetention(since day: String, why: String) -> Localized {
            Localized(en: "\(RetentionMark.symbol) past retention since \(day): \(why).",
                      pl: "\(RetentionMark.symbol) termin minął \(day): \(why).")
        }

        static func keptUntil(_ day: String, why: String) -> Localized {
            Localized(en: "\(why), until \(day).", pl: "\(why), do \(day).")
        }

        // Keys.
        static let edit = Localized(en: "edit", pl: "edytuj")
        /// The footer's name for `e`, as the list's footer says it (`e zmień`: at 80 columns
        /// the longer word would push out the way back).
        static let editFooter = Localized(en: "edit", pl: "zmień")
        static let consentsKey = Localized(en: "consents", pl: "zgody")
        static let report = Localized(en: "access report (recorded)", pl: "raport dostępu (odnotowany w historii)")
        static let reportFooter = Localized(en: "report", pl: "raport")
        static let history = Localized(en: "history", pl: "historia")
        static let customerForm = Localized(en: "customer form", pl: "formularz zgód dla klienta")
        static let customerFormFooter = Localized(en: "form", pl: "klient")
        static let link = Localized(en: "consent link for the customer's web page", pl: "link do strony zgód dla klienta")
        static let linkFooter = Localized(en: "link", pl: "link")
        static let anonymise = Localized(en: "anonymise", pl: "anonimizuj")
        static let back = Localized(en: "back", pl: "wstecz")
    }
}

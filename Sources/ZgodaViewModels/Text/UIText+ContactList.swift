import ZgodaCore

extension UIText {
    /// The contact list: its keys, column headers, empty states and the legend in help.
    enum ContactList {
        static let breachesHelp = Localized(en: "breach register (Art. 33), 72-hour clock",
                                            pl: "rejestr naruszeń, 72 godziny (art. 33)")
        static let registerHelp = Localized(en: "record of processing activities (Art. 30)",
                                            pl: "rejestr czynności przetwarzania (art. 30)")
        static let move = Localized(en: "move", pl: "ruch")
        static let firstLast = Localized(en: "first/last", pl: "pierwszy/ostatni")
        static let searchHelp = Localized(en: "search (Enter keeps, Esc clears)", pl: "szukaj (Enter zostawia, Esc czyści)")
        static let search = Localized(en: "search", pl: "szukaj")
        static let openHelp = Localized(en: "open the contact", pl: "otwórz kontakt")
        static let open = Localized(en: "open", pl: "otwórz")
        static let addHelp = Localized(en: "add a contact", pl: "dodaj kontakt")
        static let add = Localized(en: "add", pl: "nowy")
        static let editHelp = Localized(en: "edit the contact", pl: "edytuj kontakt")
        static let edit = Localized(en: "edit", pl: "zmień")
        static let consentHelp = Localized(en: "consent editor", pl: "edytor zgód")
        static let consents = Localized(en: "consents", pl: "zgody")
        static let reportHelp = Localized(en: "access report of the contact (recorded)", pl: "raport dostępu kontaktu (odnotowany)")
        static let report = Localized(en: "report", pl: "raport")
        static let requestsHelp = Localized(en: "data-subject requests", pl: "wnioski osób, których dane dotyczą")
        static let requests = Localized(en: "requests", pl: "wnioski")
        static let importHelp = Localized(en: "import contacts from a file", pl: "importuj kontakty z pliku")
        static let importFooter = Localized(en: "import", pl: "import")
        static let exportHelp = Localized(en: "export", pl: "eksportuj")
        static let exportFooter = Localized(en: "export", pl: "eksport")
        static let historyHelp = Localized(en: "history of the contact", pl: "historia kontaktu")
        static let history = Localized(en: "history", pl: "historia")
        static let auditHelp = Localized(en: "audit log of everything", pl: "dziennik wszystkich zmian")
        static let audit = Localized(en: "audit", pl: "dziennik")
        static let formHelp = Localized(en: "consent form for the customer", pl: "formularz zgody dla klienta")
        static let form = Localized(en: "form", pl: "formularz")
        static let anonymiseHelp = Localized(en: "anonymise (typed confirmation)", pl: "anonimizuj (potwierdzenie wpisaniem)")
        static let anonymise = Localized(en: "anonymise", pl: "anonimizuj")
        static let clearHelp = Localized(en: "back / clear the filter", pl: "wstecz / wyczyść filtr")

        static let nameColumn = Localized(en: "Name", pl: "Imię i nazwisko")
        static let companyColumn = Localized(en: "Company", pl: "Firma")
        static let reachColumn = Localized(en: "E-mail / phone", pl: "E-mail / telefon")
        static let empty = Localized(en: "No contacts yet: press a to add one.", pl: "Nie ma jeszcze kontaktów: naciśnij a, by dodać.")
        static func noMatch(_ filter: String) -> Localized {
            Localized(en: "No contact matches \u{201C}\(filter)\u{201D}. Esc clears the search.",
                      pl: "Żaden kontakt nie pasuje do \u{201E}\(filter)\u{201D}. Esc czyści wyszukiwanie.")
        }

        static let legendTitle = Localized(en: "Consent columns", pl: "Kolumny zgód")
        static let legendDecisions = Localized(en: "granted, refused, withdrawn", pl: "udzielona, odmowa, wycofana")
        static let legendStates = Localized(en: "expired, outdated (older wording), none", pl: "wygasła, nieaktualna (starsza treść), brak")
        static let legendRetention = Localized(en: "past retention: no legal basis, kept too long",
                                               pl: "po okresie przechowywania: bez podstawy prawnej, trzymany za długo")
    }
}

import ZgodaCore

extension UIText {
    /// What every screen shares: the title bar, the help overlay, the search line, the notice
    /// of a lost team database, and the screen for a terminal too small to draw on.
    enum App {
        static let contacts = CoreText.Labels.contacts
        /// "Zgoda · Contacts · 5 contacts".
        static func listTitle(total: Int) -> Localized {
            Localized(en: "Zgoda · Contacts · \(contacts.count(total, in: .en))", pl: "Zgoda · Kontakty · \(contacts.count(total, in: .pl))")
        }
        /// "Zgoda · Contacts · 2 of 5 contacts" while a search narrows the list. The noun agrees
        /// with the total in both languages ("2 z 5 kontaktów").
        static func listTitle(shown: Int, total: Int) -> Localized {
            Localized(en: "Zgoda · Contacts · \(shown) of \(contacts.count(total, in: .en))",
                      pl: "Zgoda · Kontakty · \(shown) z \(contacts.count(total, in: .pl))")
        }
        static let welcomeTitle = Localized(en: "Zgoda · Welcome", pl: "Zgoda · Witaj")
        static func contactTitle(_ id: ContactID) -> Localized { Localized(en: "Zgoda · Contact \(id)", pl: "Zgoda · Kontakt \(id)") }
        static let newContactTitle = Localized(en: "Zgoda · New contact", pl: "Zgoda · Nowy kontakt")
        static let editContactTitle = Localized(en: "Zgoda · Edit contact", pl: "Zgoda · Edycja kontaktu")
        static let consentsTitle = Localized(en: "Zgoda · Consents", pl: "Zgoda · Zgody")
        static let auditLogTitle = Localized(en: "Zgoda · Audit log", pl: "Zgoda · Dziennik zmian")
        static let historyTitle = Localized(en: "Zgoda · History", pl: "Zgoda · Historia")
        static let customerTitle = Localized(en: "Consent form", pl: "Formularz zgody")
        static let requestsTitle = Localized(en: "Zgoda · Requests", pl: "Zgoda · Wnioski")
        static let reportTitle = Localized(en: "Zgoda · Access report", pl: "Zgoda · Raport dostępu")
        static let registerTitle = Localized(en: "Zgoda · Record of processing", pl: "Zgoda · Rejestr czynności przetwarzania")
        static let breachesTitle = Localized(en: "Zgoda · Breaches", pl: "Zgoda · Naruszenia")
        static let noController = Localized(en: "no data controller set", pl: "brak administratora danych")
        static let offlineNotice = Localized(en: "offline — reconnecting", pl: "offline — łączenie ponowne")

        // The help overlay's title names the screen: "Help: contact list".
        static func helpTitle(_ screen: String) -> Localized { Localized(en: "Help: \(screen)", pl: "Pomoc: \(screen)") }
        static let helpContactList = Localized(en: "contact list", pl: "lista kontaktów")
        static let helpWelcome = Localized(en: "welcome", pl: "powitanie")
        static let helpContact = Localized(en: "contact", pl: "kontakt")
        static let helpContactForm = Localized(en: "contact form", pl: "formularz kontaktu")
        static let helpConsentEditor = Localized(en: "consent editor", pl: "edytor zgód")
        static let helpHistory = Localized(en: "history", pl: "historia")
        static let helpCustomerForm = Localized(en: "customer form", pl: "formularz dla klienta")
        static let helpRequests = Localized(en: "data-subject requests", pl: "wnioski osób")
        static let helpReport = Localized(en: "access report", pl: "raport dostępu")
        static let helpRegister = Localized(en: "record of processing", pl: "rejestr czynności przetwarzania")
        static let helpBreaches = Localized(en: "breach register", pl: "rejestr naruszeń")
        static let helpMoreBelow = Localized(en: "↓ more", pl: "↓ dalej")
        static let helpBackUp = Localized(en: "↑ back", pl: "↑ wstecz")
        static let helpScrollOrClose = Localized(en: "↑/↓ scroll, any other key closes.", pl: "↑/↓ przewija, inny klawisz zamyka.")
        static let helpClose = Localized(en: "Any key closes this help.", pl: "Dowolny klawisz zamyka pomoc.")

        /// The search line: "2 of 5" at its right.
        static func searchCount(_ shown: Int, _ total: Int) -> Localized { Localized(en: "\(shown) of \(total)", pl: "\(shown) z \(total)") }
        static func filterLine(_ filter: String) -> Localized {
            Localized(en: "filter: \(filter)  (/ change, Esc clear)", pl: "filtr: \(filter)  (/ zmień, Esc wyczyść)")
        }

        static let tooSmall = Localized(en: "Terminal too small", pl: "Za mały terminal")
        static func needsAtLeast(cols: Int, rows: Int) -> Localized {
            Localized(en: "Zgoda needs at least \(cols)×\(rows);", pl: "Zgoda potrzebuje co najmniej \(cols)×\(rows);")
        }
        static func thisOneIs(cols: Int, rows: Int) -> Localized { Localized(en: "this one is \(cols)×\(rows).", pl: "ten ma \(cols)×\(rows).") }
        static let enlarge = Localized(en: "Enlarge it, or press Ctrl-C to quit.", pl: "Powiększ go albo naciśnij Ctrl-C, by wyjść.")

        /// The header's notice of open requests: "2 requests open, 1 overdue".
        static let openRequests = PluralNoun(en: ("request open", "requests open"), pl: ("otwarty wniosek", "otwarte wnioski", "otwartych wniosków"))
        static func overdue(_ n: Int) -> Localized {
            Localized(en: "\(n) overdue", pl: "\(n) po terminie")
        }

        /// The status line's reminder of people kept past retention, with the command that
        /// erases them: "3 people past retention — zgoda retention --apply".
        static let people = CoreText.Labels.people
        static func pastRetention(_ n: Int) -> Localized {
            Localized(en: "⌛ \(people.count(n, in: .en)) past retention — zgoda retention --apply",
                      pl: "⌛ \(people.count(n, in: .pl)) po terminie przechowywania — zgoda retention --apply")
        }

        // Keys every screen shares.
        static let help = Localized(en: "help", pl: "pomoc")
        static let quit = Localized(en: "quit", pl: "wyjdź")
    }
}

import ZgodaCore

extension UIText {
    /// The first-run screen, and the frame drawn while the store opens.
    enum Welcome {
        static let title = Localized(en: "Welcome to Zgoda", pl: "Witaj w programie Zgoda")
        static let intro = Localized(
            en: "This data directory is empty. Zgoda keeps your contacts together with their consents, "
                + "and a tamper-evident history of every change.",
            pl: "Ten katalog danych jest pusty. Zgoda przechowuje Twoje kontakty razem z ich zgodami "
                + "oraz historię każdej zmiany, zabezpieczoną przed niezauważonym fałszowaniem.")
        static let loadDemo = Localized(en: "Load demo data (200 people) to look around",
                                        pl: "Wczytaj dane przykładowe (200 osób) i rozejrzyj się")
        static let startEmpty = Localized(en: "Start with an empty directory", pl: "Zacznij od pustego katalogu")
        static let controllerFirst = Localized(en: "Enter the data controller's name and address first",
                                               pl: "Najpierw podaj nazwę i adres administratora danych")
        static let controllerNamed = Localized(en: "The data controller is named on every consent form and report.",
                                               pl: "Administrator danych widnieje na każdym formularzu zgody i raporcie.")
        static let name = Localized(en: "Name", pl: "Nazwa")
        static let address = Localized(en: "Address", pl: "Adres")
        static let email = Localized(en: "E-mail", pl: "E-mail")
        static let dpo = Localized(en: "DPO contact", pl: "Kontakt do IOD")
        static let needsName = Localized(en: "the data controller needs a name", pl: "administrator danych musi mieć nazwę")
        static let needsAddress = Localized(en: "consent forms must show the controller's address",
                                            pl: "formularze zgody muszą podawać adres administratora")
        static func notAnEmail(_ typed: String) -> Localized {
            Localized(en: "'\(typed)' is not an e-mail address", pl: "„\(typed)” to nie jest adres e-mail")
        }

        // Keys.
        static let choose = Localized(en: "choose", pl: "zaznacz")
        static let pick = Localized(en: "pick", pl: "wybierz")
        static let goOn = Localized(en: "go on", pl: "dalej")
        static let quit = Localized(en: "quit", pl: "wyjdź")
        static let nextPrevious = Localized(en: "next / previous field", pl: "następne / poprzednie pole")
        static let nextPreviousFooter = Localized(en: "next/previous", pl: "następne/poprzednie")
        static let enterOnField = Localized(en: "next field; on the last, save", pl: "następne pole; na ostatnim zapisz")
        static let saveController = Localized(en: "save the controller", pl: "zapisz administratora")
        static let save = Localized(en: "save", pl: "zapisz")
        static let backToChoices = Localized(en: "back to the choices", pl: "wróć do wyboru")
        static let back = Localized(en: "back", pl: "wstecz")

        // The first frame, before the store is open.
        static func opening(_ directory: String) -> Localized {
            Localized(en: "opening \(directory)…", pl: "otwieranie \(directory)…")
        }
        static let keysKept = Localized(en: "Keys typed now are kept; Ctrl-C quits.",
                                        pl: "Klawisze naciśnięte teraz nie przepadną; Ctrl-C kończy.")
        /// The status line of the list shown while everyone is still being read (`ListPreview`).
        static func readingEveryone(_ total: Int) -> Localized {
            Localized(en: "Reading all \(UIText.App.contacts.count(total, in: .en))… moving and searching work now; other keys are kept.",
                      pl: "Wczytywanie: \(UIText.App.contacts.count(total, in: .pl))… przewijanie i szukanie już działają; inne klawisze nie przepadną.")
        }
    }
}

/// The phases of long work (`WorkProgress`), as the progress line on a terminal shows them.
extension CoreText {
    enum Progress {
        static let records = Localized(en: "records", pl: "rekordów")
        static let checkingJournal = Localized(en: "checking the journal", pl: "sprawdzanie dziennika")
        static let checkingSnapshots = Localized(en: "checking snapshots and keys", pl: "sprawdzanie migawek i kluczy")
        static let openingPeople = Localized(en: "opening every person's data", pl: "otwieranie danych każdej osoby")
        static let checkingPersonalData = Localized(en: "checking every record's personal data",
                                                    pl: "sprawdzanie danych osobowych w każdym rekordzie")
        static let anonymisingPastRetention = Localized(en: "anonymising people past retention",
                                                        pl: "anonimizacja osób po okresie przechowywania")
        static let addingDemoContacts = Localized(en: "adding demo contacts", pl: "dodawanie kontaktów demonstracyjnych")
        static let selectingContacts = Localized(en: "selecting contacts", pl: "wybieranie kontaktów")
        static func writing(_ n: Int, as format: String) -> Localized {
            Localized(en: "writing \(n) contacts as \(format)", pl: "zapisywanie kontaktów (\(n)) w formacie \(format)")
        }
        static func reading(_ file: String) -> Localized {
            Localized(en: "reading \(file)", pl: "odczytywanie \(file)")
        }
        /// A dry run's planning (the preview of an import).
        static func checking(_ n: Int) -> Localized {
            Localized(en: "checking \(n) records", pl: "sprawdzanie rekordów (\(n))")
        }
        static func checkingAndSaving(_ n: Int) -> Localized {
            Localized(en: "checking and saving \(n) records", pl: "sprawdzanie i zapisywanie rekordów (\(n))")
        }
    }
}

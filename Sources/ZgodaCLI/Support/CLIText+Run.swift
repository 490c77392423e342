import ZgodaCore

extension CLIText {
    /// `init`, `passphrase`, `demo`, `serve`, the terminal UI's launch, and what every command
    /// may say (interrupted, read-only, progress).
    enum Run {
        static func joinedTeam(_ path: String, database: String, signedIn: String) -> Localized {
            Localized(en: "\(path) now keeps its records in \(database), signed in as \(signedIn)",
                      pl: "\(path) przechowuje teraz zapisy w \(database), zalogowano jako \(signedIn)")
        }
        static func created(_ path: String, encrypted: Bool) -> Localized {
            Localized(en: "created \(encrypted ? "encrypted " : "")data directory \(path)",
                      pl: "utworzono \(encrypted ? "zaszyfrowany " : "")katalog danych \(path)")
        }

        static let newPassphraseNeeded = Localized(
            en: "set ZGODA_NEW_PASSPHRASE or run in a terminal to be asked for the new passphrase",
            pl: "ustaw ZGODA_NEW_PASSPHRASE albo uruchom w terminalu, by podać nowe hasło")
        static let newPassphrase = Localized(en: "New passphrase: ", pl: "Nowe hasło: ")
        static let newPassphraseAgain = Localized(en: "New passphrase again: ", pl: "Nowe hasło ponownie: ")
        static let passphrasesDiffer = Localized(en: "the two new passphrases differ: nothing changed",
                                                 pl: "dwa nowe hasła się różnią: nic się nie zmieniło")
        static let passphraseChanged = Localized(
            en: "passphrase changed (saved); backups made before now still open with the old one",
            pl: "zmieniono hasło (zapisano); kopie zapasowe sprzed tej chwili nadal otwiera stare hasło")
        static let passphrase = Localized(en: "Passphrase: ", pl: "Hasło: ")

        static let demoContacts = PluralNoun(en: ("demo contacts", "demo contacts"),
                                             pl: ("przykładowy kontakt", "przykładowe kontakty", "przykładowych kontaktów"))
        static func demoStopped(added: Int, of total: Int) -> Localized {
            Localized(en: "stopped: \(added) of \(total) demo contacts were added and saved",
                      pl: "przerwano: dodano i zapisano \(added) z \(total) przykładowych kontaktów")
        }
        static func demoAdded(_ n: Int, to path: String) -> Localized {
            Localized(en: "added \(n) demo contacts to \(path)", pl: "dodano \(demoContacts.count(n, in: .pl)) do \(path)")
        }

        static let serveIncomplete = Localized(
            en: "the data controller's name and address are not set; links cannot be issued until they are",
            pl: "nazwa i adres administratora danych nie są ustawione; do tego czasu nie można wydawać linków")

        static func serverStopped(_ message: String) -> Localized {
            Localized(en: "the server stopped: \(message)", pl: "serwer się zatrzymał: \(message)")
        }
        static func cannotListen(_ address: String, _ message: String) -> Localized {
            Localized(en: "cannot listen on \(address): \(message)", pl: "nie można nasłuchiwać na \(address): \(message)")
        }

        static let interrupted = Localized(en: "interrupted", pl: "przerwano")
        static let stopping = Localized(en: "stopping at the next safe point…", pl: "zatrzymywanie w najbliższym bezpiecznym miejscu…")

        static let needsTerminal = Localized(en: "the terminal UI needs a terminal; see 'zgoda --help' for commands",
                                             pl: "interfejs terminalowy wymaga terminala; polecenia opisuje „zgoda --help”")
        static func themeProblem(_ problem: String) -> Localized {
            Localized(en: "\(problem); using the default theme", pl: "\(problem); używam domyślnego motywu")
        }
        static func themeStatus(_ problem: String) -> Localized {
            Localized(en: "theme: \(problem); using the default theme", pl: "motyw: \(problem); używam domyślnego motywu")
        }
        static func readOnlyStatus(_ reason: String) -> Localized {
            Localized(en: "read-only: \(reason)", pl: "tylko do odczytu: \(reason)")
        }
    }

    /// `serve`'s own checks of its options.
    enum Serve {
        static let listenForm = Localized(en: "--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080",
                                          pl: "--listen przyjmuje ADRES:PORT, np. 127.0.0.1:8080 albo [::1]:8080")
        static let limitsAtLeastOne = Localized(en: "limits must be at least 1", pl: "limity muszą wynosić co najmniej 1")
    }
}

/// The messages of `ZgodaError`. A case whose value is a sentence made where it was thrown
/// (`invalidInput`, `io`, the reason of `invalidValue` or `readOnly`, …) carries an `ErrorReason`
/// written there in both languages, and its frame here follows it: words of another library
/// (an OS error, a server's message) sit inside a sentence of the run's language. Cases whose
/// values are ids, paths and numbers read in both.
extension CoreText {
    enum Errors {
        static func message(_ error: ZgodaError) -> Localized {
            switch error {
            case let .unknownContact(id):
                return Localized(en: "no contact with id '\(id)' (see 'zgoda contact list')",
                                 pl: "nie ma kontaktu o identyfikatorze „\(id)” (zob. „zgoda contact list”)")
            case let .unknownPurpose(id):
                return Localized(en: "no purpose '\(id)' (see 'zgoda purpose list')",
                                 pl: "nie ma celu „\(id)” (zob. „zgoda purpose list”)")
            case let .unknownRequest(id):
                return Localized(en: "no request with id '\(id)' (see 'zgoda request list')",
                                 pl: "nie ma wniosku o identyfikatorze „\(id)” (zob. „zgoda request list”)")
            case let .duplicatePurpose(id):
                return Localized(en: "a purpose '\(id)' already exists", pl: "cel „\(id)” już istnieje")
            case let .contactAnonymized(id):
                return Localized(en: "contact '\(id)' has been anonymised and cannot be changed",
                                 pl: "kontakt „\(id)” został zanonimizowany i nie można go zmienić")
            case let .suppressed(what):
                return Localized(en: "this person asked to be forgotten (\(what) matches an erased person); to add them anyway, say why with --override REASON",
                                 pl: "ta osoba prosiła o usunięcie danych (\(Labels.matchedValue(what).pl) pasuje do usuniętej osoby); aby mimo to ją dodać, podaj powód: --override POWÓD")
            case .wrongPassphrase:
                return Localized(en: "wrong passphrase for this data directory", pl: "błędne hasło do tego katalogu danych")
            case .passphraseRequired:
                return Localized(en: "this data directory is encrypted: set ZGODA_PASSPHRASE or run in a terminal to be asked",
                                 pl: "ten katalog danych jest zaszyfrowany: ustaw ZGODA_PASSPHRASE albo uruchom w terminalu, aby podać hasło")
            case let .alreadyInitialized(path):
                return Localized(en: "\(path) is already a Zgoda data directory", pl: "\(path) jest już katalogiem danych Zgody")
            case let .notADataDirectory(path):
                return Localized(en: "\(path) is not a Zgoda data directory", pl: "\(path) nie jest katalogiem danych Zgody")
            case .controllerIncomplete:
                return Localized(en: "the data controller's name and address are not set: run 'zgoda admin set --name … --address …' first",
                                 pl: "nie ustawiono nazwy i adresu administratora danych: najpierw uruchom „zgoda admin set --name … --address …”")
            case let .symlink(path):
                return Localized(en: "\(path) is a symbolic link; Zgoda does not follow links in its data directory: put the file itself there (or remove the link)",
                                 pl: "\(path) jest dowiązaniem symbolicznym; Zgoda nie podąża za dowiązaniami w swoim katalogu danych: umieść tam sam plik (albo usuń dowiązanie)")
            case let .newerFormat(path, format):
                return Localized(en: "\(path) was written by a newer Zgoda (format \(format)); upgrade Zgoda to open it",
                                 pl: "\(path) zapisała nowsza wersja Zgody (format \(format)); zaktualizuj Zgodę, aby to otworzyć")
            case let .sharedPermissions(path, mode, isDirectory):
                let fix = isDirectory ? "chmod 700" : "chmod 600"
                let octal = String(mode & 0o777, radix: 8)
                return Localized(en: "\(path) can be read or written by other users (mode \(octal)); run '\(fix) \(path)', or pass --allow-shared-permissions if a group shares it on purpose",
                                 pl: "\(path) mogą odczytywać lub zapisywać inni użytkownicy (uprawnienia \(octal)); uruchom „\(fix) \(path)” albo podaj --allow-shared-permissions, jeśli grupa współdzieli to celowo")
            case let .destinationExists(path):
                return Localized(en: "\(path) already exists: nothing was exported (pass --force to replace it)",
                                 pl: "\(path) już istnieje: niczego nie wyeksportowano (podaj --force, aby zastąpić plik)")
            case .interrupted:
                return Localized(en: "interrupted", pl: "przerwano")
            case .historyChanged:
                return Localized(en: "the journal changed while its history was read (a repair?); open the history again",
                                 pl: "dziennik zmienił się podczas czytania historii (naprawa?); otwórz historię ponownie")
            case let .versionChangeUnstated(id, next):
                return Localized(en: "this changes what people are shown, so purpose \(id) becomes v\(next): say whether it needs fresh consent (--material) or is an editorial fix that keeps the consents given (--editorial)",
                                 pl: "ta zmiana zmienia to, co widzą osoby, więc cel \(id) otrzyma wersję v\(next): określ, czy wymaga nowej zgody (--material), czy jest poprawką redakcyjną, która zachowuje udzielone zgody (--editorial)")
            case let .invalidValue(field, reason):
                // Framed in Polish only around a reason that speaks Polish itself.
                guard reason.isTranslated else { return same("invalid \(field): \(reason.wording.en)") }
                return Localized(en: "invalid \(field): \(reason.wording.en)",
                                 pl: "nieprawidłowe pole \(Labels.changedField(field).pl): \(reason.wording.pl)")
            case let .readOnly(reason):
                return framed(reason, en: { "the data directory is open read-only: \($0); run 'zgoda repair'" },
                              pl: { "katalog danych jest otwarty tylko do odczytu: \($0); uruchom „zgoda repair”" })
            case let .damaged(what):
                return framed(what, en: { "damaged data: \($0)" }, pl: { "uszkodzone dane: \($0)" })
            case let .writeFailed(what):
                return framed(what, en: { "the change was not saved: \($0)" }, pl: { "zmiana nie została zapisana: \($0)" })
            case let .notWritable(reason):
                return framed(reason, en: { "the data directory cannot be written: \($0)" },
                              pl: { "nie można zapisywać w katalogu danych: \($0)" })
            case let .confirmationNeeded(what):
                return framed(what, en: { "\($0) (pass --yes, or answer on a terminal)" },
                              pl: { "\($0) (podaj --yes albo odpowiedz w terminalu)" })
            case let .io(what), let .locked(what), let .unsupported(what), let .invalidInput(what),
                 let .database(what), let .notPermitted(what):
                return what.wording
            }
        }

        /// A reason in its frame: a Polish frame only around a reason that speaks Polish itself,
        /// so no line mixes two languages (a reason made of another library's words keeps the
        /// English frame in every language).
        private static func framed(_ reason: ErrorReason, en: (String) -> String, pl: (String) -> String) -> Localized {
            guard reason.isTranslated else { return same(en(reason.wording.en)) }
            return Localized(en: en(reason.wording.en), pl: pl(reason.wording.pl))
        }

        /// A message whose words were written in English where the error was made.
        private static func same(_ text: String) -> Localized { Localized(en: text, pl: text) }
    }
}

extension ZgodaError {
    /// The message in every language: the import report keeps both, for its lines and its JSON.
    var localized: Localized { CoreText.Errors.message(self) }
}

extension ZgodaError {
    /// Any error's message in English, for texts that stay English in every language (the
    /// verification report, whose messages its JSON carries; warnings framed in English).
    static func english(_ error: any Error) -> String {
        (error as? ZgodaError)?.localized.en ?? "\(error)"
    }

    /// Any error's message in both languages (another library's error reads the same in both).
    static func localized(_ error: any Error) -> Localized {
        (error as? ZgodaError)?.localized ?? Localized(en: "\(error)", pl: "\(error)")
    }
}

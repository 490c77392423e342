/// The messages of `ZgodaError`. A case whose value is a whole English sentence made where it was
/// thrown (`invalidInput`, `io`, the reason of `invalidValue` or `readOnly`, …) is that sentence
/// in every language: a Polish frame around an English reason would glue two languages into one
/// line. Cases whose values are ids, paths and numbers read in both.
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
            case let .versionChangeUnstated(id, next):
                return Localized(en: "this changes what people are shown, so purpose \(id) becomes v\(next): say whether it needs fresh consent (--material) or is an editorial fix that keeps the consents given (--editorial)",
                                 pl: "ta zmiana zmienia to, co widzą osoby, więc cel \(id) otrzyma wersję v\(next): określ, czy wymaga nowej zgody (--material), czy jest poprawką redakcyjną, która zachowuje udzielone zgody (--editorial)")
            case let .invalidValue(field, reason):
                // Framed in Polish only around a reason that speaks Polish itself.
                guard reason.isTranslated else { return same("invalid \(field): \(reason.wording.en)") }
                return Localized(en: "invalid \(field): \(reason.wording.en)",
                                 pl: "nieprawidłowe pole \(Labels.changedField(field).pl): \(reason.wording.pl)")
            case let .readOnly(reason): return same("the data directory is open read-only: \(reason); run 'zgoda repair'")
            case let .damaged(what): return same("damaged data: \(what)")
            case let .writeFailed(what): return same("the change was not saved: \(what)")
            case let .notWritable(reason): return same("the data directory cannot be written: \(reason)")
            case let .confirmationNeeded(what): return same("\(what) (pass --yes, or answer on a terminal)")
            case let .io(what), let .locked(what), let .unsupported(what), let .invalidInput(what),
                 let .database(what), let .notPermitted(what):
                return same(what)
            }
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
}

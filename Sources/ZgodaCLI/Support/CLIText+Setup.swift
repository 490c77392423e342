import ZgodaCore

extension CLIText {
    /// `admin show|set`: the data controller and the grace period.
    enum Admin {
        static let days = PluralNoun(en: ("day", "days"), pl: ("dzień", "dni", "dni"))
        static let controllerName = Localized(en: "Name", pl: "Nazwa")
        static let address = Localized(en: "Address", pl: "Adres")
        static let email = Localized(en: "E-mail", pl: "E-mail")
        static let dpo = Localized(en: "DPO", pl: "IOD")
        static let grace = Localized(en: "Grace period", pl: "Okres karencji")
        static func graceValue(_ n: Int) -> Localized {
            Localized(en: "\(days.count(n, in: .en)) (people who never had a legal basis)",
                      pl: "\(days.count(n, in: .pl)) (osoby, które nigdy nie miały podstawy prawnej)")
        }
        static let incomplete = Localized(
            en: "the controller's name and address are not set: run 'zgoda admin set --name … --address …'",
            pl: "nazwa i adres administratora danych nie są ustawione: uruchom „zgoda admin set --name … --address …”")
        static let nothingToChange = Localized(en: "nothing to change: give at least one option, e.g. --name",
                                               pl: "nic do zmiany: podaj co najmniej jedną opcję, np. --name")
        static func graceSet(_ n: Int) -> Localized {
            Localized(en: "grace period set to \(n) days (saved)", pl: "okres karencji ustawiony na \(days.count(n, in: .pl)) (zapisano)")
        }
        static let saved = Localized(en: "data controller saved", pl: "zapisano administratora danych")
    }

    /// `purpose list|add|edit`. Legal bases, retentions and field names are shown as typed.
    enum Purpose {
        static let title = Localized(en: "Title", pl: "Tytuł")
        static let legalBasis = Localized(en: "Legal basis", pl: "Podstawa prawna")
        static let retention = Localized(en: "Retention", pl: "Okres przechowywania")
        static let consentsFrom = Localized(en: "Consents from", pl: "Zgody od")
        static let fields = Localized(en: "Fields", pl: "Pola")

        static func added(_ id: String) -> Localized { Localized(en: "added purpose \(id) v1", pl: "dodano cel \(id) w wersji 1") }
        static let nothingToChange = Localized(en: "nothing to change: give at least one option, e.g. --title",
                                               pl: "nic do zmiany: podaj co najmniej jedną opcję, np. --title")
        static let materialOrEditorial = Localized(en: "--material and --editorial exclude each other: choose one",
                                                   pl: "--material i --editorial wykluczają się: wybierz jedno")
        static let recipientsOrNone = Localized(en: "--recipient and --no-recipients exclude each other: choose one",
                                                pl: "--recipient i --no-recipients wykluczają się: wybierz jedno")
        static func switchQuestion(_ id: String, from old: String, to new: String) -> Localized {
            Localized(en: "Switch purpose \(id) from \(old) to \(new)? Decisions recorded on the old basis stop counting and people must be asked again.",
                      pl: "Zmienić podstawę prawną celu \(id) z \(old) na \(new)? Decyzje odnotowane na starej podstawie przestaną się liczyć i trzeba będzie ponownie zapytać ludzi.")
        }
        static let switchRefused = Localized(en: "the legal basis was not switched: nothing changed",
                                             pl: "podstawa prawna nie została zmieniona: nic się nie zmieniło")
        static func changedSameVersion(_ id: String, version: Int) -> Localized {
            Localized(en: "purpose \(id) changed (still v\(version))", pl: "zmieniono cel \(id) (nadal wersja \(version))")
        }
        static func material(_ id: String, version: Int) -> Localized {
            Localized(en: "purpose \(id) is now v\(version), a material change: earlier consents show as outdated and people must be asked again (saved)",
                      pl: "cel \(id) ma teraz wersję \(version), to zmiana istotna: wcześniejsze zgody są oznaczone jako nieaktualna treść i trzeba ponownie zapytać ludzi (zapisano)")
        }
        static func editorial(_ id: String, version: Int, consentsFrom: Int) -> Localized {
            Localized(en: "purpose \(id) is now v\(version), an editorial fix: consents from v\(consentsFrom) on stay valid (saved)",
                      pl: "cel \(id) ma teraz wersję \(version), to poprawka redakcyjna: zgody od wersji \(consentsFrom) pozostają ważne (zapisano)")
        }
        static func basisSwitched(from old: String, to new: String) -> Localized {
            Localized(en: "legal basis switched from \(old) to \(new) (recorded)", pl: "podstawa prawna zmieniona z \(old) na \(new) (odnotowano)")
        }
    }

    /// Typed confirmations (`Confirmation.ask`): the word to type is the language's own.
    enum Confirm {
        static let yes = Localized(en: "yes", pl: "tak")
        static func typeToConfirm(_ word: String) -> Localized {
            Localized(en: "Type \(word) to confirm: ", pl: "Wpisz \(word), by potwierdzić: ")
        }
    }
}

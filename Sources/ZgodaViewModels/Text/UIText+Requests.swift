import ZgodaCore

extension UIText {
    /// The data-subject requests screen, its type picker, and the access report pager.
    enum Requests {
        static let chooseType = Localized(en: "choose a type", pl: "wybierz rodzaj")
        static let pick = Localized(en: "pick", pl: "wybierz")
        static let cancel = Localized(en: "cancel", pl: "anuluj")
        static let openPersonHelp = Localized(en: "open the person", pl: "otwórz osobę")
        static let person = Localized(en: "person", pl: "osoba")
        static let newHelp = Localized(en: "new request for the contact selected in the list", pl: "nowy wniosek osoby wybranej na liście")
        static let new = Localized(en: "new", pl: "nowy")
        static let closeHelp = Localized(en: "close the request (with a note of what was done)", pl: "zamknij wniosek (z notatką, co zrobiono)")
        static let close = Localized(en: "close", pl: "zamknij")
        static let back = Localized(en: "back", pl: "wstecz")
        static let extendHelp = Localized(en: "extend the deadline by two months, once, with a reason (Art. 12(3))",
                                          pl: "przedłuż termin o dwa miesiące, raz, z podaniem przyczyny (art. 12 ust. 3)")

        static let columns = [Localized(en: "ID", pl: "ID"), Localized(en: "Person", pl: "Osoba"), Localized(en: "Type", pl: "Rodzaj"),
                              Localized(en: "Received", pl: "Wpłynął"), Localized(en: "Due", pl: "Termin"), Localized(en: "Status", pl: "Stan")]
        static let none = Localized(en: "No data-subject requests recorded.", pl: "Nie odnotowano wniosków osób.")
        static func newFor(_ who: String) -> Localized { Localized(en: "n: new request for \(who)", pl: "n: nowy wniosek dla: \(who)") }
        static let selectFirst = Localized(en: "n: select the person in the contact list first", pl: "n: najpierw wybierz osobę na liście kontaktów")
        static let overdue = Localized(en: "! overdue", pl: "! po terminie")
        static func closed(_ day: String) -> Localized { Localized(en: "closed \(day)", pl: "zamknięty \(day)") }
        static let open = Localized(en: "open", pl: "otwarty")
        static func anonymised(_ id: ContactID) -> Localized { Localized(en: "(anonymised) \(id)", pl: "(zanonimizowany) \(id)") }
        static let pickerTitle = Localized(en: "New request: type?", pl: "Nowy wniosek: rodzaj?")
        static func receivedToday(_ who: String) -> Localized { Localized(en: "For \(who), received today.", pl: "Dla: \(who), wpłynął dzisiaj.") }
        static let pickerKeys = Localized(en: "Enter pick  Esc cancel", pl: "Enter wybierz  Esc anuluj")

        /// A request type as the requests table's narrow column and its picker name it (the
        /// core's `CoreText.Labels.requestType` says it in full, "ograniczenie przetwarzania",
        /// for sentences); the CLI and JSON keep `rawValue`.
        static func type(_ t: RequestType) -> Localized {
            switch t {
            case .access: return Localized(en: "access", pl: "dostęp")
            case .erasure: return Localized(en: "erasure", pl: "usunięcie")
            case .rectification: return Localized(en: "rectification", pl: "sprostowanie")
            case .objection: return Localized(en: "objection", pl: "sprzeciw")
            case .portability: return Localized(en: "portability", pl: "przeniesienie")
            case .restriction: return Localized(en: "restriction", pl: "ograniczenie")
            }
        }

        // The access report pager.
        static let scroll = Localized(en: "scroll", pl: "przewiń")
        static let page = Localized(en: "page", pl: "strona")
        static let startEnd = Localized(en: "start/end", pl: "początek/koniec")
        static func lines(from: Int, to: Int, of: Int) -> Localized {
            Localized(en: " · lines \(from)–\(to) of \(of)", pl: " · wiersze \(from)–\(to) z \(of)")
        }
    }
}

import ZgodaCore

extension UIText {
    /// A contact's history and the audit log of everything.
    enum History {
        /// The column header's count. English screens have always said "records" for any count.
        static func records(_ n: Int) -> Localized {
            Localized(en: "\(n) records", pl: entries.count(n, in: .pl))
        }
        static let entries = PluralNoun(en: ("entry", "entries"), pl: ("wpis", "wpisy", "wpisów"))
        static func found(_ n: Int) -> Localized { Localized(en: "\(n) found", pl: "znaleziono: \(n)") }
        /// While a search reads the history; Esc stops it.
        static func searching(_ percent: Int) -> Localized {
            Localized(en: "searching… \(percent)% (Esc stops)", pl: "szukam… \(percent)% (Esc przerywa)")
        }
        static func keptSearch(_ filter: String) -> Localized {
            Localized(en: "search: \(filter)  (/ change, Esc clear)", pl: "szukaj: \(filter)  (/ zmień, Esc wyczyść)")
        }
        static let nothingYet = Localized(en: "Nothing recorded yet.", pl: "Nic jeszcze nie zapisano.")
        static let noMatch = Localized(en: "No entry holds that.", pl: "Żaden wpis tego nie zawiera.")
        static let entry = Localized(en: "Entry", pl: "Wpis")
        static let escClose = Localized(en: "Esc close", pl: "Esc zamknij")

        // Keys.
        static let letters = Localized(en: "letters", pl: "litery")
        static let searchWords = Localized(en: "search: entries holding every word", pl: "szukaj: wpisy zawierające każde słowo")
        static let keepSearch = Localized(en: "keep the search", pl: "zachowaj wyszukiwanie")
        static let keep = Localized(en: "keep", pl: "zachowaj")
        static let clearSearch = Localized(en: "clear the search", pl: "wyczyść wyszukiwanie")
        static let clear = Localized(en: "clear", pl: "wyczyść")
        static let close = Localized(en: "close", pl: "zamknij")
        static let scroll = Localized(en: "scroll", pl: "przewiń")
        static let page = Localized(en: "page", pl: "strona")
        static let ends = Localized(en: "oldest/newest", pl: "najstarszy/najnowszy")
        /// Short in Polish, so `Enter czytaj` still fits the footer at 80 columns.
        static let endsFooter = Localized(en: "oldest/newest", pl: "góra/dół")
        static let search = Localized(en: "search (Enter keeps, Esc clears)", pl: "szukaj (Enter zachowuje, Esc czyści)")
        static let searchFooter = Localized(en: "search", pl: "szukaj")
        static let read = Localized(en: "read the entry in full", pl: "czytaj cały wpis")
        static let readFooter = Localized(en: "read", pl: "czytaj")
        static let clearOrBack = Localized(en: "clear the search, or back", pl: "wyczyść wyszukiwanie albo wstecz")
        static let back = Localized(en: "back", pl: "wstecz")
    }
}

import ZgodaCore

extension CLIText {
    /// `retention` and `retention --apply`. Field names and reasons are shown as ZgodaCore gives them.
    enum Retention {
        static let retentionEnded = Localized(en: "Retention ended", pl: "Koniec przechowywania")
        static let heldBy = Localized(en: "Held by", pl: "Wstrzymuje")
        static let reason = Localized(en: "Reason", pl: "Powód")
        static let olderWording = Localized(en: "Consents to an older wording", pl: "Zgody na starszą treść")
        static let unneededFields = Localized(en: "Fields no active purpose needs", pl: "Pola, których nie potrzebuje żaden aktywny cel")

        static func due(_ n: Int) -> Localized {
            Localized(en: "Past retention with no legal basis: \(n)", pl: "Po okresie przechowywania, bez podstawy prawnej: \(n)")
        }
        static let applyHint = Localized(en: "Run 'zgoda retention --apply' to anonymise them.",
                                         pl: "Uruchom „zgoda retention --apply”, by ich zanonimizować.")
        static func renewal(_ n: Int) -> Localized {
            Localized(en: "Awaiting fresh consent (never erased for this alone): \(n)",
                      pl: "Czekają na ponowną zgodę (nigdy nie są usuwani tylko z tego powodu): \(n)")
        }
        static func minimisation(_ n: Int) -> Localized {
            Localized(en: "Holding fields no active purpose needs: \(n)",
                      pl: "Z polami, których nie potrzebuje żaden aktywny cel: \(n)")
        }

        static func stopped(_ n: Int) -> Localized {
            Localized(en: "stopped: \(Common.contacts.count(n, in: .en)) past retention were anonymised and saved; run it again for the rest",
                      pl: "przerwano: zanonimizowano i zapisano \(Common.contacts.count(n, in: .pl)) po okresie przechowywania; uruchom ponownie dla pozostałych")
        }
        static func kept(_ id: ContactID, request: String) -> Localized {
            Localized(en: "kept \(id): open request \(request) must be answered first",
                      pl: "zachowano \(id): najpierw trzeba odpowiedzieć na otwarty wniosek \(request)")
        }

        /// One anonymised person, with the requests it fulfilled and the record numbers of
        /// copies made before (record numbers only: destinations may name the person).
        static func anonymised(_ id: ContactID, fulfilled: [String], copies: [String]) -> Localized {
            var en = "anonymised \(id)", pl = "zanonimizowano \(id)"
            if !fulfilled.isEmpty {
                en += "; fulfilled and closed request " + fulfilled.joined(separator: ", ")
                pl += "; spełniono i zamknięto wniosek " + fulfilled.joined(separator: ", ")
            }
            if !copies.isEmpty {
                en += "; copies made before: records " + copies.joined(separator: ", ")
                pl += "; kopie sporządzone wcześniej: zapisy " + copies.joined(separator: ", ")
            }
            return Localized(en: en, pl: pl)
        }

        static func done(_ n: Int) -> Localized {
            Localized(en: "anonymised \(Common.contacts.count(n, in: .en)) past retention (saved)",
                      pl: "zanonimizowano \(Common.contacts.count(n, in: .pl)) po okresie przechowywania (zapisano)")
        }
    }
}

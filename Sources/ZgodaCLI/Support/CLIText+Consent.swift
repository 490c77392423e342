import ZgodaCore

extension CLIText {
    /// `consent grant|refuse|withdraw|object|list`.
    enum Consent {
        /// The line confirming a recorded decision; each decision is its own Polish sentence.
        static func saved(_ decision: Decision, purpose: String, version: Int, contact: String) -> Localized {
            let en = "\(decision.rawValue) \(purpose) v\(version) for \(contact) (saved)"
            switch decision {
            case .granted:
                return Localized(en: en, pl: "udzielona zgoda na \(purpose) w wersji \(version) dla \(contact) (zapisano)")
            case .refused:
                return Localized(en: en, pl: "odmowa zgody na \(purpose) w wersji \(version) dla \(contact) (zapisano)")
            case .withdrawn:
                return Localized(en: en, pl: "wycofana zgoda na \(purpose) w wersji \(version) dla \(contact) (zapisano)")
            case .objected:
                return Localized(en: en, pl: "sprzeciw wobec \(purpose) w wersji \(version) dla \(contact) (zapisano)")
            }
        }

        static func basisLost(_ contact: String) -> Localized {
            Localized(en: "hint: no legal basis remains for \(contact); anonymise with 'zgoda anonymize \(contact)', or see 'zgoda retention' for how long the data may be kept",
                      pl: "wskazówka: dla \(contact) nie pozostała żadna podstawa prawna; zanonimizuj poleceniem „zgoda anonymize \(contact)” albo sprawdź w „zgoda retention”, jak długo dane mogą być przechowywane")
        }
    }

    /// `history`: its column headers (the summaries are ZgodaCore's `HistoryText`).
    enum History {
        static let seq = Localized(en: "Seq", pl: "Nr")
        static let `operator` = Localized(en: "Operator", pl: "Operator")
        static let kind = Localized(en: "Kind", pl: "Rodzaj")
        static let summary = Localized(en: "Summary", pl: "Opis")
    }
}

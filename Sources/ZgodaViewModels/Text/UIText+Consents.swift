import ZgodaCore

extension UIText {
    /// Words about consents that the contact's pane, the consent editor and the customer's
    /// form share: a status, a legal basis, a retention period, how a basis ended.
    enum Consents {
        /// A status in words: the core's labels, which the command line's tables use too.
        static func status(_ s: ConsentStatus) -> Localized { CoreText.Labels.status(s) }

        /// The widest status word in the current language, in columns: a status column is
        /// at least this wide, so "nieaktualna treść" is never cut.
        static var widestStatus: Int {
            ConsentStatus.allCases.map { DisplayWidth.of(status($0).text) }.max() ?? 0
        }

        static func basis(_ b: LegalBasis) -> Localized {
            switch b {
            case .consent: return Localized(en: b.rawValue, pl: "zgoda")
            case .contract: return Localized(en: b.rawValue, pl: "umowa")
            case .legitimateInterest: return Localized(en: b.rawValue, pl: "prawnie uzasadniony interes")
            case .legalObligation: return Localized(en: b.rawValue, pl: "obowiązek prawny")
            }
        }

        static let years = PluralNoun(en: ("year", "years"), pl: ("rok", "lata", "lat"))
        static let months = PluralNoun(en: ("month", "months"), pl: ("miesiąc", "miesiące", "miesięcy"))
        static let days = PluralNoun(en: ("day", "days"), pl: ("dzień", "dni", "dni"))

        /// A retention period: `2y` as English screens always wrote it, "2 lata" in Polish.
        static func retention(_ r: Retention) -> Localized {
            let pl = r.months % 12 == 0 && r.months > 0 ? years.count(r.months / 12, in: .pl) : months.count(r.months, in: .pl)
            return Localized(en: r.description, pl: pl)
        }

        /// How the last legal basis ended (`RetentionStatus.endedBy`); a way not known here
        /// shows as the core names it.
        static func ended(_ how: String) -> Localized {
            switch how {
            case "withdrawn": return Localized(en: how, pl: "wycofana")
            case "refused": return Localized(en: how, pl: "odmowa")
            case "objected": return Localized(en: how, pl: "sprzeciw")
            case "expired": return Localized(en: how, pl: "wygasła")
            case "superseded": return Localized(en: how, pl: "nieaktualna treść")
            default: return Localized(en: how, pl: how)
            }
        }
    }
}

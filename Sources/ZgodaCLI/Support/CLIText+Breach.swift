import Foundation
import ZgodaCore

extension CLIText {
    /// `breach add|list|close`.
    enum Breach {
        static let breaches = PluralNoun(en: ("breach", "breaches"), pl: ("naruszenie", "naruszenia", "naruszeń"))
        /// "open" agreeing with a neuter noun (naruszenie): 1 otwarte, 2 otwarte, 5 otwartych.
        static let open = PluralNoun(en: ("open", "open"), pl: ("otwarte", "otwarte", "otwartych"))

        static let noticed = Localized(en: "Noticed", pl: "Stwierdzono")
        static let notifyBy = Localized(en: "Notify by", pl: "Zgłosić do")
        static let people = Localized(en: "People", pl: "Osoby")
        static let notified = Localized(en: "Notified", pl: "Zgłoszono")
        static let what = Localized(en: "What", pl: "Co się stało")

        /// The status column, from ZgodaCore's `open`, `overdue` and `closed`.
        static func status(_ s: String) -> Localized {
            switch s {
            case "open": return Localized(en: s, pl: "otwarte")
            case "overdue": return Localized(en: s, pl: "po terminie")
            case "closed": return Localized(en: s, pl: "zamknięte")
            default: return Localized(en: s, pl: s)
            }
        }

        static func summary(count: Int, open: Int) -> Localized {
            Localized(en: "\(breaches.count(count, in: .en)); \(open) open",
                      pl: "\(breaches.count(count, in: .pl)); \(Self.open.count(open, in: .pl))")
        }

        static func recorded(_ id: String, deadline: Date) -> Localized {
            Localized(en: "breach \(id) recorded (saved); notify Prezes UODO by \(ISOTime.string(deadline)) unless it is unlikely to be a risk (Art. 33(1))",
                      pl: "naruszenie \(id) odnotowane (zapisano); zgłoś je Prezesowi UODO do \(LocalDates.time(deadline, in: .pl)), chyba że ryzyko jest mało prawdopodobne (art. 33 ust. 1)")
        }
        static let late = Localized(
            en: "the notification came after the 72 hours: Art. 33(1) asks for the reasons for the delay; record them in --note",
            pl: "zgłoszenie nastąpiło po 72 godzinach: art. 33 ust. 1 wymaga podania przyczyn opóźnienia; zapisz je w --note")
        static func closed(_ id: String) -> Localized {
            Localized(en: "closed breach \(id) (saved)", pl: "zamknięto naruszenie \(id) (zapisano)")
        }
    }
}

import Foundation
import ZgodaCore

extension UIText {
    /// The breach register (Art. 33), its form to enter or close a breach, and the record of
    /// processing opened beside it.
    enum Breaches {
        static let columns = [Localized(en: "ID", pl: "ID"), Localized(en: "Noticed", pl: "Stwierdzono"), Localized(en: "People", pl: "Osoby"),
                              Localized(en: "Status", pl: "Stan"), Localized(en: "Notify by", pl: "Zgłosić do"),
                              Localized(en: "Time left", pl: "Pozostało"), Localized(en: "What", pl: "Co się stało")]
        static let none = Localized(en: "No breaches recorded. a: enter one.", pl: "Nie odnotowano naruszeń. a: wpisz naruszenie.")

        /// The status column, from the core's `open`, `overdue` and `closed`.
        static func status(_ s: String) -> Localized {
            switch s {
            case "open": return Localized(en: "open", pl: "otwarte")
            case "overdue": return Localized(en: "! overdue", pl: "! po terminie")
            case "closed": return Localized(en: "closed", pl: "zamknięte")
            default: return Localized(en: s, pl: s)
            }
        }

        /// "41h 59m left" while the 72 hours run.
        static func left(hours: Int, minutes: Int) -> Localized {
            Localized(en: "\(hours)h \(minutes)m left", pl: "\(hours) godz. \(minutes) min")
        }
        /// The deadline passed with the breach still open.
        static func passed(hours: Int) -> Localized {
            Localized(en: "passed \(hours)h ago", pl: "minął \(hours) godz. temu")
        }
        static let notified = Localized(en: "notified", pl: "zgłoszono")
        static let notNotified = Localized(en: "not notified", pl: "bez zgłoszenia")

        static func detail(_ description: String, measures: String) -> Localized {
            measures.isEmpty ? Localized(en: description, pl: description)
                : Localized(en: "\(description) · measures: \(measures)", pl: "\(description) · działania: \(measures)")
        }
        static func noticedAt(_ time: String) -> Localized { Localized(en: "noticed \(time)", pl: "stwierdzono \(time)") }
        static func notifiedAt(_ time: String) -> Localized { Localized(en: "notified \(time)", pl: "zgłoszono \(time)") }
        static func resolution(_ text: String) -> Localized { Localized(en: "note: \(text)", pl: "notatka: \(text)") }

        // The form.
        static let addTitle = Localized(en: "New breach (noticed now)", pl: "Nowe naruszenie (stwierdzone teraz)")
        static func closeTitle(_ id: String) -> Localized { Localized(en: "Close breach \(id)", pl: "Zamknij naruszenie \(id)") }
        static let whatLabel = Localized(en: "What", pl: "Co")
        static let peopleLabel = Localized(en: "People", pl: "Osoby")
        static let measuresLabel = Localized(en: "Measures", pl: "Działania")
        static let notifiedLabel = Localized(en: "Notified", pl: "Zgłoszono")
        static let resolutionLabel = Localized(en: "Note", pl: "Notatka")
        static let yesNow = Localized(en: "[x] yes, Prezes UODO was notified now", pl: "[x] tak, zgłoszono teraz Prezesowi UODO")
        static let no = Localized(en: "[ ] no notification (say why in the note)", pl: "[ ] bez zgłoszenia (podaj przyczynę w notatce)")
        static let addHint = Localized(en: "Describe it without personal data; 72 hours run from now.",
                                       pl: "Opisz je bez danych osobowych; 72 godziny biegną od teraz.")
        static let closeHint = Localized(en: "Space answers yes/no; the note says what was decided.",
                                         pl: "Spacja: tak/nie; notatka mówi, co postanowiono.")
        static let formKeys = Localized(en: "Tab next  Enter/Ctrl-S save  Esc cancel", pl: "Tab dalej  Enter/Ctrl-S zapisz  Esc anuluj")
        static func notANumber(_ typed: String) -> Localized {
            Localized(en: "people: '\(typed)' is not a whole number", pl: "osoby: „\(typed)” to nie jest liczba całkowita")
        }

        // Keys.
        static let addHelp = Localized(en: "enter a breach noticed now", pl: "wpisz naruszenie stwierdzone teraz")
        static let add = Localized(en: "add", pl: "dodaj")
        static let closeHelp = Localized(en: "close the breach: notified or not, and why", pl: "zamknij: zgłoszone czy nie i dlaczego")
        static let close = Localized(en: "close", pl: "zamknij")
        static let back = Localized(en: "back", pl: "wstecz")
        static let nextPrevious = Localized(en: "next / previous field", pl: "następne / poprzednie pole")
        static let next = Localized(en: "next", pl: "dalej")
        static let answerYesNo = Localized(en: "answer yes/no (was Prezes UODO notified now?)", pl: "odpowiedz tak/nie (czy zgłoszono teraz Prezesowi UODO?)")
        static let answer = Localized(en: "yes/no", pl: "tak/nie")
        static let enterHelp = Localized(en: "next field; on the last one, save", pl: "następne pole; na ostatnim zapis")
        static let saveHelp = Localized(en: "save", pl: "zapisz")
        static let save = Localized(en: "save", pl: "zapisz")
        static let cancel = Localized(en: "cancel", pl: "anuluj")

        // The status line.
        static func recorded(_ id: String, deadline: Date) -> Localized {
            // ShownDate writes the time the way the screen's language does.
            Localized(en: "saved: breach \(id) recorded; notify Prezes UODO by \(ShownDate.minute(deadline)) UTC unless it is unlikely to be a risk",
                      pl: "zapisano: naruszenie \(id) odnotowane; zgłoś je Prezesowi UODO do \(ShownDate.minute(deadline)) UTC, chyba że ryzyko jest mało prawdopodobne")
        }
        static func closed(_ id: String) -> Localized { Localized(en: "saved: closed breach \(id)", pl: "zapisano: zamknięto naruszenie \(id)") }
        static func closedLate(_ id: String) -> Localized {
            Localized(en: "saved: closed breach \(id); the notification came after the 72 hours, so the note must give the reasons (Art. 33(1))",
                      pl: "zapisano: zamknięto naruszenie \(id); zgłoszenie nastąpiło po 72 godzinach, więc notatka musi podać przyczyny (art. 33 ust. 1)")
        }
        static func alreadyClosed(_ id: String) -> Localized {
            Localized(en: "breach \(id) is already closed", pl: "naruszenie \(id) jest już zamknięte")
        }
        /// The pager's title line over the record of processing.
        static let registerHeading = Localized(en: "Record of processing activities (Art. 30)", pl: "Rejestr czynności przetwarzania (art. 30)")
    }
}

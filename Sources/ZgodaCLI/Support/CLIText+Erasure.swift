import Foundation
import ZgodaCore

extension CLIText {
    /// `anonymize`: the confirmation prompt, the outcome and the copies made before.
    enum Erasure {
        static func anonymised(_ id: ContactID) -> Localized {
            Localized(en: "anonymised \(id) (saved); their e-mail and phone are on the suppression list",
                      pl: "zanonimizowano \(id) (zapisano); e-mail i telefon tej osoby są na liście wykluczeń")
        }
        static func fulfilled(_ request: String) -> Localized {
            Localized(en: "erasure request \(request) fulfilled and closed",
                      pl: "wniosek o usunięcie danych \(request) spełniony i zamknięty")
        }
        static func keyPending(_ problem: String) -> Localized {
            Localized(en: "not yet destroyed: \(problem); it is destroyed the next time Zgoda opens this data directory",
                      pl: "jeszcze nie zniszczono: \(problem); zostanie zniszczony, gdy Zgoda następnym razem otworzy ten katalog danych")
        }
        static let copiesHeading = Localized(
            en: "Copies of the person's data made before the erasure; delete them, or tell whoever received them:",
            pl: "Kopie danych tej osoby sporządzone przed usunięciem; usuń je albo powiadom tych, którzy je otrzymali:")

        /// One copy: `#12 2026-01-15T10:00:00Z export as csv (3 people) to /tmp/x.csv`.
        static func copy(seq: String, at: String, kind: String, format: String, people: Int?, destination: String?) -> Localized {
            let count = people.map { " (\(Common.people.count($0, in: .en)))" } ?? ""
            let countPL = people.map { " (\(Common.people.count($0, in: .pl)))" } ?? ""
            return Localized(en: "#\(seq) \(at) \(kind) as \(format)\(count)" + (destination.map { " to \($0)" } ?? " to standard output"),
                             pl: "#\(seq) \(at) \(copyKind(kind)) w formacie \(format)\(countPL)" + (destination.map { " do \($0)" } ?? " na standardowe wyjście"))
        }

        /// The journal's kind of a copy ("export", "report", "form") in Polish words.
        private static func copyKind(_ kind: String) -> String {
            switch kind {
            case "export": return "eksport"
            case "report": return "raport dostępu"
            case "form": return "formularz zgody"
            default: return kind
            }
        }

        static func prompt(name: String, id: ContactID) -> Localized {
            Localized(en: """
                Anonymise \(name) (\(id))? Every personal value is erased for good; \
                consents and history stay, with the values shown as erased.
                Type the id to confirm: 
                """,
                      pl: """
                Zanonimizować \(name) (\(id))? Wszystkie dane osobowe zostaną usunięte na zawsze; \
                zgody i historia zostają, a wartości są w nich pokazane jako usunięte.
                Wpisz id, by potwierdzić: 
                """)
        }
        static let needsYes = Localized(en: "anonymising cannot be undone: pass --yes to confirm (there is no terminal to ask on)",
                                        pl: "anonimizacji nie można cofnąć: potwierdź opcją --yes (nie ma terminala, by zapytać)")
        static let notConfirmed = Localized(en: "not confirmed: nothing changed", pl: "nie potwierdzono: nic się nie zmieniło")
    }

    /// `report` and `form`: where the document was written.
    enum Documents {
        /// A file that could not be written, with the system's reason (`strerror`, read at once).
        static func cannotWrite(_ path: String) -> Localized {
            let reason = String(cString: strerror(errno))
            return Localized(en: "cannot write \(path): \(reason)", pl: "nie można zapisać \(path): \(reason)")
        }
        static func wroteReport(_ contact: ContactID, path: String) -> Localized {
            Localized(en: "wrote the access report for \(contact) to \(path) (recorded)",
                      pl: "zapisano raport dostępu dla \(contact) w pliku \(path) (odnotowano)")
        }
        static func wroteForm(_ contact: ContactID, path: String) -> Localized {
            Localized(en: "wrote the consent form for \(contact) to \(path) (recorded)",
                      pl: "zapisano formularz zgody dla \(contact) w pliku \(path) (odnotowano)")
        }
    }
}

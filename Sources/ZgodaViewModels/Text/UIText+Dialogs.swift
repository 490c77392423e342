import ZgodaCore

extension UIText {
    /// The modal questions: anonymisation, leaving the customer form, consent links, closing a
    /// request, changes made elsewhere.
    enum Dialogs {
        /// The word typed to confirm an anonymisation; either language's word is accepted in both.
        static let anonymiseWord = Localized(en: "ANONYMISE", pl: "ANONIMIZUJ")

        static func anonymiseTitle(_ id: ContactID) -> Localized { Localized(en: "Anonymise \(id)?", pl: "Anonimizować \(id)?") }
        static func anonymiseMessage(name: String, id: ContactID) -> Localized {
            Localized(en: """
                This erases every personal value of \(name) for good:
                name, e-mail, phone, notes, evidence. The history keeps that
                changes happened. It cannot be undone.
                Type the id \(id) or ANONYMISE and press Enter.
                """, pl: """
                To usuwa na zawsze wszystkie dane osobowe: \(name) —
                imię i nazwisko, e-mail, telefon, notatki, dowody. Historia
                zachowa tylko to, że zmiany były. Tego nie można cofnąć.
                Wpisz identyfikator \(id) albo ANONIMIZUJ i naciśnij Enter.
                """)
        }
        static let leaveCustomerTitle = Localized(en: "Leave the customer form?", pl: "Zamknąć formularz klienta?")
        static let leaveCustomerMessage = Localized(en: """
            Staff only: type your operator name and press Enter
            to return to the contact list.
            """, pl: """
            Tylko dla personelu: wpisz swoją nazwę operatora i naciśnij
            Enter, by wrócić do listy kontaktów.
            """)
        static let noBasisTitle = Localized(en: "No legal basis remains", pl: "Nie ma już podstawy prawnej")
        static func noBasisMessage(name: String, id: ContactID) -> Localized {
            Localized(en: """
                No legal basis remains for \(name). Anonymise now? (type ANONYMISE)
                This erases every personal value for good: name, e-mail, phone,
                notes, evidence. The history keeps that changes happened.
                Type the id \(id) or ANONYMISE and press Enter; Esc keeps the data.
                """, pl: """
                Dla: \(name) nie ma już podstawy prawnej. Anonimizować teraz? (wpisz ANONIMIZUJ)
                To usuwa na zawsze wszystkie dane osobowe: imię i nazwisko, e-mail,
                telefon, notatki, dowody. Historia zachowa tylko to, że zmiany były.
                Wpisz identyfikator \(id) albo ANONIMIZUJ i naciśnij Enter; Esc zachowuje dane.
                """)
        }
        static func linkTitle(_ link: String, name: String) -> Localized {
            Localized(en: "Consent link \(link) for \(name)", pl: "Link do zgód \(link) dla: \(name)")
        }
        static let linkSend = Localized(en: "Send this link to the customer; it opens their consent page (zgoda serve):",
                                        pl: "Wyślij ten link klientowi; otwiera jego stronę zgód (zgoda serve):")
        static func linkValid(until: String, purposes: String) -> Localized {
            Localized(en: "Valid until \(until) for \(purposes).", pl: "Ważny do \(until) dla celów: \(purposes).")
        }
        static func linkCopyNow(_ link: String) -> Localized {
            Localized(en: "Copy it now: it is not shown again ('zgoda link revoke \(link)' revokes it).",
                      pl: "Skopiuj go teraz: nie będzie pokazany ponownie ('zgoda link revoke \(link)' go unieważnia).")
        }
        static func closeRequestTitle(type: String, id: String) -> Localized {
            Localized(en: "Close \(type) request \(id)?", pl: "Zamknąć wniosek \(id) (\(type))?")
        }
        static func requestOf(id: String, name: String, due: String) -> Localized {
            Localized(en: "Request \(id) of \(name), due \(due).", pl: "Wniosek \(id): \(name), termin \(due).")
        }
        static func extendRequestTitle(type: String, id: String) -> Localized {
            Localized(en: "Extend \(type) request \(id)?", pl: "Przedłużyć wniosek \(id) (\(type))?")
        }
        static let whyMoreTime = Localized(en: "Why does it need two more months? The person is told this reason.",
                                           pl: "Dlaczego potrzeba dwóch miesięcy więcej? Osoba dowie się tej przyczyny.")
        static let closedToday = Localized(en: "It is closed today.", pl: "Zostanie zamknięty dzisiaj.")
        static let whatHandedOver = Localized(en: "What was handed over, and how?", pl: "Co zostało przekazane i w jaki sposób?")
        static let whatDone = Localized(en: "What was done? (optional)", pl: "Co zostało zrobione? (opcjonalnie)")
        static let changedElsewhere = Localized(en: "Changed elsewhere", pl: "Zmienione gdzie indziej")
        static let noticeTitle = Localized(en: "Told where the data came from (Art. 14)", pl: "Poinformowano o źródle danych (art. 14)")
        static func noticeAsk(name: String, due: String) -> Localized {
            Localized(en: "The data of \(name) came from someone else; they must be told by \(due). How were they told?",
                      pl: "Dane osoby \(name) pochodzą od kogoś innego; trzeba ją poinformować do \(due). Jak ją poinformowano?")
        }
        static func someoneChanged(_ name: String) -> Localized {
            Localized(en: "Since you opened the form, someone else changed \(name):",
                      pl: "Odkąd otwarto formularz, ktoś inny zmienił: \(name):")
        }
        static func theirsYours(field: String, theirs: String, mine: String) -> Localized {
            Localized(en: "\(field): theirs '\(theirs)', yours '\(mine)'", pl: "\(field): ich „\(theirs)”, twoje „\(mine)”")
        }
        static func someoneRecorded(_ name: String) -> Localized {
            Localized(en: "Since you started this decision, someone else recorded for \(name):",
                      pl: "Odkąd zaczęto tę decyzję, ktoś inny zapisał dla: \(name):")
        }
        static func decidedBy(decision: String, operator name: String, at: String) -> Localized {
            Localized(en: "\(decision) by \(name) at \(at)", pl: "\(decision), \(name), \(at)")
        }
        static let nothing = Localized(en: "nothing", pl: "nic")
        static func yours(_ decision: String) -> Localized { Localized(en: "Yours: \(decision)", pl: "Twoja: \(decision)") }
        static let keepTheirs = Localized(en: "keep theirs", pl: "zostaw ich")
        static let overwrite = Localized(en: "overwrite", pl: "nadpisz")
        static let recordYours = Localized(en: "record yours", pl: "zapisz swoją")
        static let review = Localized(en: "review", pl: "przejrzyj")
        static let discardTitle = Localized(en: "Discard changes?", pl: "Porzucić zmiany?")
        static let discardMessage = Localized(en: "What you typed in this form will be lost.", pl: "To, co wpisano w formularzu, przepadnie.")

        static let footerClose = Localized(en: "Enter/Esc close", pl: "Enter/Esc zamknij")
        static let footerBack = Localized(en: "Esc back", pl: "Esc wstecz")
        static let footerNote = Localized(en: "Enter close   Esc cancel", pl: "Enter zamknij   Esc anuluj")
        static let footerExtend = Localized(en: "Enter extend   Esc cancel", pl: "Enter przedłuż   Esc anuluj")
        static let footerYesNo = Localized(en: "y yes   n/Esc no", pl: "t/y tak   n/Esc nie")
        static let footerConfirm = Localized(en: "Enter confirm   Esc cancel", pl: "Enter potwierdź   Esc anuluj")
        static let mismatchHidden = Localized(en: "That does not match; Esc to cancel.", pl: "To się nie zgadza; Esc anuluje.")
        static func mismatch(_ answers: [String]) -> Localized {
            Localized(en: "That does not match; type \(answers.joined(separator: " or ")), or Esc to cancel.",
                      pl: "To się nie zgadza; wpisz \(answers.joined(separator: " albo ")) albo naciśnij Esc.")
        }

        /// A decision as a status line or a dialog names it: "granted" / "udzielona".
        static func decision(_ d: Decision) -> Localized { CoreText.Labels.decision(d) }
    }
}

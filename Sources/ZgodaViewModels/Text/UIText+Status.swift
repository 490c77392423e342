import ZgodaCore

extension UIText {
    /// The status line: what was saved, what was not and why, what to do next.
    enum Status {
        /// "saved: …" / "zapisano: …" — what follows is a whole clause of its own.
        static func saved(_ what: String) -> Localized { Localized(en: "saved: \(what)", pl: "zapisano: \(what)") }
        static func notSaved(_ why: String) -> Localized { Localized(en: "not saved: \(why)", pl: "nie zapisano: \(why)") }
        static func notImported(_ why: String) -> Localized { Localized(en: "not imported: \(why)", pl: "nie zaimportowano: \(why)") }
        static func notAnonymised(_ why: String) -> Localized { Localized(en: "not anonymised: \(why)", pl: "nie zanonimizowano: \(why)") }

        /// After an import: the people from a third party to be told where their data came from.
        static func toTell(_ n: Int, by day: String) -> Localized {
            Localized(en: "; tell \(UIText.App.people.count(n, in: .en)) where their data came from by \(day) (zgoda notice list)",
                      pl: "; do \(day) poinformuj o źródle danych: \(UIText.App.people.count(n, in: .pl)) (zgoda notice list)")
        }
        static func told(_ how: String) -> Localized {
            Localized(en: "the person was told where their data came from \(how)", pl: "osobę poinformowano o źródle danych \(how)")
        }
        static func readRefused(_ why: String) -> Localized {
            Localized(en: "not shown: the read could not be recorded: \(why)", pl: "nie pokazano: nie udało się odnotować wglądu: \(why)")
        }
        static let nothingChanged = Localized(en: "nothing changed", pl: "nic się nie zmieniło")
        static func savedFields(_ fields: String) -> Localized { Localized(en: "saved: \(fields)", pl: "zapisano: \(fields)") }
        static func keptTheirs(_ fields: String) -> Localized { Localized(en: " (kept theirs: \(fields))", pl: " (zostawiono ich: \(fields))") }
        static func keptTheirsFor(_ purpose: String) -> Localized {
            Localized(en: "not saved: kept theirs for \(purpose)", pl: "nie zapisano: zostawiono ich decyzję dla \(purpose)")
        }
        static func purposeChangedElsewhere(_ purpose: String) -> Localized {
            Localized(en: "not saved: \(purpose) was changed elsewhere; it shows the new decision",
                      pl: "nie zapisano: \(purpose) zmieniono gdzie indziej; widać nową decyzję")
        }
        static func review(_ fields: String) -> Localized {
            Localized(en: "review: \(fields) changed elsewhere; Ctrl-S saves yours over theirs",
                      pl: "przejrzyj: \(fields) zmienione gdzie indziej; Ctrl-S zapisuje twoje zamiast ich")
        }

        static let emptyStart = Localized(en: "Empty start: press a to add a contact, ? for help.",
                                          pl: "Pusty start: naciśnij a, by dodać kontakt, ? — pomoc.")
        static func demoContacts(_ n: Int) -> Localized {
            Localized(en: "saved: \(n) demo contacts", pl: "zapisano: \(UIText.App.contacts.count(n, in: .pl)) demonstracyjnych")
        }
        static func controllerSaved(_ name: String) -> Localized {
            Localized(en: "saved: data controller \(name)", pl: "zapisano: administrator danych \(name)")
        }
        static func contactAdded(name: String, id: ContactID) -> Localized {
            Localized(en: "saved: added \(name) (\(id))", pl: "zapisano: dodano \(name) (\(id))")
        }
        /// "saved: granted email-marketing via phone with evidence, expires 2027-01-01".
        static func consentSaved(decision: Decision, purpose: String, source: String, evidence: Bool, expires: Day?) -> Localized {
            let d = UIText.Dialogs.decision(decision)
            let en = "saved: \(d.en) \(purpose) via \(source)" + (evidence ? " with evidence" : "") + (expires.map { ", expires \($0)" } ?? "")
            let pl = "zapisano: \(purpose) — \(d.pl), źródło: \(source)" + (evidence ? ", z dowodem" : "")
                + (expires.map { ", wygasa \(LocalDates.short($0, in: .pl))" } ?? "")
            return Localized(en: en, pl: pl)
        }
        static let decisions = PluralNoun(en: ("decision", "decisions"), pl: ("decyzja", "decyzje", "decyzji"))
        static func decisionsSaved(_ n: Int) -> Localized {
            Localized(en: "saved: \(decisions.count(n, in: .en))", pl: "zapisano: \(decisions.count(n, in: .pl))")
        }
        static let customerNotSaved = Localized(en: "Your choices could not be saved. Please ask a member of staff.",
                                                pl: "Nie udało się zapisać Twoich wyborów. Poproś o pomoc pracownika.")
        static func anonymisedCannotEdit(_ id: ContactID) -> Localized {
            Localized(en: "contact \(id) has been anonymised and cannot be edited", pl: "kontakt \(id) zanonimizowano i nie można go edytować")
        }
        static func anonymised(_ id: ContactID) -> Localized {
            Localized(en: "contact \(id) has been anonymised", pl: "kontakt \(id) zanonimizowano")
        }
        static func alreadyAnonymised(_ id: ContactID) -> Localized {
            Localized(en: "contact \(id) is already anonymised", pl: "kontakt \(id) jest już zanonimizowany")
        }
        static func historyOf(name: String, id: ContactID) -> Localized { Localized(en: "History of \(name) (\(id))", pl: "Historia: \(name) (\(id))") }
        static func historyOfAnonymised(_ id: ContactID) -> Localized {
            Localized(en: "History of (anonymised) \(id)", pl: "Historia: (zanonimizowany) \(id)")
        }
        static let auditLog = Localized(en: "Audit log", pl: "Dziennik zmian")
        static let setControllerFirst = Localized(en: "set the data controller's name and address first: zgoda admin set",
                                                  pl: "najpierw podaj nazwę i adres administratora danych: zgoda admin set")
        static let selectPersonFirst = Localized(en: "select the person in the contact list first, then press R and n",
                                                 pl: "najpierw wybierz osobę na liście kontaktów, potem naciśnij R i n")
        static func requestSaved(type: String, id: String, name: String, due: Day) -> Localized {
            Localized(en: "saved: \(type) request \(id) for \(name), due \(due)",
                      pl: "zapisano: wniosek \(id) (\(type)) dla: \(name), termin \(LocalDates.short(due, in: .pl))")
        }
        static let sayWhatWasHandedOver = Localized(en: "Say what was handed over and how, e.g. \u{201C}report sent by e-mail\u{201D}.",
                                                    pl: "Napisz, co i jak przekazano, np. \u{201E}raport wysłany e-mailem\u{201D}.")
        static func requestClosed(type: String, id: String) -> Localized {
            Localized(en: "saved: closed \(type) request \(id)", pl: "zapisano: zamknięto wniosek \(id) (\(type))")
        }
        static func requestExtended(type: String, id: String, due: Day) -> Localized {
            Localized(en: "saved: extended \(type) request \(id), now due \(due)",
                      pl: "zapisano: przedłużono wniosek \(id) (\(type)), nowy termin \(LocalDates.short(due, in: .pl))")
        }
        static func accessReportOf(_ who: String) -> Localized { Localized(en: "Access report of \(who)", pl: "Raport dostępu: \(who)") }
        static let reportIssued = Localized(en: "saved: access report issued on screen (recorded in the history)",
                                            pl: "zapisano: raport dostępu pokazany na ekranie (odnotowany w historii)")
        static func contactAnonymised(_ id: ContactID) -> Localized {
            Localized(en: "saved: contact \(id) anonymised", pl: "zapisano: kontakt \(id) zanonimizowano")
        }
        static let earlierCopies = PluralNoun(en: ("earlier copy", "earlier copies"), pl: ("wcześniejsza kopia", "wcześniejsze kopie", "wcześniejszych kopii"))
        static func copiesToDelete(_ n: Int) -> Localized {
            Localized(en: "; \(earlierCopies.count(n, in: .en)) to delete (see the history)",
                      pl: "; do usunięcia: \(earlierCopies.count(n, in: .pl)) (zob. historię)")
        }
        static func keyDestroyedLater(_ id: ContactID) -> Localized {
            Localized(en: "saved: contact \(id) anonymised; their key is destroyed the next time Zgoda opens (a write failed)",
                      pl: "zapisano: kontakt \(id) zanonimizowano; klucz zostanie zniszczony przy następnym otwarciu Zgody (zapis się nie udał)")
        }
        static func linkIssued(_ id: String) -> Localized {
            Localized(en: "saved: consent link \(id) issued", pl: "zapisano: wydano link do zgód \(id)")
        }
        static let offline = Localized(en: "offline — reconnecting to the team database; what you type is kept, save again once back",
                                       pl: "offline — łączenie z bazą zespołu; to, co wpisano, zostaje; zapisz ponownie po powrocie")
        static let backOnline = Localized(en: "back online — up to date with the team", pl: "znów online — dane aktualne z zespołem")
    }
}

extension UIText.Status {
    static func requestsFulfilled(_ ids: [String]) -> Localized {
        let list = ids.joined(separator: ", ")
        return Localized(en: "; request \(list) fulfilled", pl: "; wniosek \(list) spełniony")
    }
}

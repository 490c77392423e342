import Foundation

/// The history lines of journal records (`zgoda history`, the history pane, the summary of a
/// record). Values recorded in the journal (names, ids, purposes, notes, reasons) stand in the
/// sentence as they were recorded; timestamps stay ISO 8601 in every language, days a person
/// reads follow `LocalDates.short`.
extension CoreText {
    enum History {
        /// What stands for values that cannot be shown: erased with the person, or unreadable.
        enum Hidden {
            case erased, damaged

            var word: Localized {
                switch self {
                case .erased: return Localized(en: "erased", pl: "usunięte")
                case .damaged: return Localized(en: "unreadable: damaged data", pl: "nieczytelne: uszkodzone dane")
                }
            }
        }

        /// The evidence that came with a consent decision, as the history line mentions it.
        enum Evidence {
            case none, given(String), hidden(Hidden)
        }

        static let contact = Labels.contacts
        static let person = Labels.people
        static let day = PluralNoun(en: ("day", "days"), pl: ("dzień", "dni", "dni"))

        static let directoryCreated = Localized(en: "data directory created", pl: "utworzono katalog danych")

        static func contactAdded(_ name: String) -> Localized {
            Localized(en: "added contact \(name)", pl: "dodano kontakt \(name)")
        }

        static func contactAdded(hidden: Hidden) -> Localized {
            Localized(en: "added contact (\(hidden.word.en))", pl: "dodano kontakt (dane: \(hidden.word.pl))")
        }

        /// `fields` are the journal's field keys; Polish names the contact fields it knows.
        static func edited(_ fields: [String]) -> Localized {
            let polish = fields.map { ContactField(rawValue: $0).map { Labels.field($0).pl.lowercased() } ?? $0 }
            return Localized(en: "edited " + fields.joined(separator: ", "), pl: "zmieniono: " + polish.joined(separator: ", "))
        }

        /// A consent decision; `source` is already the words or the code the caller chose.
        static func consent(_ decision: Decision, purpose: String, version: Int, source: String, evidence: Evidence) -> Localized {
            let what = "\(purpose) v\(version)"
            let en = "\(decision.rawValue) \(what) via \(source)"
            let pl: String
            switch decision {
            case .granted: pl = "udzielono zgody: \(what), źródło: \(source)"
            case .refused: pl = "odmowa zgody: \(what), źródło: \(source)"
            case .withdrawn: pl = "wycofano zgodę: \(what), źródło: \(source)"
            case .objected: pl = "sprzeciw: \(what), źródło: \(source)"
            }
            switch evidence {
            case .none: return Localized(en: en, pl: pl)
            case let .given(text): return Localized(en: "\(en) (\(text))", pl: "\(pl) (dowód: \(text))")
            case .hidden(.erased): return Localized(en: "\(en) (evidence erased)", pl: "\(pl) (dowód: usunięty)")
            case .hidden(.damaged): return Localized(en: "\(en) (evidence \(Hidden.damaged.word.en))", pl: "\(pl) (dowód: \(Hidden.damaged.word.pl))")
            }
        }

        static func purposeAdded(_ id: String, version: Int) -> Localized {
            Localized(en: "added purpose \(id) v\(version)", pl: "dodano cel \(id) v\(version)")
        }

        static func purposeChanged(_ id: String, now version: Int) -> Localized {
            Localized(en: "changed purpose \(id), now v\(version)", pl: "zmieniono cel \(id), teraz v\(version)")
        }

        static func purposeChanged(_ id: String, still version: Int) -> Localized {
            Localized(en: "changed purpose \(id), still v\(version)", pl: "zmieniono cel \(id), nadal v\(version)")
        }

        /// A new version of a purpose: an editorial fix or a material change, and the switch of
        /// legal basis when there was one.
        static func purposeChanged(_ id: String, now version: Int, editorial: Bool, basis: (from: LegalBasis, to: LegalBasis)?) -> Localized {
            let enKind = editorial ? "editorial fix: consents kept" : "material change: fresh consent needed"
            let plKind = editorial ? "poprawka redakcyjna: zgody zachowane" : "zmiana istotna: potrzebna nowa zgoda"
            let enBasis = basis.map { "; legal basis switched from \($0.from.rawValue) to \($0.to.rawValue), confirmed" } ?? ""
            let plBasis = basis.map { "; podstawa prawna zmieniona z „\(Labels.legalBasis($0.from).pl)” na „\(Labels.legalBasis($0.to).pl)”, potwierdzono" } ?? ""
            return Localized(en: "changed purpose \(id), now v\(version) (\(enKind)\(enBasis))",
                             pl: "zmieniono cel \(id), teraz v\(version) (\(plKind)\(plBasis))")
        }

        static func controllerSet(_ name: String) -> Localized {
            Localized(en: "set data controller to \(name)", pl: "ustawiono administratora danych: \(name)")
        }

        static func exported(_ count: Int, format: String, destination: String) -> Localized {
            Localized(en: "exported \(contact.count(count, in: .en)) as \(format) to \(destination)",
                      pl: "eksport: \(contact.count(count, in: .pl)) w formacie \(format) do \(destination)")
        }

        static func exported(_ count: Int, format: String, hidden: Hidden) -> Localized {
            Localized(en: "exported \(contact.count(count, in: .en)) as \(format) (filter and destination \(hidden.word.en))",
                      pl: "eksport: \(contact.count(count, in: .pl)) w formacie \(format) (filtr i miejsce docelowe: \(hidden.word.pl))")
        }

        static func imported(_ source: String, added: Int, updated: Int, rejected: Int) -> Localized {
            Localized(en: "imported \(source): \(added) added, \(updated) updated, \(rejected) rejected",
                      pl: "import \(source): dodano: \(added), zaktualizowano: \(updated), odrzucono: \(rejected)")
        }

        static let anonymised = Localized(en: "anonymised", pl: "zanonimizowano")

        /// Anonymised when the retention ended; `note` is the journal's own words for it.
        static func anonymised(retention note: String) -> Localized {
            Localized(en: "anonymised (\(note))", pl: "zanonimizowano (\(note))")
        }

        static func anonymised(request id: String) -> Localized {
            Localized(en: "anonymised (request \(id))", pl: "zanonimizowano (wniosek \(id))")
        }

        static func requestAdded(_ r: DataSubjectRequest) -> Localized {
            Localized(en: "\(r.type.rawValue) request \(r.id) received \(r.received), due \(r.due)",
                      pl: "wniosek \(r.id) (\(Labels.requestType(r.type).pl)) otrzymany \(LocalDates.short(r.received, in: .pl)), termin \(LocalDates.short(r.due, in: .pl))")
        }

        static func requestClosed(_ id: String) -> Localized {
            Localized(en: "closed request \(id)", pl: "zamknięto wniosek \(id)")
        }

        static func requestClosed(_ id: String, resolution: String) -> Localized {
            Localized(en: "closed request \(id): \(resolution)", pl: "zamknięto wniosek \(id): \(resolution)")
        }

        static func requestClosedResolutionErased(_ id: String) -> Localized {
            Localized(en: "closed request \(id): erased", pl: "zamknięto wniosek \(id) (rozstrzygnięcie: usunięte)")
        }

        /// A document's kind in Polish words when it is one Zgoda issues, else its code.
        static func documentKind(_ kind: String) -> String {
            switch kind {
            case "form": return "formularz zgody"
            case "report": return "raport dostępu"
            default: return kind
            }
        }

        static func documentIssued(_ kind: String, format: String, destination: String?) -> Localized {
            let enTo = destination.map { " to \($0)" } ?? ""
            let plTo = destination.map { " do \($0)" } ?? ""
            return Localized(en: "issued \(kind) as \(format)\(enTo)", pl: "wydano dokument \(documentKind(kind)) \(documentFormat(format))\(plTo)")
        }

        /// How a document was given: "w formacie html", or "na ekranie" for one shown in the
        /// terminal UI (recorded with the format `screen`).
        static func documentFormat(_ format: String) -> String {
            format == "screen" ? "na ekranie" : "w formacie \(format)"
        }

        static func documentIssuedDestinationErased(_ kind: String, format: String) -> Localized {
            Localized(en: "issued \(kind) as \(format) to (erased)",
                      pl: "wydano dokument \(documentKind(kind)) \(documentFormat(format)) (miejsce docelowe: usunięte)")
        }

        static func repaired(_ note: String) -> Localized {
            Localized(en: "repair: \(note)", pl: "naprawa: \(note)")
        }

        /// A consent link; `mailed` is the address it was sent to, or what stands for it.
        static func linkIssued(_ id: String, purposes: [String], until: String, mailed: Evidence) -> Localized {
            let list = purposes.joined(separator: ", ")
            let en = "issued consent link \(id) for \(list), valid until \(until)"
            let pl = "wydano link zgody \(id) dla celów: \(list), ważny do \(until)"
            switch mailed {
            case .none: return Localized(en: en, pl: pl)
            case let .given(to): return Localized(en: "\(en), mailed to \(to)", pl: "\(pl), wysłany na adres \(to)")
            case let .hidden(h): return Localized(en: "\(en), mailed to (\(h.word.en))", pl: "\(pl), wysłany na adres: \(h.word.pl)")
            }
        }

        static func linkRevoked(_ id: String) -> Localized {
            Localized(en: "revoked consent link \(id)", pl: "unieważniono link zgody \(id)")
        }

        /// `matched` is what matched ("e-mail" or "phone", from `SuppressionKeys`).
        static func suppressionOverridden(matched: String, reason: Localized) -> Localized {
            let plMatched = Labels.matchedValue(matched).pl
            return Localized(en: "added although the \(matched) matches an erased person (suppression overridden: \(reason.en))",
                             pl: "dodano, choć \(plMatched) pasuje do usuniętej osoby (pominięto blokadę: \(reason.pl))")
        }

        static func erasureCopies(_ list: String) -> Localized {
            Localized(en: "copies made before the erasure, to delete or notify: \(list)",
                      pl: "kopie sporządzone przed usunięciem danych, do usunięcia lub powiadomienia odbiorców: \(list)")
        }

        static func breachRecorded(_ id: String, noticed: String, people: Int, description: String) -> Localized {
            Localized(en: "recorded breach \(id) noticed \(noticed) (\(person.count(people, in: .en))): \(description)",
                      pl: "zarejestrowano naruszenie \(id) wykryte \(noticed) (\(person.count(people, in: .pl))): \(description)")
        }

        static func breachClosed(_ id: String, notified: String?, resolution: String) -> Localized {
            guard let notified else {
                return Localized(en: "closed breach \(id): authority not notified; \(resolution)",
                                 pl: "zamknięto naruszenie \(id): organu nadzorczego nie powiadomiono; \(resolution)")
            }
            return Localized(en: "closed breach \(id): authority notified \(notified); \(resolution)",
                             pl: "zamknięto naruszenie \(id): organ nadzorczy powiadomiono \(notified); \(resolution)")
        }

        static func retentionGraceSet(_ days: Int) -> Localized {
            Localized(en: "set the grace period for people without a legal basis to \(day.count(days, in: .en))",
                      pl: "ustawiono okres karencji dla osób bez podstawy prawnej: \(day.count(days, in: .pl))")
        }

        static func noticeGiven(_ channel: Localized) -> Localized {
            Localized(en: "told the person where their data came from (Art. 14) \(channel.en)",
                      pl: "poinformowano osobę o źródle jej danych (art. 14) \(channel.pl)")
        }

        /// A read of one person's data, or of many people's.
        static func accessed(_ what: Localized, count: Int, listing: Bool) -> Localized {
            if !listing { return Localized(en: "looked at \(what.en)", pl: "wgląd: \(what.pl)") }
            return Localized(en: "looked at \(contact.count(count, in: .en)): \(what.en)",
                             pl: "wgląd w \(contact.count(count, in: .pl)): \(what.pl)")
        }

        static func requestExtended(_ id: String, to due: Day, reason: Localized) -> Localized {
            Localized(en: "extended request \(id) to \(due): \(reason.en)",
                      pl: "przedłużono termin wniosku \(id) do \(LocalDates.short(due, in: .pl)): \(reason.pl)")
        }

        // Values in the changes of a record (old → new).

        static let consentsKept = Localized(en: "kept (editorial fix)", pl: "zachowane (poprawka redakcyjna)")
        static let consentsRenewal = Localized(en: "renewal needed (material change)", pl: "potrzebna nowa zgoda (zmiana istotna)")
    }
}

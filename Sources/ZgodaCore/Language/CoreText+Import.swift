/// What an import report says: its summary, where each message is, and the messages made while
/// reading a file and planning the import. Values from the file (cells, headers, purposes) stand
/// in the sentence as they were read. `ImportReport.json` takes the English of each message.
extension CoreText {
    enum Import {
        // The summary. Polish agrees each participle with its count ("1 dodany, 2 dodane,
        // 5 dodanych"); English says the participle alone.

        static let added = PluralNoun(en: ("added", "added"), pl: ("dodany", "dodane", "dodanych"))
        static let updated = PluralNoun(en: ("updated", "updated"), pl: ("zaktualizowany", "zaktualizowane", "zaktualizowanych"))
        static let rejected = PluralNoun(en: ("rejected", "rejected"), pl: ("odrzucony", "odrzucone", "odrzuconych"))
        static let skipped = PluralNoun(en: ("skipped", "skipped"), pl: ("pominięty", "pominięte", "pominiętych"))

        static func summary(added a: Int, updated u: Int, rejected r: Int, skipped s: Int, unchanged: Int, duplicates: Int) -> Localized {
            func line(_ language: Language) -> String {
                var out = [added.count(a, in: language), updated.count(u, in: language), rejected.count(r, in: language)]
                switch language {
                case .en:
                    out.append("\(s) skipped (asked to be forgotten)")
                    if unchanged > 0 { out.append("\(unchanged) unchanged") }
                    if duplicates > 0 { out.append("\(duplicates) already in Zgoda (skipped)") }
                case .pl:
                    out.append("\(skipped.count(s, in: .pl)) (prośba o usunięcie danych)")
                    if unchanged > 0 { out.append("\(unchanged) bez zmian") }
                    if duplicates > 0 { out.append("już w Zgodzie: \(duplicates) (pominięto)") }
                }
                return out.joined(separator: ", ")
            }
            return Localized(en: line(.en), pl: line(.pl))
        }

        static func columns(_ list: String) -> Localized {
            Localized(en: "columns: \(list)", pl: "kolumny: \(list)")
        }

        /// "line 7", "wiersz 7": where a message is in the file.
        static func location(_ l: ImportLocation) -> Localized {
            switch l.unit {
            case "line": return Localized(en: l.description, pl: "wiersz \(l.number)")
            case "contact": return Localized(en: l.description, pl: "kontakt \(l.number)")
            default: return Localized(en: l.description, pl: l.description)
            }
        }

        /// A report line: where, what kind, and the message.
        static func entry(at l: ImportLocation?, warning: Bool, _ message: Localized) -> Localized {
            let en = (l.map { "\($0): " } ?? "note: ") + (warning ? "warning: " : "") + message.en
            let pl = (l.map { "\(location($0).pl): " } ?? "uwaga: ") + (warning ? "ostrzeżenie: " : "") + message.pl
            return Localized(en: en, pl: pl)
        }

        // The planner's messages.

        /// `by` is the planner's own key: "same e-mail" or "same phone".
        static func matchedBy(_ by: String) -> Localized {
            switch by {
            case "same e-mail": return Localized(en: by, pl: "ten sam e-mail")
            case "same phone": return Localized(en: by, pl: "ten sam telefon")
            default: return Localized(en: by, pl: by)
            }
        }

        static func forgotten(_ what: String) -> Localized {
            Localized(en: "skipped: this person asked to be forgotten (\(what) matches an erased person)",
                      pl: "pominięto: ta osoba prosiła o usunięcie danych (\(Labels.matchedValue(what).pl) pasuje do usuniętej osoby)")
        }

        static func sameEmail(as first: ImportLocation) -> Localized {
            let place = first.unit == "line" ? "jak w wierszu \(first.number)" : "jak \(location(first).pl)"
            return Localized(en: "same e-mail as \(first); only the first is imported",
                             pl: "ten sam adres e-mail \(place); importowany jest tylko pierwszy")
        }

        static func duplicateSkipped(_ id: ContactID, by: String) -> Localized {
            Localized(en: "duplicate of \(id) (\(by)): skipped", pl: "duplikat \(id) (\(matchedBy(by).pl)): pominięto")
        }

        static func duplicateAdded(_ id: ContactID, by: String) -> Localized {
            Localized(en: "duplicate of \(id) (\(by)): added as a new contact",
                      pl: "duplikat \(id) (\(matchedBy(by).pl)): dodano jako nowy kontakt")
        }

        /// `fields` are the changed fields' keys, `consents` the purposes with a new decision.
        static func updated(_ id: ContactID, by: String, fields: [String], consents: [String]) -> Localized {
            let en = fields + consents.map { "consent \($0)" }
            let pl = fields.map { ContactField(rawValue: $0).map { Labels.field($0).pl.lowercased() } ?? $0 } + consents.map { "zgoda \($0)" }
            return Localized(en: "updated \(id) (\(by)): " + en.joined(separator: ", "),
                             pl: "zaktualizowano \(id) (\(matchedBy(by).pl)): " + pl.joined(separator: ", "))
        }

        // The readers' messages.

        static func notAnEmail(_ value: String) -> Localized {
            Localized(en: "'\(value)' is not an e-mail address; kept in the notes",
                      pl: "„\(value)” nie jest adresem e-mail; zachowano w notatkach")
        }

        static func notAPhone(_ value: String) -> Localized {
            Localized(en: "'\(value)' is not a phone number; kept in the notes",
                      pl: "„\(value)” nie jest numerem telefonu; zachowano w notatkach")
        }

        /// `what` is the value the person was named after: "nickname", "organisation" or "e-mail".
        static func namedAfter(_ what: String) -> Localized {
            let pl: String
            switch what {
            case "nickname": pl = "użyto pseudonimu"
            case "organisation": pl = "użyto nazwy firmy"
            case "e-mail": pl = "użyto adresu e-mail"
            default: pl = "użyto pola „\(what)”"
            }
            return Localized(en: "no name; named after the \(what)", pl: "brak imienia i nazwiska; \(pl)")
        }

        static func unknownCharset(property: String, charset: String, readAs: String) -> Localized {
            Localized(en: "\(property): unknown charset '\(charset)'; read as \(readAs)",
                      pl: "\(property): nieznane kodowanie „\(charset)”; odczytano jako \(readAs)")
        }

        static func ignoredColumns(_ list: String) -> Localized {
            Localized(en: "ignored columns: \(list)", pl: "pominięte kolumny: \(list)")
        }

        static func columnWithoutPurpose(_ column: String, purpose: String) -> Localized {
            Localized(en: "column '\(column)': no purpose '\(purpose)' in the catalogue; ignored",
                      pl: "kolumna „\(column)”: w katalogu nie ma celu „\(purpose)”; pominięto")
        }

        static func vCardUnknownPurpose(_ purpose: String) -> Localized {
            Localized(en: "consent for unknown purpose '\(purpose)' ignored", pl: "pominięto zgodę dla nieznanego celu „\(purpose)”")
        }

        static func jsonUnknownPurpose(_ purpose: String) -> Localized {
            Localized(en: "decisions for unknown purpose '\(purpose)' ignored (add the purpose first to keep them)",
                      pl: "pominięto decyzje dla nieznanego celu „\(purpose)” (aby je zachować, najpierw dodaj cel)")
        }

        static let field = PluralNoun(en: ("field", "fields"), pl: ("pole", "pola", "pól"))

        /// English has always said "fields" here, whatever the count.
        static func tooManyFields(_ count: Int, header: Int) -> Localized {
            Localized(en: "has \(count) fields but the header has \(header)",
                      pl: "ma \(field.count(count, in: .pl)), a nagłówek ma \(field.count(header, in: .pl))")
        }

        static let unclosedQuote = Localized(en: "a quoted field opens here and is never closed; the rest of the file was not read",
                                             pl: "tu zaczyna się pole w cudzysłowie, które nigdzie się nie kończy; reszty pliku nie odczytano")

        static let cardWithoutEnd = Localized(en: "card has no END:VCARD", pl: "wizytówka nie ma wiersza END:VCARD")

        static let notAnObject = Localized(en: "not an object", pl: "to nie jest obiekt JSON")

        static func incompleteDecision(_ n: Int) -> Localized {
            Localized(en: "decision \(n) is incomplete (needs purpose, version, decision, source, at, wordingHash)",
                      pl: "decyzja \(n) jest niepełna (potrzebne: purpose, version, decision, source, at, wordingHash)")
        }
    }
}

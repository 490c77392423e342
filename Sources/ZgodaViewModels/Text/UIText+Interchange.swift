import ZgodaCore

extension UIText {
    /// The import and export dialogs, and Tab completion of their paths.
    enum Interchange {
        static let importTitle = Localized(en: "Import contacts", pl: "Import kontaktów")
        static let importFormats = Localized(en: "CSV (Excel, Google Contacts; , or ; separated), vCard, or Zgoda's JSON.",
                                             pl: "CSV (Excel, Google Contacts; rozdzielany , lub ;), vCard albo JSON Zgody.")
        static let nothingSavedBefore = Localized(en: "Nothing is saved before the preview and your Enter.",
                                                  pl: "Nic nie zostanie zapisane przed podglądem i Twoim Enter.")
        static let file = Localized(en: "File", pl: "Plik")
        static let fileKeys = Localized(en: "Tab complete  Enter preview  Esc cancel", pl: "Tab uzupełnij  Enter podgląd  Esc anuluj")
        static let giveImportFile = Localized(en: "Give the file to import, e.g. klienci.csv", pl: "Podaj plik do importu, np. klienci.csv")
        static func importFileTitle(_ path: String) -> Localized { Localized(en: "Import \(path)", pl: "Import \(path)") }
        static func previewNothingSaved(_ details: String) -> Localized {
            Localized(en: "Preview (\(details)): nothing has been saved yet.", pl: "Podgląd (\(details)): nic jeszcze nie zapisano.")
        }
        static let everyRecordImports = Localized(en: "Every record can be imported.", pl: "Każdy rekord da się zaimportować.")
        static let keyImport = Localized(en: "Enter import", pl: "Enter importuj")
        static let keyDuplicates = Localized(en: "d already held: skip/update/add", pl: "d już w Zgodzie: pomiń/aktualizuj/dodaj")
        static let keyColumns = Localized(en: "c columns", pl: "c kolumny")
        static let keyBack = Localized(en: "Esc back", pl: "Esc wstecz")
        static func keyScroll(from: Int, to: Int, of: Int) -> Localized {
            Localized(en: "↑/↓ scroll (\(from)–\(to) of \(of))", pl: "↑/↓ przewiń (\(from)–\(to) z \(of))")
        }
        static let noDuplicates = Localized(en: "No record matches anyone already in Zgoda (same e-mail or phone).",
                                            pl: "Żaden rekord nie pasuje do osób już w Zgodzie (ten sam e-mail lub telefon).")
        static let records = PluralNoun(en: ("record", "records"), pl: ("rekord", "rekordy", "rekordów"))
        static func duplicates(_ n: Int, _ policy: ImportOptions.Duplicates) -> Localized {
            let (en, pl): (String, String)
            switch policy {
            case .skip: (en, pl) = ("skipped", "pominięte")
            case .update: (en, pl) = ("updated", "zaktualizowane")
            case .add: (en, pl) = ("added as new people", "dodane jako nowe osoby")
            }
            return Localized(en: "Already in Zgoda (same e-mail or phone): \(records.count(n, in: .en)), \(en).",
                             pl: "Już w Zgodzie (ten sam e-mail lub telefon): \(records.count(n, in: .pl)), \(pl).")
        }
        static let onlyCSVHasColumns = Localized(en: "Only a spreadsheet (CSV) has columns to correct.",
                                                 pl: "Kolumny do poprawienia ma tylko arkusz (CSV).")
        static func columnsTitle(_ path: String) -> Localized { Localized(en: "Columns of \(path)", pl: "Kolumny pliku \(path)") }
        static let columnsIntro = Localized(en: "How each column is read; a changed column is read that way on import.",
                                            pl: "Jak czytana jest każda kolumna; zmieniona będzie tak czytana przy imporcie.")
        static func was(_ role: String) -> Localized { Localized(en: "   (was \(role))", pl: "   (było: \(role))") }
        static let columnKeys = Localized(en: "↑/↓ column  ←/→ field  Enter preview  Esc back", pl: "↑/↓ kolumna  ←/→ pole  Enter podgląd  Esc wstecz")
        /// "columns: Name → name, Mobile → phone (yours)".
        static func columnLine(_ items: String) -> Localized { Localized(en: "columns: \(items)", pl: "kolumny: \(items)") }
        static let yours = Localized(en: " (yours)", pl: " (Twój wybór)")

        /// A column's role as the dialog names it. English keeps `--map`'s words, so what the
        /// screen shows can be typed on the command line; Polish names the field.
        static func role(_ r: ColumnRole) -> Localized {
            switch r {
            case .fullName: return Localized(en: r.name, pl: "imię i nazwisko")
            case .givenName: return Localized(en: r.name, pl: "imię")
            case .middleName: return Localized(en: r.name, pl: "drugie imię")
            case .familyName: return Localized(en: r.name, pl: "nazwisko")
            case .nickname: return Localized(en: r.name, pl: "pseudonim")
            case .title: return Localized(en: r.name, pl: "zwrot grzecznościowy")
            case .ignored: return Localized(en: r.name, pl: "pomiń")
            case let .consent(p): return Localized(en: r.name, pl: "zgoda: \(p)")
            case let .field(f):
                switch f {
                case .name: return Localized(en: r.name, pl: "imię i nazwisko")
                case .email: return Localized(en: r.name, pl: "e-mail")
                case .phone: return Localized(en: r.name, pl: "telefon")
                case .company: return Localized(en: r.name, pl: "firma")
                case .position: return Localized(en: r.name, pl: "stanowisko")
                case .city: return Localized(en: r.name, pl: "miasto")
                case .tags: return Localized(en: r.name, pl: "tagi")
                case .notes: return Localized(en: r.name, pl: "notatki")
                }
            }
        }

        static func noSuchDirectory(_ dir: String) -> Localized { Localized(en: "no such directory: \(dir)", pl: "nie ma katalogu: \(dir)") }
        static func noFileStartsWith(_ prefix: String) -> Localized {
            Localized(en: "no file starts with \u{201C}\(prefix)\u{201D}", pl: "żaden plik nie zaczyna się od \u{201E}\(prefix)\u{201D}")
        }

        static let contacts = CoreText.Labels.contacts
        static func exportTitle(_ n: Int) -> Localized {
            // Polish: "Eksport 5 kontaktów" takes the genitive in every number but 1.
            Localized(en: "Export \(contacts.count(n, in: .en))", pl: n == 1 ? "Eksport 1 kontaktu" : "Eksport \(n) kontaktów")
        }
        static func filter(_ query: String) -> Localized { Localized(en: "Filter: \(query)", pl: "Filtr: \(query)") }
        static let noFilter = Localized(en: "Filter: none (everyone)", pl: "Filtr: brak (wszyscy)")
        static let format = Localized(en: "Format", pl: "Format")
        static let exportKeys = Localized(en: "Tab switch  ←/→ format  Enter export  Esc cancel", pl: "Tab przełącz  ←/→ format  Enter eksportuj  Esc anuluj")
        static let giveExportFile = Localized(en: "Give the file to write, e.g. contacts.csv", pl: "Podaj plik do zapisu, np. kontakty.csv")
        static func exists(_ path: String) -> Localized {
            Localized(en: "\(path) already exists: Enter again replaces it, or type another name",
                      pl: "\(path) już istnieje: kolejny Enter go zastąpi; albo wpisz inną nazwę")
        }
    }
}

extension UIText.Interchange {
    /// The file the export dialog offers first.
    static let defaultExportFile = Localized(en: "contacts.csv", pl: "kontakty.csv")
}

extension UIText.Interchange {
    /// The title of an export's progress box.
    static func exportingTo(_ path: String) -> Localized {
        Localized(en: "Exporting to \(path)", pl: "Eksport do \(path)")
    }
    /// An export stopped with Esc before it was recorded.
    static let exportStopped = Localized(en: "export stopped: nothing was written or recorded",
                                         pl: "eksport przerwany: niczego nie zapisano ani nie odnotowano")
    /// The progress box's last line.
    static let escStops = Localized(en: "Esc stops (nothing is kept of a stopped export)",
                                    pl: "Esc przerywa (z przerwanego eksportu nic nie zostaje)")
    static let escStopsCheck = Localized(en: "Esc stops the check", pl: "Esc przerywa sprawdzanie")
    static let escStopsImport = Localized(en: "Esc stops (nothing is imported until the end)",
                                          pl: "Esc przerywa (nic nie zostaje zaimportowane przed końcem)")
    static let stopping = Localized(en: "stopping…", pl: "przerywanie…")
    /// The titles of an import's progress box: the preview's dry run, and the import.
    static func checkingFile(_ path: String) -> Localized { Localized(en: "Checking \(path)", pl: "Sprawdzanie \(path)") }
    static func importingFrom(_ path: String) -> Localized { Localized(en: "Importing \(path)", pl: "Import \(path)") }
    static let importStopped = Localized(en: "import stopped: nothing was imported", pl: "import przerwany: niczego nie zaimportowano")
}

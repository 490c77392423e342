import ZgodaCore

extension HelpText {
    /// `export`.
    enum Export {
        static let abstract = Localized(
            en: "Export contacts as CSV, JSON (the portability format) or vCard 4.0; every export is recorded in the history.",
            pl: "Eksportuj kontakty jako CSV, JSON (format przenoszenia danych) albo vCard 4.0; każdy eksport jest zapisywany w historii.")
        static let discussion = Localized(
            en: """
            `--consent email-marketing=granted` gives the mailing list of the people who consent now. \
            Anonymised people are never exported. The journal head at the time of the export is printed \
            on stderr as a receipt (and is the "receipt" field of the JSON).
            """,
            pl: """
            `--consent email-marketing=granted` daje listę wysyłkową osób, które zgadzają się teraz. \
            Osoby zanonimizowane nigdy nie są eksportowane. Głowa dziennika zmian z chwili eksportu jest \
            wypisywana na stderr jako potwierdzenie (to także pole "receipt" w JSON).
            """)
        static let format = Localized(en: "csv, json or vcard.", pl: "csv, json albo vcard.")
        static let query = Localized(en: "Only contacts matching these words (as in 'contact list --query').",
                                     pl: "Tylko kontakty pasujące do tych słów (jak w 'contact list --query').")
        static let consent = Localized(en: "Only contacts with this consent status, e.g. email-marketing=granted; repeat to combine.",
                                       pl: "Tylko kontakty o tym stanie zgody, np. email-marketing=granted; powtórz, aby połączyć warunki.")
        static let id = Localized(en: "Exactly this person (repeat for several); with --format json, the portability copy (Art. 20).",
                                  pl: "Dokładnie ta osoba (powtórz dla kilku); z --format json: kopia do przeniesienia danych (art. 20).")
        static let output = Localized(en: "The file to write, or - for standard output.", pl: "Plik do zapisania albo - dla standardowego wyjścia.")
        static let force = Localized(
            en: "Replace the output file if it exists (without it, an existing file is an error and nothing is exported).",
            pl: "Zastąp plik wyjściowy, jeśli istnieje (bez tej flagi istniejący plik jest błędem i nic nie zostaje wyeksportowane).")
        static let preferencesLinks = Localized(
            en: "Add a column 'preferences_link': a new personal consent link per person (CSV only; each is recorded), for the footer of a mailing.",
            pl: "Dodaj kolumnę 'preferences_link': nowy osobisty link do zgód dla każdej osoby (tylko CSV; każdy jest zapisywany), do stopki wysyłki.")
        static let linkExpires = Localized(en: "How long those links work: 90d, 12w, or a day (YYYY-MM-DD).",
                                           pl: "Jak długo te linki działają: 90d, 12w albo do dnia (RRRR-MM-DD).")
    }

    /// `import`.
    enum Import {
        static let abstract = Localized(en: "Import contacts from CSV (Excel, Google Contacts), vCard (phones) or Zgoda's JSON.",
                                        pl: "Importuj kontakty z CSV (Excel, Kontakty Google), vCard (telefony) albo z JSON Zgody.")
        static let discussion = Localized(
            en: """
            Prints `N added, M updated, K rejected, S skipped (asked to be forgotten)` and a line per \
            rejected, skipped, duplicate or updated record. A record whose e-mail or phone is already \
            in Zgoda is a duplicate: skipped unless --duplicates says update or add. Everything valid \
            is saved together, or nothing with --dry-run, which also shows how each column was read; \
            correct it with --map "Work Phone=phone". See docs/import-export.md for the column names recognised.
            """,
            pl: """
            Wypisuje `N dodanych, M zaktualizowanych, K odrzuconych, S pominiętych (prośba o usunięcie danych)` \
            oraz wiersz dla każdego odrzuconego, pominiętego, powtórzonego lub zaktualizowanego rekordu. Rekord, którego \
            e-mail lub telefon już jest w Zgodzie, to duplikat: jest pomijany, chyba że --duplicates każe update albo add. \
            Wszystkie poprawne rekordy zapisuje się razem, a z --dry-run nic, za to widać, jak odczytano każdą kolumnę; \
            popraw to przez --map "Telefon służbowy=phone". Rozpoznawane nazwy kolumn opisuje docs/import-export.md.
            """)
        static let file = Localized(en: "The file to import.", pl: "Plik do zaimportowania.")
        static let format = Localized(en: "csv, vcard or json (else guessed from the file name).",
                                      pl: "csv, vcard albo json (domyślnie zgadywany z nazwy pliku).")
        static let dryRun = Localized(en: "Report what would be imported, and change nothing.",
                                      pl: "Pokaż, co zostałoby zaimportowane, niczego nie zmieniając.")
        static let report = Localized(en: "text or json: how the report is printed.", pl: "text albo json: postać raportu.")
        static let map = Localized(
            en: "COLUMN=FIELD: read a CSV column as a field (name, given-name, family-name, nickname, email, phone, company, position, city, tags, notes, consent:PURPOSE, ignore); repeatable.",
            pl: "COLUMN=FIELD: czytaj kolumnę CSV jako pole (name, given-name, family-name, nickname, email, phone, company, position, city, tags, notes, consent:PURPOSE, ignore); można powtarzać.")
        static let duplicates = Localized(en: "skip, update or add: what to do with a record whose e-mail or phone is already in Zgoda.",
                                          pl: "skip, update albo add: co zrobić z rekordem, którego e-mail lub telefon już jest w Zgodzie.")
    }

    /// `form`.
    enum Form {
        static let abstract = Localized(en: "The printable consent form for one person, in their language, recorded in the history.",
                                        pl: "Formularz zgody do druku dla jednej osoby, w jej języku, zapisywany w historii.")
        static let discussion = Localized(
            en: "Names the data controller and every purpose, with a separate place to agree or disagree to each. Needs the controller's name and address ('zgoda admin set').",
            pl: "Wskazuje administratora danych i każdy cel przetwarzania, z osobnym miejscem na zgodę lub jej brak dla każdego z nich. Wymaga nazwy i adresu administratora ('zgoda admin set').")
        static let format = Localized(en: "text or html.", pl: "text albo html.")
        static let output = Localized(en: "Write the form to this file (created with mode 0600) instead of stdout.",
                                      pl: "Zapisz formularz do tego pliku (tworzonego z prawami 0600) zamiast na stdout.")
    }

    /// `report`.
    enum Report {
        static let abstract = Localized(en: "The access report (GDPR Art. 15) for one person, recorded in the history.",
                                        pl: "Raport dostępu do danych (art. 15 RODO) dla jednej osoby, zapisywany w historii.")
        static let discussion = Localized(
            en: "The data held, the controller, purposes with legal basis and retention, consent history with the wording of each decision, every change and export, and fields no active purpose needs.",
            pl: "Przechowywane dane, administrator, cele przetwarzania z podstawą prawną i okresem przechowywania, historia zgód z treścią każdej decyzji, każda zmiana i każdy eksport oraz pola, których nie potrzebuje żaden aktywny cel.")
        static let format = Localized(en: "md, html or json.", pl: "md, html albo json.")
        static let output = Localized(en: "Write the report to this file (created with mode 0600) instead of stdout.",
                                      pl: "Zapisz raport do tego pliku (tworzonego z prawami 0600) zamiast na stdout.")
    }

    /// `register`.
    enum Register {
        static let abstract = Localized(
            en: "The record of processing activities (GDPR Art. 30): controller, purposes, legal bases, data, retention, security.",
            pl: "Rejestr czynności przetwarzania (art. 30 RODO): administrator, cele, podstawy prawne, dane, okresy przechowywania, zabezpieczenia.")
        static let discussion = Localized(
            en: "Built from the purpose catalogue and the controller ('zgoda purpose', 'zgoda admin set'). It names no person.",
            pl: "Powstaje z katalogu celów przetwarzania i danych administratora ('zgoda purpose', 'zgoda admin set'). Nie wymienia żadnej osoby.")
        static let format = Localized(en: "md, html or json.", pl: "md, html albo json.")
        static let output = Localized(en: "Write it to this file instead of stdout.", pl: "Zapisz go do tego pliku zamiast na stdout.")
    }
}

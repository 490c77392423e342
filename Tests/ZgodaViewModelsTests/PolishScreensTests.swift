import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The contact's screens, the form, the consent editor, the history, the first run and the
/// customer's form in Polish, at 80×24 and 120×40: their own words are Polish, whole, and the
/// English ones they replace are gone. (Titles and `? help` belong to the shared chrome.)
@Suite struct PolishScreensTests {
    static let sizes = [(24, 80), (40, 120)]

    /// The screen after `keys`, at each size, with the app speaking Polish.
    static func screens(_ keys: [Key], fixture: () throws -> Fixture = { try Fixture() }) throws -> [String] {
        try Language.$current.withValue(.pl) {
            try sizes.map { rows, cols in
                let f = try fixture()
                var app = f.app(rows: rows, cols: cols)
                app.send(keys)
                return app.render().text
            }
        }
    }

    /// `texts` each on one line, `wrapped` read across line breaks (a sentence the screen wraps),
    /// and none of `absent`.
    static func expectAll(_ screen: String, _ texts: [String], wrapped: [String] = [], absent: [String] = [],
                          sourceLocation: SourceLocation = #_sourceLocation) {
        for t in texts { #expect(screen.contains(t), "missing \(t)", sourceLocation: sourceLocation) }
        let flowing = NothingCutTests.words(screen.replacingOccurrences(of: "\n", with: " "))
        for t in wrapped { #expect(flowing.contains(NothingCutTests.words(t)), "missing \(t)", sourceLocation: sourceLocation) }
        for t in absent { #expect(!screen.contains(t), "still shows \(t)", sourceLocation: sourceLocation) }
    }

    @Test func contactDetail() throws {
        for screen in try Self.screens([.char("j"), .enter]) {
            Self.expectAll(screen, ["Utworzono", "Zmieniono", "15.01.2026 10:00", "Zgody", "brak", "Przechowywanie", "Zbędne pola", "e zmień", "c zgody", "r raport", "h historia", "L link", "Esc wstecz", "? pomoc"],
                           wrapped: ["nigdy nie było podstawy prawnej; okres karencji 30 dni od dodania, do 14.02.2026."],
                           absent: ["Created", "Updated", "Consents", "none", "Retention", "Not needed", "never had", "e edit"])
        }
        for screen in try Self.screens([.char("/")] + Key.typing("gesla") + [.enter, .enter]) {
            Self.expectAll(screen, ["udzielona · telefon · 15.01.2026", "odmowa · e-mail · 15.01.2026"],
                           absent: ["granted", "refused"])
        }
    }

    @Test func contactDetailPastRetention() throws {
        let sizes = Self.sizes
        try Language.$current.withValue(.pl) {
            for (rows, cols) in sizes {
                let f = try Fixture()
                var app = try f.app(at: Fixture.later, rows: rows, cols: cols)
                app.send(.char("/")); app.type("wang"); app.send(.enter, .enter)
                let screen = app.render().text
                Self.expectAll(screen, ["Przechowywanie ⌛ termin minął 15.01.2028:", "Zbędne pola"],
                               wrapped: ["brak podstawy prawnej od 15.01.2026 (phone-marketing: wycofana); okres 2 lata."],
                               absent: ["past retention", "no legal basis", "Retention"])
            }
        }
    }

    @Test func contactForm() throws {
        let invalid = [.char("a")] + Key.typing("Ola 😀") + [.tab] + Key.typing("ola@") + [.tab, .backTab]
        for screen in try Self.screens(invalid) {
            Self.expectAll(screen, ["Nowy kontakt", "Imię i nazwisko*", "Telefon", "Stanowisko", "Notatki",
                                    "E-mail: nazwa@example.com", "Tab/↓ dalej", "Shift-Tab/↑ poprzednie", "Ctrl-S zapisz", "Esc anuluj"],
                           wrapped: ["„ola@” to nie jest adres e-mail (oczekiwano: nazwa@example.com)"],
                           absent: ["  New contact", "is not an e-mail", "next", "previous", "Ctrl-S save", "Esc cancel"])
        }
        for screen in try Self.screens([.char("e")]) {
            Self.expectAll(screen, ["Edycja kontaktu es000004", "* wymagane.  Ctrl-S zapisuje, Esc anuluje."],
                           absent: ["Edit contact es000004", "required", "saves"])
        }
        for screen in try Self.screens([.char("e"), .tab, .tab]) {
            Self.expectAll(screen, ["Telefon: cyfry, spacje, +, - i nawiasy."], absent: ["Phone: digits"])
        }
    }

    @Test func consentEditor() throws {
        for screen in try Self.screens([.char("c"), .down]) {
            Self.expectAll(screen, ["Zgody: Evil", "Cel", "Status", "Źródło", "Data", "Wersja", "brak",
                                    "j/k ruch", "g zgoda", "r odmowa", "w wycofaj", "Esc wstecz"],
                           wrapped: ["Podstawa prawna: zgoda."],
                           absent: ["Consents of", "Purpose", "Source", "Version", "Legal basis", "none", "grant", "refuse", "withdraw"])
        }
        for screen in try Self.screens([.char("/")] + Key.typing("gesla") + [.enter, .char("c")]) {
            Self.expectAll(screen, ["udzielona", "odmowa", "15.01.2026", "telefon"], absent: ["granted", "refused", "2026-01-15", "phone"])
        }
        for screen in try Self.screens([.char("c"), .char("g"), .down]) {
            Self.expectAll(screen, ["Zgoda email-marketing: źródło?", "Enter wybierz  Esc anuluj", "1-6/Enter wybierz"],
                           absent: ["source?", "Enter pick", "Esc cancel"])
        }
        let fields = [.char("c"), .char("g"), .char("2")] + Key.typing("formularz nr 12")
        for screen in try Self.screens(fields) {
            Self.expectAll(screen, ["Zgoda: email-marketing, źródło: telefon", "Dowód jest opcjonalny, np. „podpisany formularz nr 12”.",
                                    "Dowód", "Wygasa", "RRRR-MM-DD albo puste: bezterminowo", "Enter dalej  Esc anuluj decyzję"],
                           absent: ["via phone", "Evidence", "Expires", "no expiry", "Enter next"])
        }
        for screen in try Self.screens(fields + [.enter] + Key.typing("2026-01") + [.enter]) {
            Self.expectAll(screen, ["Data wygaśnięcia jest opcjonalna.", "„2026-01” to nie jest data (RRRR-MM-DD)",
                                    "Enter zapisz  Esc anuluj decyzję"],
                           absent: ["optional", "is not a date", "Enter save"])
        }
        for screen in try Self.screens(fields + [.enter] + Key.typing("2025-12-01") + [.enter]) {
            Self.expectAll(screen, ["data wygaśnięcia musi być późniejsza niż dziś", "(15.01.2026)"], absent: ["must be after today"])
        }
    }

    @Test func history() throws {
        for screen in try Self.screens([.char("h")]) {
            Self.expectAll(screen, ["· 1 wpis", "15.01.2026 10:00:00 anna", "j/k przewiń", "g/G góra/dół", "/ szukaj", "Enter czytaj", "Esc wstecz"],
                           absent: ["records", "scroll", "oldest/newest", "/ search"])
        }
        for screen in try Self.screens([.char("H")]) {
            Self.expectAll(screen, ["Dziennik zmian · 16 wpisów"], absent: ["records", "Audit log"])
        }
        for screen in try Self.screens([.char("h"), .enter]) {
            Self.expectAll(screen, [" Wpis ", "Esc zamknij"], absent: ["Entry", "Esc close"])
        }
        for screen in try Self.screens([.char("H"), .char("/")] + Key.typing("nikt-taki")) {
            Self.expectAll(screen, ["Żaden wpis tego nie zawiera.", "znaleziono: 0", "Enter zachowaj", "Esc wyczyść"],
                           absent: ["No entry holds that.", "0 found", "Enter keep", "Esc clear"])
        }
        for screen in try Self.screens([.char("H"), .char("/")] + Key.typing("pl000005") + [.enter]) {
            Self.expectAll(screen, ["szukaj: pl000005  (/ zmień, Esc wyczyść)", "znaleziono: 1"], absent: ["search:", "found"])
        }
    }

    @Test func welcome() throws {
        let empty = { try Fixture(people: [], controller: false) }
        for screen in try Self.screens([], fixture: empty) {
            Self.expectAll(screen, ["Witaj w programie Zgoda", "Ten katalog danych jest pusty.",
                                    "1  Wczytaj dane przykładowe (200 osób) i rozejrzyj się", "2  Zacznij od pustego katalogu",
                                    "3  Najpierw podaj nazwę i adres administratora danych",
                                    "↑/↓ zaznacz", "1/2/3 wybierz", "Enter dalej", "q wyjdź"],
                           absent: ["Welcome to Zgoda", "Load demo", "Start with", "choose", "go on"])
        }
        for screen in try Self.screens([.char("3"), .ctrl("s")], fixture: empty) {
            Self.expectAll(screen, ["Administrator danych widnieje na każdym formularzu zgody i raporcie.",
                                    "Nazwa", "Adres", "E-mail", "Kontakt do IOD", "administrator danych musi mieć nazwę",
                                    "Tab/Shift-Tab następne/poprzednie", "Ctrl-S zapisz", "Esc wstecz"],
                           absent: ["Name", "Address", "DPO contact", "needs a name", "next/previous"])
        }
    }

    @Test func opening() {
        Language.$current.withValue(.pl) {
            for (rows, cols) in Self.sizes {
                let screen = OpeningView.render(rows: rows, cols: cols, directory: "/home/anna/zgoda").text
                Self.expectAll(screen, ["otwieranie /home/anna/zgoda…", "Klawisze naciśnięte teraz nie przepadną; Ctrl-C kończy."],
                               absent: ["opening", "Keys typed"])
            }
        }
    }

    @Test func customerForm() throws {
        for screen in try Self.screens([.char("f"), .char("g"), .down, .char("r")]) {
            Self.expectAll(screen, ["Administrator danych: Przykładowa Firma", "Inspektor ochrony danych:",
                                    "[x] Tak   [ ] Nie", "[ ] Tak   [x] Nie",
                                    "Podstawa prawna: zgoda · wersja 1", "↑/↓ wybierz cel"],
                           wrapped: ["prosimy powiedzieć, na co wyrażasz zgodę. Przy każdym celu wybierz tak albo nie;"],
                           absent: ["Data controller", "Data protection officer", "Yes", "Legal basis", "choose a purpose"])
        }
        for screen in try Self.screens([.char("f"), .enter]) {
            Self.expectAll(screen, ["Prosimy wybrać tak albo nie przy co najmniej jednym celu."], absent: ["Please choose"])
        }
        for screen in try Self.screens([.char("f"), .char("g"), .enter]) {
            Self.expectAll(screen, ["Dziękujemy, Evil", "Twoje wybory zostały zapisane.", "Prosimy oddać ekran naszemu pracownikowi.",
                                    "Esc oddaj pracownikowi"],
                           absent: ["Thank you", "hand the screen back", "hand back to staff"])
        }
    }

    /// Help lists each screen's keys in Polish, every description whole.
    @Test func helpDescribesTheKeysInPolish() {
        Language.$current.withValue(.pl) {
            let detail = ContactDetailModel(id: "pl000001").helpEntries.map(\.does)
            #expect(detail.contains("raport dostępu (odnotowany w historii)"))
            #expect(detail.contains("link do strony zgód dla klienta"))
            let form = ContactFormModel(mode: .add).helpEntries.map(\.does)
            #expect(form.contains("następne pole (też Enter; w polu Notatki zapisuje)"))
            #expect(form.contains("kasuj do początku / końca pola"))
            let editor = ConsentEditorModel(contact: "pl000001", purposes: ["profiling"], today: Day(year: 2026, month: 1, day: 15))
            #expect(editor.helpEntries.map(\.does).contains("wycofaj (tylko udzieloną zgodę)"))
        }
    }
}

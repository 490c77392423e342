import Foundation
import Testing
@testable import ZgodaCore
@testable import ZgodaViewModels

/// The contact list, the chrome every screen shares, the dialogs and the import, export and
/// requests screens in Polish: the words, the plurals, and that they still fit 80×24.
@Suite struct PolishAppTests {
    /// Renders after `keys` in Polish.
    static func screen(_ f: Fixture, rows: Int = 24, cols: Int = 80, _ keys: [Key]) -> String {
        Language.$current.withValue(.pl) {
            var app = f.app(rows: rows, cols: cols)
            app.send(keys)
            return app.render().text
        }
    }

    @Test func theListSpeaksPolishWithPolishPlurals() throws {
        let f = try Fixture()
        let screen = Self.screen(f, [])
        #expect(screen.contains("Zgoda · Kontakty · 5 kontaktów"))
        #expect(screen.contains("Imię i nazwisko") && screen.contains("Firma") && screen.contains("E-mail / telefon"))
        #expect(screen.contains("/ szukaj  Enter otwórz  a nowy  e zmień  c zgody  r raport  R wnioski  ? pomoc"))
        for english in ["Contacts", "contacts", "Company", "search", "open", "help"] {
            #expect(!screen.contains(english), "\(english) on the Polish list")
        }
        let searching = Self.screen(f, [.char("/")] + Key.typing("łucja") + [.enter])
        #expect(searching.contains("Zgoda · Kontakty · 1 z 5 kontaktów"))
        #expect(searching.contains("filtr: łucja  (/ zmień, Esc wyczyść)") && searching.contains("1 z 5"))
        let nothing = Self.screen(f, [.char("/")] + Key.typing("qqq") + [.enter])
        #expect(nothing.contains("Żaden kontakt nie pasuje do „qqq”. Esc czyści wyszukiwanie."))
    }

    @Test func counts() {
        Language.$current.withValue(.pl) {
            #expect(UIText.App.listTitle(total: 1).text == "Zgoda · Kontakty · 1 kontakt")
            #expect(UIText.App.listTitle(total: 22).text == "Zgoda · Kontakty · 22 kontakty")
            #expect(UIText.App.listTitle(total: 112).text == "Zgoda · Kontakty · 112 kontaktów")
            #expect(UIText.Status.decisionsSaved(3).text == "zapisano: 3 decyzje")
            #expect(UIText.Interchange.exportTitle(1).text == "Eksport 1 kontaktu")
            #expect(UIText.Interchange.exportTitle(24).text == "Eksport 24 kontaktów")
        }
        #expect(UIText.App.listTitle(total: 1).text == "Zgoda · Contacts · 1 contact")
    }

    @Test func helpAndItsLegend() throws {
        let f = try Fixture()
        let screen = Self.screen(f, rows: 40, cols: 120, [.char("?")])
        #expect(screen.contains("Pomoc: lista kontaktów"))
        #expect(screen.contains("szukaj (Enter zostawia, Esc czyści)"))
        #expect(screen.contains("Kolumny zgód") && screen.contains("udzielona, odmowa, wycofana"))
        #expect(screen.contains("Dowolny klawisz zamyka pomoc.") || screen.contains("inny klawisz zamyka."))
    }

    @Test func anonymisingAsksInPolishAndTakesEitherWord() throws {
        let f = try Fixture()
        try Language.$current.withValue(.pl) {
            var app = f.app()
            app.send(.char("A"))
            let screen = app.render().text
            #expect(screen.contains("Anonimizować") && screen.contains("ANONIMIZUJ") && screen.contains("Enter potwierdź   Esc anuluj"))
            app.type("NIE")
            app.send(.enter)
            #expect(app.dialog?.error?.hasPrefix("To się nie zgadza; wpisz ") == true)
            #expect(app.dialog?.error?.contains("ANONYMISE") == false)
            for _ in 0..<3 { app.send(.backspace) }
            app.type("ANONIMIZUJ")
            app.send(.enter)
            #expect(app.dialog == nil)
            let status = try #require(app.status?.text)
            #expect(status.hasPrefix("zapisano: kontakt ") && status.contains(" zanonimizowano"))
        }
    }

    @Test func importAndExportDialogs() throws {
        let f = try Fixture()
        try f.write("klienci.csv", ImportDialogTests.csv)
        let file = Self.screen(f, [.char("I")])
        #expect(file.contains("Import kontaktów") && file.contains("Tab uzupełnij  Enter podgląd  Esc anuluj"))
        let preview = Self.screen(f, [.char("I")] + Key.typing("klienci.csv") + [.enter])
        #expect(preview.contains("Podgląd (csv · UTF-8): nic jeszcze nie zapisano."))
        #expect(preview.contains("Żaden rekord nie pasuje do osób już w Zgodzie"))
        #expect(preview.contains("kolumny: Imię i nazwisko → imię i nazwisko, E-mail → e-mail"))
        #expect(preview.contains("Enter importuj  c kolumny  Esc wstecz"))
        let columns = Self.screen(f, [.char("I")] + Key.typing("klienci.csv") + [.enter, .char("c"), .end, .left])
        #expect(columns.contains("Kolumny pliku klienci.csv") && columns.contains("(było: miasto)"))
        let export = Self.screen(f, [.char("x")])
        #expect(export.contains("Eksport 5 kontaktów") && export.contains("Filtr: brak (wszyscy)") && export.contains("kontakty.csv"))
    }

    @Test func requests() throws {
        let f = try Fixture()
        try f.addRequests()
        let screen = Self.screen(f, [.char("R")])
        #expect(screen.contains("Zgoda · Wnioski"))
        #expect(screen.contains("Osoba") && screen.contains("Rodzaj") && screen.contains("Wpłynął") && screen.contains("Termin"))
        #expect(screen.contains("dostęp") || screen.contains("usunięcie"))
        #expect(!screen.contains("Person") && !screen.contains("Received"))
    }

    @Test func tooSmall() throws {
        let f = try Fixture()
        let screen = Self.screen(f, rows: 8, cols: 30, [])
        #expect(screen.contains("Za mały terminal") && screen.contains("Zgoda potrzebuje co najmniej"))
    }
}

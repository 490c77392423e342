import Foundation
import Testing

/// The command line under `--lang pl` (and a Polish locale): exact Polish tables, counts with
/// Polish plurals and notes, and machine-readable output that does not change with the language.
@Suite("CLI: Polish output")
struct PolishCommandsTests {
    /// Runs and expects success; stdout without its final newline and stderr as printed.
    private func ok(_ z: ZgodaRunner, _ args: String...) throws -> (out: String, err: String) {
        let r = try z.run(args)
        #expect(r.exitCode == 0, "zgoda \(args.joined(separator: " ")): \(r.stderr)")
        return (r.stdout.hasSuffix("\n") ? String(r.stdout.dropLast()) : r.stdout, r.stderr)
    }

    /// A CSV of `count` people named from `first` on, each with their own e-mail.
    private func people(_ first: Int, _ count: Int) -> String {
        "name,email\n" + (first..<first + count).map { "Osoba \($0),osoba\($0)@example.pl\n" }.joined()
    }

    @Test func contactShowAndEditSpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let id = try ok(z, "contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl", "--city", "Łódź").out
        let edit = try ok(z, "contact", "edit", id, "--city", "Kraków", "--phone", "+48 600 100 200", "--lang", "pl")
        #expect(edit.err == "zgoda: zmieniono: telefon, miasto\n")
        #expect(try ok(z, "contact", "edit", id, "--city", "Kraków", "--lang", "pl").err == "zgoda: nic się nie zmieniło\n")
        let grant = try ok(z, "consent", "grant", id, "email-marketing", "--source", "phone", "--evidence", "rozmowa 12", "--lang", "pl")
        #expect(grant.err == "zgoda: udzielona zgoda na email-marketing w wersji 1 dla \(id) (zapisano)\n")
        let refuse = try ok(z, "consent", "refuse", id, "profiling", "--source", "paper", "--lang", "pl")
        #expect(refuse.err == "zgoda: odmowa zgody na profiling w wersji 1 dla \(id) (zapisano)\n")
        #expect(try ok(z, "contact", "show", id, "--lang", "pl").out == """
        Pole             Wartość
        ───────────────  ────────────────────
        id               \(id)
        Imię i nazwisko  Jan Kowalski
        E-mail           jan@example.pl
        Telefon          +48 600 100 200
        Firma
        Stanowisko
        Miasto           Kraków
        Tagi
        Notatki
        Zanonimizowany   nie
        Utworzono        2026-01-15T10:00:00Z
        Zaktualizowano   2026-01-15T10:00:00Z

        Cel              Stan     Wersja  Źródło  Kiedy                 Wygasa  Dowód
        ───────────────  ───────  ──────  ──────  ────────────────────  ──────  ──────────
        email-marketing  granted  v1      phone   2026-01-15T10:00:00Z          rozmowa 12
        phone-marketing  none
        profiling        refused  v1      paper   2026-01-15T10:00:00Z
        partners         none
        """)
        #expect(try ok(z, "consent", "list", id, "--lang", "pl").out.hasPrefix("Cel              Stan     Wersja  Źródło  Kiedy"))
        let history = try ok(z, "history", id, "--lang", "pl").out
        #expect(history.hasPrefix("Nr  Kiedy                 Operator  Rodzaj          Kontakt   Opis\n"))
    }

    @Test func contactListCountsWithPolishPlurals() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        var added = 0
        for (count, line) in [(1, "1 kontakt"), (2, "2 kontakty"), (5, "5 kontaktów"), (22, "22 kontakty")] {
            try z.write("osoby.csv", people(added, count - added))
            _ = try ok(z, "import", "osoby.csv")
            added = count
            let table = try ok(z, "contact", "list", "--lang", "pl").out
            #expect(table.hasPrefix("ID        Imię i nazwisko  Firma  E-mail / telefon "))
            #expect(table.hasSuffix("\n" + line))
            #expect(try ok(z, "contact", "list").out.hasSuffix("\n\(count) contact\(count == 1 ? "" : "s")"))
        }
        let none = try ok(z, "contact", "list", "--query", "nikogo-takiego", "--lang", "pl").out
        #expect(none.hasSuffix("\n0 kontaktów"))
    }

    @Test func importNotesSpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        try z.write("osoby.csv", people(0, 2))
        #expect(try ok(z, "import", "osoby.csv", "--dry-run", "--lang", "pl").err.hasSuffix("zgoda: próba: nic nie zostało zmienione\n"))
        let imported = try ok(z, "import", "osoby.csv", "--lang", "pl").err
        #expect(imported.hasPrefix("zgoda: zaimportowano osoby.csv (potwierdzenie "))
    }

    @Test func anonymiseAndDocumentsSpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        try ok(z, "admin", "set", "--name", "Firma Sp. z o.o.", "--address", "ul. Długa 1, 00-001 Warszawa")
        let id = try ok(z, "contact", "add", "--name", "Ewa Nowak", "--email", "ewa@example.pl").out
        let report = try ok(z, "report", id, "--output", "raport.md", "--lang", "pl").err
        #expect(report == "zgoda: zapisano raport dostępu dla \(id) w pliku \(z.path("raport.md")) (odnotowano)\n")
        let form = try ok(z, "form", id, "--output", "formularz.txt", "--lang", "pl").err
        #expect(form == "zgoda: zapisano formularz zgody dla \(id) w pliku \(z.path("formularz.txt")) (odnotowano)\n")
        let gone = try ok(z, "anonymize", id, "--yes", "--lang", "pl")
        #expect(gone.err == "zgoda: zanonimizowano \(id) (zapisano); e-mail i telefon tej osoby są na liście wykluczeń\n")
        #expect(try ok(z, "contact", "list", "--lang", "pl").out.contains("\(id)  (zanonimizowany)"))
        let unconfirmed = try z.run("anonymize", id, "--lang", "pl")
        #expect(unconfirmed.exitCode != 0)
    }

    @Test func jsonIsTheSameInEveryLanguage() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let id = try ok(z, "contact", "add", "--name", "Zażółć Gęślą-Jaźń", "--email", "zazolc@example.pl", "--city", "Łódź").out
        _ = try ok(z, "consent", "grant", id, "email-marketing", "--source", "phone")
        for command in [["contact", "show", id, "--format", "json"], ["contact", "list", "--format", "json"],
                        ["contact", "list", "--format", "ids"], ["consent", "list", id, "--format", "json"],
                        ["history", "--format", "json"], ["request", "list", "--format", "json"],
                        ["retention", "--format", "json"], ["breach", "list", "--format", "json"]] {
            let english = try z.run(command), polish = try z.run(command + ["--lang", "pl"])
            #expect(english.exitCode == 0 && !english.stdout.isEmpty, "\(command)")
            #expect(polish.stdout == english.stdout, "\(command)")
        }
    }

    @Test func aPolishLocaleSpeaksPolishAndLangOverridesIt() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        _ = try ok(z, "contact", "add", "--name", "Jan Kowalski")
        _ = try ok(z, "contact", "add", "--name", "Ewa Nowak")
        z.environment["LANG"] = "pl_PL.UTF-8"
        #expect(try ok(z, "contact", "list").out.hasSuffix("\n2 kontakty"))
        #expect(try ok(z, "contact", "list", "--lang", "en").out.hasSuffix("\n2 contacts"))
    }
}

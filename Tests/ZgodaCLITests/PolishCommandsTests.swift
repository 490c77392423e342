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
        ───────────────  ───────────────────────────────────
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
        Źródło danych    wpisane ręcznie, podane przez osobę
        Utworzono        15.01.2026 10:00:00
        Zaktualizowano   15.01.2026 10:00:00

        Cel              Stan       Wersja  Źródło       Kiedy                Wygasa  Dowód
        ───────────────  ─────────  ──────  ───────────  ───────────────────  ──────  ──────────
        email-marketing  udzielona  v1      telefon      15.01.2026 10:00:00          rozmowa 12
        phone-marketing  brak
        profiling        odmowa     v1      na papierze  15.01.2026 10:00:00
        partners         brak
        """)
        #expect(try ok(z, "consent", "list", id, "--lang", "pl").out.hasPrefix("Cel              Stan       Wersja  Źródło       Kiedy"))
        let history = try ok(z, "history", id, "--lang", "pl").out
        #expect(history.hasPrefix("Nr  Kiedy                Operator  Rodzaj          Kontakt   Opis\n"))
        #expect(history.contains("\n6   15.01.2026 10:00:00  anna      contact.add "))
        let withdrawn = try ok(z, "consent", "withdraw", id, "email-marketing", "--source", "email", "--lang", "pl").err
        #expect(withdrawn == """
        zgoda: wycofana zgoda na email-marketing w wersji 1 dla \(id) (zapisano)
        zgoda: wskazówka: dla \(id) nie pozostała żadna podstawa prawna; zanonimizuj poleceniem „zgoda anonymize \(id)” albo sprawdź w „zgoda retention”, jak długo dane mogą być przechowywane

        """)
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
        _ = try ok(z, "export", "--format", "csv", "-o", "lista.csv")
        let gone = try ok(z, "anonymize", id, "--yes", "--lang", "pl")
        #expect(gone.err == "zgoda: zanonimizowano \(id) (zapisano); e-mail i telefon tej osoby są na liście wykluczeń\n")
        let copies = gone.out.split(separator: "\n").map(String.init)
        #expect(copies.first == "Kopie danych tej osoby sporządzone przed usunięciem; usuń je albo powiadom tych, którzy je otrzymali:")
        #expect(copies.contains { $0.hasPrefix("  #") && $0.hasSuffix(" raport dostępu w formacie md do \(z.path("raport.md"))") })
        #expect(copies.contains { $0.hasSuffix(" eksport w formacie csv (1 osoba) do \(z.path("lista.csv"))") })
        let again = try ok(z, "contact", "add", "--name", "Ewa N.", "--email", "ewa@example.pl", "--override", "prosi o kontakt", "--lang", "pl")
        #expect(again.err == "zgoda: dodano \(again.out), choć e-mail pasuje do osoby usuniętej na jej żądanie: odstępstwo i jego powód zostały odnotowane\n")
        #expect(try ok(z, "contact", "list", "--lang", "pl").out.contains("\(id)  (zanonimizowany)"))
        let unconfirmed = try z.run("anonymize", id, "--lang", "pl")
        #expect(unconfirmed.exitCode != 0)
    }

    @Test func requestsSpeakPolishWithPluralCounts() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let jan = try ok(z, "contact", "add", "--name", "Jan Kowalski").out
        let ewa = try ok(z, "contact", "add", "--name", "Ewa Nowak").out
        let first = try ok(z, "request", "add", jan, "--type", "access", "--received", "2025-11-01", "--lang", "pl")
        #expect(first.out == "R1")
        #expect(first.err == "zgoda: wniosek R1 (dostęp do danych) dla \(jan), wpłynął 01.11.2025, termin 01.12.2025 (zapisano)\n")
        #expect(try ok(z, "request", "list", "--lang", "pl").out.hasSuffix("\n1 wniosek; 1 otwarty, 1 po terminie"))
        _ = try ok(z, "request", "add", ewa, "--type", "objection")
        #expect(try ok(z, "request", "list", "--lang", "pl").out == """
        ID  Kontakt   Imię i nazwisko  Rodzaj            Wpłynął     Termin      Stan         Zamknięty
        ──  ────────  ───────────────  ────────────────  ──────────  ──────────  ───────────  ─────────
        R1  \(jan)  Jan Kowalski     dostęp do danych  01.11.2025  01.12.2025  po terminie
        R2  \(ewa)  Ewa Nowak        sprzeciw          15.01.2026  16.02.2026  otwarty
        2 wnioski; 2 otwarte, 1 po terminie
        """)
        let extended = try ok(z, "request", "extend", "R2", "--reason", "dużo danych", "--lang", "pl").err
        #expect(extended == "zgoda: przedłużono wniosek R2 (sprzeciw): termin 15.04.2026 (zapisano); poinformuj osobę o przedłużeniu i jego przyczynie\n")
        #expect(try ok(z, "request", "close", "R1", "--note", "wysłano raport", "--lang", "pl").err
                == "zgoda: zamknięto wniosek R1 (dostęp do danych) dnia 15.01.2026 (zapisano)\n")
        for _ in 0..<3 { _ = try ok(z, "request", "add", ewa, "--type", "rectification") }
        #expect(try ok(z, "request", "list", "--lang", "pl").out.hasSuffix("\n5 wniosków; 4 otwarte, 0 po terminie"))
        #expect(try ok(z, "request", "list").out.hasSuffix("\n5 requests; 4 open, 0 overdue"))
    }

    @Test func breachesAndRetentionSpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let added = try ok(z, "breach", "add", "--what", "zgubiony laptop", "--people", "2", "--lang", "pl")
        #expect(added.err == "zgoda: naruszenie B1 odnotowane (zapisano); zgłoś je Prezesowi UODO do 18.01.2026 10:00:00, chyba że ryzyko jest mało prawdopodobne (art. 33 ust. 1)\n")
        #expect(try ok(z, "breach", "list", "--lang", "pl").out.hasSuffix("\n1 naruszenie; 1 otwarte"))
        _ = try ok(z, "breach", "add", "--what", "pomyłka w wysyłce", "--people", "1", "--noticed", "2026-01-01")
        let late = try ok(z, "breach", "close", "B2", "--notified", "2026-01-14", "--lang", "pl").err
        #expect(late == """
        zgoda: warning: zgłoszenie nastąpiło po 72 godzinach: art. 33 ust. 1 wymaga podania przyczyn opóźnienia; zapisz je w --note
        zgoda: zamknięto naruszenie B2 (zapisano)

        """)
        #expect(try ok(z, "breach", "list", "--lang", "pl").out == """
        ID  Stwierdzono          Zgłosić do           Osoby  Stan       Zgłoszono            Co się stało
        ──  ───────────────────  ───────────────────  ─────  ─────────  ───────────────────  ─────────────────
        B1  15.01.2026 10:00:00  18.01.2026 10:00:00  2      otwarte                         zgubiony laptop
        B2  01.01.2026 00:00:00  04.01.2026 00:00:00  1      zamknięte  14.01.2026 00:00:00  pomyłka w wysyłce
        2 naruszenia; 1 otwarte
        """)
        #expect(try ok(z, "retention", "--lang", "pl").out == """
        Po okresie przechowywania, bez podstawy prawnej: 0
        ID  Imię i nazwisko  Koniec przechowywania  Wstrzymuje  Powód
        ──  ───────────────  ─────────────────────  ──────────  ─────

        Czekają na ponowną zgodę (nigdy nie są usuwani tylko z tego powodu): 0
        ID  Imię i nazwisko  Zgody na starszą treść
        ──  ───────────────  ──────────────────────

        Z polami, których nie potrzebuje żaden aktywny cel: 0
        ID  Imię i nazwisko  Pola, których nie potrzebuje żaden aktywny cel
        ──  ───────────────  ──────────────────────────────────────────────
        """)
        #expect(try ok(z, "retention", "--apply", "--lang", "pl").err == "zgoda: zanonimizowano 0 kontaktów po okresie przechowywania (zapisano)\n")
    }

    @Test func adminPurposeAndVerifySpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        _ = try ok(z, "contact", "add", "--name", "Jan Kowalski")
        #expect(try ok(z, "admin", "set", "--grace", "1d", "--lang", "pl").err == "zgoda: okres karencji ustawiony na 1 dzień (zapisano)\n")
        #expect(try ok(z, "admin", "set", "--grace", "22d", "--lang", "pl").err == "zgoda: okres karencji ustawiony na 22 dni (zapisano)\n")
        let admin = try ok(z, "admin", "show", "--lang", "pl")
        #expect(admin.out == """
        Pole            Wartość
        ──────────────  ──────────────────────────────────────────────────────
        Nazwa
        Adres
        E-mail
        IOD
        Okres karencji  22 dni (osoby, które nigdy nie miały podstawy prawnej)
        """)
        #expect(admin.err == "zgoda: warning: nazwa i adres administratora danych nie są ustawione: uruchom „zgoda admin set --name … --address …”\n")
        #expect(try ok(z, "admin", "set", "--name", "Firma", "--lang", "pl").err == "zgoda: zapisano administratora danych\n")
        #expect(try ok(z, "purpose", "add", "golf", "--title", "Golf", "--lang", "pl").err == "zgoda: dodano cel golf w wersji 1\n")
        #expect(try ok(z, "purpose", "edit", "golf", "--title", "Golf 2", "--material", "--lang", "pl").err
                == "zgoda: cel golf ma teraz wersję 2, to zmiana istotna: wcześniejsze zgody są oznaczone jako nieaktualna treść i trzeba ponownie zapytać ludzi (zapisano)\n")
        #expect(try ok(z, "purpose", "edit", "golf", "--title", "Golf 3", "--editorial", "--lang", "pl").err
                == "zgoda: cel golf ma teraz wersję 3, to poprawka redakcyjna: zgody od wersji 2 pozostają ważne (zapisano)\n")
        #expect(try ok(z, "purpose", "list", "--lang", "pl").out.hasPrefix(
            "ID               Tytuł                    Podstawa prawna  Okres przechowywania  Wersja  Zgody od  Pola\n"))
        let verify = try ok(z, "verify", "--lang", "pl").out
        #expect(verify.hasPrefix("OK  sprawdzono: "))
        #expect(verify.contains(", 1 kontakt\nhead  "))
        #expect(try ok(z, "verify").out.contains(" contacts checked\nhead  "))
    }

    @Test func initDemoLinksAndPassphraseSpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        z.environment["ZGODA_PASSPHRASE"] = "stare hasło"
        #expect(try ok(z, "init", "--encrypt", "--lang", "pl").err == "zgoda: utworzono zaszyfrowany katalog danych \(z.dataDir.path)\n")
        #expect(try ok(z, "demo", "--contacts", "22", "--seed", "1", "--lang", "pl").err
                == "zgoda: dodano 22 przykładowe kontakty do \(z.dataDir.path)\n")
        #expect(try ok(z, "contact", "list", "--lang", "pl").out.hasSuffix("\n22 kontakty"))
        let id = try ok(z, "contact", "list", "--format", "ids").out.split(separator: "\n")[0]
        _ = try ok(z, "admin", "set", "--name", "Firma", "--address", "ul. Długa 1", "--email", "biuro@firma.pl")
        let issued = try ok(z, "link", "\(id)", "--purpose", "email-marketing", "--lang", "pl")
        #expect(issued.err == "zgoda: wydano link L1 dla \(id) (email-marketing), ważny do 14.02.2026 10:00:00\n")
        #expect(try ok(z, "link", "list", "--lang", "pl").out == """
        Link  Kontakt   Stan     Wygasa               Cele
        ────  ────────  ───────  ───────────────────  ───────────────
        L1    \(id)  otwarty  14.02.2026 10:00:00  email-marketing
        """)
        #expect(try ok(z, "link", "revoke", "L1", "--lang", "pl").err == "zgoda: unieważniono link L1 kontaktu \(id)\n")
        #expect(try ok(z, "link", "revoke", "--contact", "\(id)", "--lang", "pl").err == "zgoda: \(id) nie ma otwartych linków\n")
        #expect(try ok(z, "link", "list", "--lang", "pl").out.contains("  unieważniony  "))
        z.environment["ZGODA_NEW_PASSPHRASE"] = "nowe hasło"
        #expect(try ok(z, "passphrase", "change", "--lang", "pl").err
                == "zgoda: zmieniono hasło (zapisano); kopie zapasowe sprzed tej chwili nadal otwiera stare hasło\n")
        let team = try z.run("team", "list", "--lang", "pl")
        #expect(team.stderr == "zgoda: error: \(z.dataDir.path) przechowuje własne zapisy; zespół wymaga „zgoda init --postgres URL”\n")
    }

    /// On a terminal (`script`), the progress line groups thousands with a no-break space.
    @Test func progressCountsGroupThousandsThePolishWay() throws {
        let z = try ZgodaRunner()
        let command = [ZgodaRunner.binary.path, "demo", "--contacts", "6000", "--lang", "pl"]
        let r = try z.runProgram("/usr/bin/script", ["-qefc", command.joined(separator: " "), z.path("typescript")])
        #expect(r.exitCode == 0, "\(r.stdout)\(r.stderr)")
        let seen = z.read("typescript") ?? ""
        #expect(seen.contains("/ 6\u{A0}000 ("))
        #expect(!seen.contains("6,000"))
        #expect(seen.contains("\r\u{1B}[2Kzgoda: dodano 6000 przykładowych kontaktów do \(z.dataDir.path)"))
    }

    @Test func jsonIsTheSameInEveryLanguage() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let id = try ok(z, "contact", "add", "--name", "Zażółć Gęślą-Jaźń", "--email", "zazolc@example.pl", "--city", "Łódź").out
        _ = try ok(z, "consent", "grant", id, "email-marketing", "--source", "phone")
        for command in [["contact", "show", id, "--format", "json"], ["contact", "list", "--format", "json"],
                        ["contact", "list", "--format", "ids"], ["consent", "list", id, "--format", "json"],
                        ["history", "--format", "json"], ["request", "list", "--format", "json"],
                        ["retention", "--format", "json"], ["breach", "list", "--format", "json"],
                        ["purpose", "list", "--format", "json"], ["admin", "show", "--format", "json"], ["verify", "--format", "json"],
                        ["link", "list", "--format", "json"]] {
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

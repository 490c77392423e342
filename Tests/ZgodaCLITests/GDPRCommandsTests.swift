import Foundation
import Testing

@Suite("CLI: consent form, access report, anonymise, requests, retention")
struct GDPRCommandsTests {
    static func controller(_ cli: CLI) throws {
        _ = try cli.ok("admin", "set", "--name", "Hurtownia Żuraw Sp. z o.o.", "--address", "ul. Piotrkowska 12, 90-001 Łódź",
                   "--email", "rodo@zuraw.example.pl", "--dpo", "Iwona Kęs")
    }

    static func historyCount(_ cli: CLI) throws -> Int {
        try JSONValue(cli.ok("history", "--format", "json")).array.count
    }

    /// Every file of the data directory, concatenated, for `grep -a`-style checks.
    static func allBytes(_ cli: CLI) throws -> Data {
        var all = Data()
        let e = FileManager.default.enumerator(atPath: cli.dataDir)
        while let rel = e?.nextObject() as? String {
            var dir: ObjCBool = false
            let path = cli.dataDir + "/" + rel
            if FileManager.default.fileExists(atPath: path, isDirectory: &dir), !dir.boolValue {
                all.append(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        return all
    }

    @Test func formNeedsTheControllerThenPrintsAndRecordsIt() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Zofia Wąsik", "--email", "zofia@example.pl")
        let before = try Self.historyCount(cli)
        let refused = try cli.run("form", id)
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr == "zgoda: error: the data controller's name and address are not set: run 'zgoda admin set --name … --address …' first\n")
        #expect(try Self.historyCount(cli) == before, "nothing recorded")

        try Self.controller(cli)
        let head = try cli.ok("verify").components(separatedBy: "head  ").last!
        // In the person's language (--document-lang), else in the language of the run.
        let form = try cli.run("form", id, "--document-lang", "pl")
        #expect(form.status == 0 && form.stderr.isEmpty)
        for text in ["FORMULARZ ZGODY", "Nazwa: Hurtownia Żuraw Sp. z o.o.", "Adres: ul. Piotrkowska 12, 90-001 Łódź",
                     "Imię i nazwisko: Zofia Wąsik", "1. Marketing e-mailowy (email-marketing), wersja 1",
                     "☐ Zgadzam się      ☐ Nie zgadzam się", head, "Wydano: 2026-01-15T10:00:00Z (anna)"] {
            #expect(form.stdout.contains(text), "\(text)")
        }
        #expect(form.stdout.components(separatedBy: "☐ Zgadzam się").count == 5)
        #expect(try cli.ok("form", id, "--lang", "pl").contains("1. Marketing e-mailowy (email-marketing), wersja 1"),
                "--lang pl alone gives the Polish form")
        let english = try cli.ok("form", id)
        for text in ["CONSENT FORM", "Name: Hurtownia Żuraw Sp. z o.o.", "1. E-mail marketing (email-marketing), version 1",
                     "☐ I agree      ☐ I do not agree"] {
            #expect(english.contains(text), "\(text)")
        }
        #expect(!english.contains("Zgadzam"))

        let file = cli.dataDir + "-form.html"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let html = try cli.run("form", id, "--format", "html", "--output", file)
        #expect(html.status == 0 && html.stdout.isEmpty)
        #expect(html.stderr == "zgoda: wrote the consent form for \(id) to \(file) (recorded)\n")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("Zofia Wąsik"))
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let history = try JSONValue(cli.ok("history", id, "--format", "json")).array
        #expect(history.suffix(2).map { $0["summary"]?.string ?? "" } == ["issued form as text", "issued form as html to \(file)"])
        #expect(history.last?["kind"] == "form.issue")
    }

    @Test func reportHoldsTheDataAndIsRecorded() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        try Self.controller(cli)
        let id = try cli.ok("contact", "add", "--name", "Zofia Wąsik", "--email", "zofia@example.pl", "--city", "Łódź", "--notes", "Lubi <jazz>")
        _ = try cli.ok("consent", "grant", id, "email-marketing", "--source", "paper", "--evidence", "formularz 7")
        let head = try cli.ok("verify").components(separatedBy: "head  ").last!
        let json = try JSONValue(cli.ok("report", id, "--format", "json"))
        #expect(json["kind"] == "access-report")
        #expect(json["contact"]?["name"] == "Zofia Wąsik")
        #expect(json["consentHistory"]?.array.first?["evidence"] == "formularz 7")
        #expect(json["unneededFields"]?.array.map { $0.string ?? "" } == ["city", "notes"])
        #expect(json["head"] == .string(head), "the receipt is the head the report was made at")

        let md = try cli.ok("report", id)
        #expect(md.hasPrefix("# Personal data access report\n"))
        #expect(md.contains("- **Notes:** Lubi \\<jazz\\>"))
        let polish = try cli.ok("report", id, "--lang", "pl")
        #expect(polish.hasPrefix("# Raport dostępu do danych osobowych\n"))
        #expect(polish.contains("- **Notatki:** Lubi \\<jazz\\>"))
        #expect(polish.contains("| report.issue | wydano raport jako json |") || polish.contains("| report.issue |"))
        #expect(md.contains("| report.issue | issued report as json |"))
        let kinds = try JSONValue(cli.ok("history", id, "--format", "json")).array.map { $0["kind"]?.string ?? "" }
        #expect(kinds.suffix(2) == ["report.issue", "report.issue"])
        #expect(try cli.run("report", "nobody").stderr == "zgoda: error: no contact with id 'nobody' (see 'zgoda contact list')\n")
    }

    @Test func anonymiseNeedsConfirmationThenLeavesNothingReadable() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Bożydar Unikatowy", "--email", "bozydar@unikat.example.pl",
                            "--phone", "+48 601 777 313", "--notes", "Notatka-Unikat")
        _ = try cli.ok("consent", "grant", id, "email-marketing", "--source", "paper", "--evidence", "Dowód-Unikat")
        let noTTY = try cli.run("anonymize", id, stdin: "\(id)\n")
        #expect(noTTY.status == 1)
        #expect(noTTY.stderr == "zgoda: error: anonymising cannot be undone: pass --yes to confirm (there is no terminal to ask on)\n")
        #expect(try cli.ok("contact", "show", id, "--format", "json").contains("Bożydar"))

        let done = try cli.run("anonymize", id, "--yes")
        #expect(done.status == 0)
        #expect(done.stderr == "zgoda: anonymised \(id) (saved); their e-mail and phone are on the suppression list\n")
        let all = try Self.allBytes(cli)
        for value in ["Bożydar Unikatowy", "bozydar@unikat.example.pl", "+48 601 777 313", "Notatka-Unikat", "Dowód-Unikat"] {
            #expect(all.range(of: Data(value.utf8)) == nil, "\(value)")
        }
        let contact = try JSONValue(cli.ok("contact", "show", id, "--format", "json"))
        #expect(contact["anonymized"] == .bool(true) && contact["name"] == .null)
        #expect(contact["consents"]?.array.first?["status"] == "granted")
        let summaries = try JSONValue(cli.ok("history", id, "--format", "json")).array.map { $0["summary"]?.string ?? "" }
        #expect(summaries == ["added contact (erased)", "granted email-marketing v1 via paper (evidence erased)", "anonymised"])
        #expect(try cli.run("verify").status == 0)

        let again = try cli.run("contact", "add", "--name", "B. U.", "--email", "BOZYDAR@unikat.example.pl")
        #expect(again.status == 1)
        #expect(again.stderr == "zgoda: error: this person asked to be forgotten (e-mail matches an erased person); to add them anyway, say why with --override REASON\n")
        // The same phone written the national way, and the e-mail with a sub-address.
        let phone = try cli.run("contact", "add", "--name", "B. U.", "--phone", "601 777 313")
        #expect(phone.status == 1 && phone.stderr.contains("(phone matches an erased person)"))
        #expect(try cli.run("contact", "add", "--name", "B. U.", "--email", "Bozydar+sklep@unikat.example.pl").status == 1)
        let bare = try cli.run("contact", "add", "--name", "B. U.", "--email", "bozydar@unikat.example.pl", "--override")
        #expect(bare.status == 1 && bare.stderr.hasPrefix("zgoda: error: missing value for '--override <reason>'"))
        let overridden = try cli.run("contact", "add", "--name", "B. U.", "--email", "bozydar@unikat.example.pl",
                                     "--override", "wrócił i zapisał się ponownie")
        #expect(overridden.status == 0)
        let newID = overridden.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(overridden.stderr == "zgoda: added \(newID) although their e-mail matches an erased person: the override and its reason are recorded\n")
        let recorded = try JSONValue(cli.ok("history", newID, "--format", "json")).array.map { $0["kind"]?.string ?? "" }
        #expect(recorded == ["contact.add", "suppression.override"])
        #expect(try cli.run("anonymize", id, "--yes").stderr == "zgoda: error: contact '\(id)' has been anonymised and cannot be changed\n")
    }

    @Test func requestsAreNumberedDueInAMonthAndClosedByTheRules() throws {
        let cli = CLI(now: "2026-03-05T10:00:00Z")
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Łucja Żak")
        #expect(try cli.ok("request", "add", id, "--type", "access", "--received", "2026-01-31") == "R1")
        #expect(try cli.ok("request", "add", id, "--type", "erasure") == "R2")
        let bad = try cli.run("request", "add", id, "--type", "access", "--received", "2026-02-30")
        #expect(bad.status == 1 && bad.stderr == "zgoda: error: invalid received: '2026-02-30' is not a date (YYYY-MM-DD)\n")

        let list = try cli.ok("request", "list", "--format", "json")
        #expect(list == """
        [
          {
            "id": "R1",
            "contact": "\(id)",
            "type": "access",
            "received": "2026-01-31",
            "due": "2026-03-02",
            "status": "open",
            "overdue": true,
            "closed": null,
            "extended": false
          },
          {
            "id": "R2",
            "contact": "\(id)",
            "type": "erasure",
            "received": "2026-03-05",
            "due": "2026-04-07",
            "status": "open",
            "overdue": false,
            "closed": null,
            "extended": false
          }
        ]
        """)
        #expect(try JSONValue(cli.ok("request", "list", "--overdue", "--format", "json")).array.map { $0["id"] } == ["R1"])
        let table = try cli.ok("request", "list")
        // 28 February 2026 is a Saturday; 5 April is Easter Sunday and 6 April Easter Monday.
        #expect(table.contains("R1  \(id)  Łucja Żak  access   2026-01-31  2026-03-02  overdue"))
        #expect(table.hasSuffix("2 requests; 2 open, 1 overdue"))

        #expect(try cli.run("request", "close", "R1").stderr == "zgoda: error: say what was handed over to close access request R1 (--note)\n")
        #expect(try cli.run("request", "close", "R1", "--note", "Raport wysłany pocztą").status == 0)
        #expect(try cli.run("request", "close", "R2").stderr
                == "zgoda: error: contact \(id) has not been anonymised yet: run 'zgoda anonymize \(id) --request R2' first\n")
        let late = try cli.run("request", "extend", "R1", "--reason", "dużo archiwów")
        #expect(late.status == 1 && late.stderr == "zgoda: error: request R1 is already closed\n")
        let extended = try cli.run("request", "extend", "r2", "--reason", "dane w trzech archiwach")
        #expect(extended.stderr == "zgoda: erasure request R2 extended: due 2026-06-05 (saved); tell the person of the extension and its reason\n")
        let anonymised = try cli.run("anonymize", id, "--yes", "--request", "R2")
        #expect(anonymised.stderr == """
            zgoda: anonymised \(id) (saved); their e-mail and phone are on the suppression list
            zgoda: erasure request R2 fulfilled and closed

            """)
        #expect(try cli.run("request", "close", "R2").stderr == "zgoda: error: request R2 is already closed\n")
        #expect(try JSONValue(cli.ok("request", "list", "--format", "json")).array.map { $0["status"] } == ["closed", "closed"])
        #expect(try cli.run("request", "close", "R7").stderr == "zgoda: error: no request with id 'R7' (see 'zgoda request list')\n")
    }

    @Test func theFormReceiptNamesTheRecordOfItsIssue() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        try Self.controller(cli)
        let id = try cli.ok("contact", "add", "--name", "Zofia Wąsik")
        let form = try cli.run("form", id)
        let issue = try #require(try JSONValue(cli.ok("history", "--format", "json")).array.last)
        #expect(issue["kind"] == "form.issue")
        let seq = try #require(issue["seq"].flatMap { if case let .number(n) = $0 { return Int(n) }; return nil })
        #expect(form.stdout.contains("Issue record: \(seq)\n"))
        #expect(form.stdout.contains("Journal as of record: \(seq - 1)\n"))
        let file = cli.dataDir + "-report.json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try cli.ok("report", id, "--format", "json", "--output", file)
        let report = try JSONValue.parsed(String(contentsOfFile: file, encoding: .utf8))
        let last = try #require(try JSONValue(cli.ok("history", "--format", "json")).array.last)
        #expect(report["record"] == last["seq"] && last["kind"] == "report.issue")
    }

    @Test func badArgumentsGiveOneErrorLineAndHelpShowsDefaultsAsTyped() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Ewa Łoś")
        let bad = try cli.run("consent", "grant", id, "email-marketing", "--source", "gołąb")
        #expect(bad.status == 1 && bad.stdout.isEmpty)
        #expect(bad.stderr == "zgoda: error: the value 'gołąb' is invalid for '--source <source>'. Please provide one of the following: - in-person - phone - email - web-form - paper - import (see --help)\n")
        let type = try cli.run("request", "add", id, "--type", "delete")
        #expect(type.status == 1 && type.stderr.components(separatedBy: "\n").count == 2 && type.stderr.hasPrefix("zgoda: error: the value 'delete' is invalid for '--type <type>'"))
        let help = try cli.run("help", "purpose", "add")
        #expect(help.stdout.contains("(default: 2y)") && !help.stdout.contains("RetentionArgument"))
    }

    @Test func exportByIdTakesExactlyTheNamedPeople() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let ola = try cli.ok("contact", "add", "--name", "Ola Zażółć", "--email", "ola@example.pl")
        _ = try cli.ok("contact", "add", "--name", "Jan Kos", "--company", "Zazolc i Syn")
        let copy = try cli.run("export", "--id", ola, "--format", "json", "--output", "-")
        #expect(copy.status == 0)
        let people = try JSONValue.parsed(copy.stdout)["contacts"]?.array ?? []
        #expect(people.map { $0["id"] } == [.string(ola)])
        let unknown = try cli.run("export", "--id", "nobody00", "--format", "json", "--output", "-")
        #expect(unknown.status == 1 && unknown.stderr == "zgoda: error: no contact with id 'nobody00' (see 'zgoda contact list')\n")
        let mixed = try cli.run("export", "--id", ola, "--query", "ola", "--format", "csv", "--output", "-")
        #expect(mixed.stderr == "zgoda: error: --id names exactly the people to export; it cannot be combined with --query or --consent\n")
        let history = try JSONValue(cli.ok("history", ola, "--format", "json")).array
        #expect(history.last?["kind"] == "export" && history.last?["summary"]?.string?.hasPrefix("exported 1 contact as json") == true)
    }

    @Test func anObjectionIsItsOwnDecision() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        _ = try cli.ok("purpose", "add", "analityka", "--title", "Analityka sprzedaży", "--basis", "legitimate-interest", "--retention", "1y")
        let id = try cli.ok("contact", "add", "--name", "Ewa Łoś")
        _ = try cli.ok("consent", "grant", id, "analityka", "--source", "paper")
        let refuse = try cli.run("consent", "refuse", id, "analityka", "--source", "email")
        #expect(refuse.stderr == "zgoda: error: purpose analityka relies on legitimate interest, not consent, so there is no consent to refuse: record an objection ('zgoda consent object')\n")
        let onConsent = try cli.run("consent", "object", id, "profiling", "--source", "email")
        #expect(onConsent.stderr == "zgoda: error: an objection (Art. 21) is to processing based on legitimate interest; purpose profiling relies on consent: record a refusal or a withdrawal instead\n")
        let objected = try cli.run("consent", "object", id, "analityka", "--source", "email")
        #expect(objected.stderr.hasPrefix("zgoda: objected analityka v1 for \(id) (saved)\n"))
        #expect(objected.stderr.contains("hint: no legal basis remains for \(id)"))
        let rows = try JSONValue(cli.ok("consent", "list", id, "--format", "json")).array
        #expect(rows.first { $0["purpose"] == "analityka" }?["status"] == "objected")
        let last = try #require(try JSONValue(cli.ok("history", id, "--format", "json")).array.last)
        #expect(last["kind"] == "consent.object" && last["changes"]?.array.first?["new"] == "objected")
        let report = try cli.ok("report", id, "--document-lang", "pl")
        #expect(report.contains("sprzeciw") && !report.contains("odmowa zgody"))
        let english = try cli.ok("report", id)
        #expect(english.contains("· analityka v1 · objection") && !english.contains("consent refused"))
    }

    @Test func theBreachRegisterKeepsTheSeventyTwoHourClock() throws {
        var cli = CLI(now: "2026-01-15T10:00:00Z")
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Anna Dotknięta")
        let added = try cli.run("breach", "add", "--what", "laptop z eksportem skradziony", "--people", "12", "--contact", id,
                                "--noticed", "2026-01-15T08:00:00Z")
        #expect(added.stdout == "B1\n")
        #expect(added.stderr == "zgoda: breach B1 recorded (saved); notify Prezes UODO by 2026-01-18T08:00:00Z unless it is unlikely to be a risk (Art. 33(1))\n")
        cli.environment["ZGODA_NOW"] = "2026-01-18T09:00:00Z"
        let list = try JSONValue(cli.ok("breach", "list", "--format", "json")).array
        #expect(list.first?["status"] == "overdue" && list.first?["deadline"] == "2026-01-18T08:00:00Z")
        #expect(try cli.ok("report", id).contains("laptop z eksportem skradziony"))
        let late = try cli.run("breach", "close", "b1", "--notified", "2026-01-18T08:30:00Z", "--note", "opóźnienie: weekend")
        #expect(late.stderr == "zgoda: warning: the notification came after the 72 hours: Art. 33(1) asks for the reasons for the delay; record them in --note\nzgoda: closed breach B1 (saved)\n")
        #expect(try cli.ok("breach", "list").contains("closed"))
    }

    @Test func theRecordOfProcessingAndTheGracePeriod() throws {
        var cli = CLI(now: "2026-01-15T10:00:00Z")
        defer { cli.cleanUp() }
        try Self.controller(cli)
        let json = try JSONValue(cli.ok("register", "--format", "json"))
        #expect(json["kind"] == "processing-register" && json["activities"]?.array.count == 4 && json["graceDays"] == .number(30))
        #expect(try cli.ok("register").hasPrefix("# Record of processing activities\n"))
        #expect(try cli.ok("register", "--document-lang", "pl").hasPrefix("# Rejestr czynności przetwarzania\n"))
        let never = try cli.ok("contact", "add", "--name", "Nigdy Niezapytany")
        _ = try cli.ok("admin", "set", "--grace", "14d")
        #expect(try cli.ok("admin", "show").contains("14 days"))
        cli.environment["ZGODA_NOW"] = "2026-01-30T10:00:00Z"
        let applied = try cli.run("retention", "--apply")
        #expect(applied.stdout == "anonymised \(never)\n")
    }

    @Test func withdrawingWhatWasNotGrantedIsAnError() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Jan Kowalski")
        let never = try cli.run("consent", "withdraw", id, "profiling", "--source", "email")
        #expect(never.status != 0)
        #expect(never.stderr == "zgoda: error: cannot withdraw profiling for \(id): it was never given (record a refusal instead)\n")
        _ = try cli.ok("consent", "refuse", id, "profiling", "--source", "email")
        let refused = try cli.run("consent", "withdraw", id, "profiling", "--source", "email")
        #expect(refused.status != 0)
        #expect(refused.stderr == "zgoda: error: cannot withdraw profiling for \(id): the person refused it, so there is nothing to withdraw\n")
        let rows = try JSONValue(cli.ok("consent", "list", id, "--format", "json"))
        #expect(rows.array.first { $0["purpose"] == "profiling" }?["status"] == "refused")
    }

    @Test func withdrawingTheLastBasisSuggestsAnonymising() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let id = try cli.ok("contact", "add", "--name", "Ewa Łoś")
        _ = try cli.ok("consent", "grant", id, "email-marketing", "--source", "paper")
        _ = try cli.ok("consent", "grant", id, "profiling", "--source", "paper")
        let first = try cli.run("consent", "withdraw", id, "profiling", "--source", "email")
        #expect(first.stderr == "zgoda: withdrawn profiling v1 for \(id) (saved)\n")
        let last = try cli.run("consent", "withdraw", id, "email-marketing", "--source", "email")
        #expect(last.stderr == """
            zgoda: withdrawn email-marketing v1 for \(id) (saved)
            zgoda: hint: no legal basis remains for \(id); anonymise with 'zgoda anonymize \(id)', or see 'zgoda retention' for how long the data may be kept

            """)
    }

    @Test func retentionListsAndAppliesWithTheClock() throws {
        var cli = CLI(now: "2024-01-10T09:00:00Z")
        defer { cli.cleanUp() }
        let gone = try cli.ok("contact", "add", "--name", "Wycofana Zgoda", "--notes", "Tajemnica-Unikat")
        let kept = try cli.ok("contact", "add", "--name", "Ma Zgodę", "--phone", "+48 600 100 200", "--city", "Gdańsk")
        _ = try cli.ok("consent", "grant", gone, "profiling", "--source", "paper")
        _ = try cli.ok("consent", "withdraw", gone, "profiling", "--source", "email")
        _ = try cli.ok("consent", "grant", kept, "phone-marketing", "--source", "phone")

        cli.environment["ZGODA_NOW"] = "2025-02-01T00:00:00Z"
        let json = try JSONValue(cli.ok("retention", "--format", "json"))
        #expect(json["due"]?.array.map { $0["id"] } == [.string(gone)])
        #expect(json["due"]?.array.first?["reason"] == "no legal basis since 2024-01-10 (profiling withdrawn); retention 1y ended 2025-01-10")
        #expect(json["due"]?.array.first?["name"] == "Wycofana Zgoda")
        // Every column of the table is in the JSON.
        if case let .object(row)? = json["due"]?.array.first {
            #expect(Set(row.keys) == ["id", "name", "basisEnded", "retentionEnds", "reason", "heldBy"])
            #expect(row["heldBy"] == .null)
        }
        #expect(json["minimisation"]?.array.first?["fields"]?.array == ["city"])
        let table = try cli.ok("retention")
        #expect(table.hasPrefix("Past retention with no legal basis: 1"))
        #expect(table.contains("Holding fields no active purpose needs: 1"))

        let applied = try cli.run("retention", "--apply")
        #expect(applied.stdout == "anonymised \(gone)\n", "ids only: job logs must not keep names")
        #expect(applied.stderr == "zgoda: anonymised 1 contact past retention (saved)\n")
        #expect(try Self.allBytes(cli).range(of: Data("Tajemnica-Unikat".utf8)) == nil)
        #expect(try JSONValue(cli.ok("retention", "--format", "json"))["due"]?.array.isEmpty == true)
        let last = try JSONValue(cli.ok("history", gone, "--format", "json")).array.last
        #expect(last?["summary"] == "anonymised (retention: no legal basis since 2024-01-10 (profiling withdrawn); retention 1y ended 2025-01-10)")
        #expect(last?["operator"] == "anna" && last?["at"] == "2025-02-01T00:00:00Z")
    }
}

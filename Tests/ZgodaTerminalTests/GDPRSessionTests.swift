import Foundation
import Testing

/// The data-protection screens driven in a real terminal: customer mode, requests, the access
/// report, and importing a file; what each saved is read back through the CLI.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct GDPRSessionTests {
    /// A directory with a controller (so no welcome screen) and two people.
    func seeded() throws -> Zgoda {
        let z = Zgoda()
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl")
        try z.run("contact", "add", "--name", "Anna Nowak", "--phone", "+48 600 100 200")
        return z
    }

    func history(_ z: Zgoda, _ id: String) throws -> [[String: Any]] {
        try z.json("history", id, "--format", "json") as? [[String: Any]] ?? []
    }

    func id(of query: String, in z: Zgoda) throws -> String {
        let ids = try z.run("contact", "list", "--query", query, "--format", "ids").split(separator: "\n").map(String.init)
        try #require(ids.count == 1)
        return ids[0]
    }

    @Test func customerModeRecordsEachDecisionInPerson() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let jan = try id(of: "kowalski", in: z)
        let before = try history(z, jan).count
        let t = try Tmux(command: z.tuiCommand())
        try t.waitFor("2 contacts")
        try t.keys("/")
        try t.type("kowalski")
        try t.waitFor("1 of 2")
        try t.keys("Enter")
        try t.keys("f")
        let form = try t.waitFor("please tell us what you agree to")
        // Staff information stays off the customer's screen.
        #expect(!form.contains("Firma Testowa ·") && !form.contains("requests open"))
        try t.keys("g")
        try t.keys("Down")
        try t.keys("g")
        try t.keys("Down")
        try t.keys("r")
        try t.waitFor("[x] No")
        try t.keys("Enter")
        try t.waitFor("Your choices have been saved")
        try t.keys("Escape")
        try t.waitFor("Leave the customer form?")
        // Only staff get back to everyone's data: Enter alone stays, the operator's name leaves.
        try t.keys("Enter")
        try t.keys("a")
        try t.waitFor("Enter confirm   Esc cancel")
        try t.keys("BSpace")
        try t.type("anna")
        try t.keys("Enter")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")

        let new = try history(z, jan).dropFirst(before)
        #expect(new.map { $0["kind"] as? String } == ["form.issue", "consent.grant", "consent.grant", "consent.refuse"])
        let consents = new.filter { ($0["kind"] as? String)?.hasPrefix("consent.") == true }
        #expect(consents.count == 3)
        #expect(consents.allSatisfy { ($0["summary"] as? String)?.hasSuffix("via in-person") == true })
        #expect(consents.map { ($0["changes"] as? [[String: Any]])?.first?["field"] as? String } == ["email-marketing", "phone-marketing", "profiling"])
        #expect(new.first?["summary"] as? String == "issued form as screen")
        #expect(new.allSatisfy { $0["operator"] as? String == "anna" && $0["contact"] as? String == jan })
        let rows = try z.json("consent", "list", jan, "--format", "json") as? [[String: Any]] ?? []
        #expect(rows.map { $0["status"] as? String } == ["granted", "granted", "refused", "none"])
        #expect(rows.prefix(3).allSatisfy { $0["source"] as? String == "in-person" })
    }

    @Test func requestsAndTheAccessReport() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let anna = try id(of: "nowak", in: z)
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        try t.waitFor("2 contacts")
        try t.keys("/")
        try t.type("nowak")
        try t.waitFor("1 of 2")
        try t.keys("Enter")
        try t.keys("R")
        try t.waitFor("n: new request for Anna Nowak")
        try t.keys("n")
        try t.waitFor("New request: type?")
        try t.keys("1")
        let added = try t.waitFor("saved: access request R1 for Anna Nowak, due 2026-02-16")
        #expect(added.contains("1 request open"))
        try t.keys("c")
        try t.waitFor("What was handed over, and how?")
        try t.keys("Enter")
        try t.waitFor("Say what was handed over")
        try t.type("raport przekazany osobiście")
        try t.keys("Enter")
        let closed = try t.waitFor("saved: closed access request R1")
        #expect(closed.contains("closed 2026-01-15"))
        #expect(!closed.contains("request open"))
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("r")
        let report = try t.waitFor("PERSONAL DATA ACCESS REPORT")
        #expect(report.contains("Access report of Anna Nowak (\(anna))"))
        #expect(report.contains("saved: access report issued on screen"))
        try t.keys("G")
        try t.waitFor("Journal head (SHA-256)")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")

        let requests = try z.json("request", "list", "--format", "json") as? [[String: Any]] ?? []
        #expect(requests.count == 1)
        #expect(requests.first?["type"] as? String == "access" && requests.first?["status"] as? String == "closed")
        let kinds = try history(z, anna).map { $0["kind"] as? String }
        #expect(kinds.suffix(3) == ["request.add", "request.close", "report.issue"])
        #expect(try history(z, anna).last?["summary"] as? String == "issued report as screen")
    }

    @Test func importAPolishCSVThroughTheDialog() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let file = z.dataDir + "-klienci.csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "Imię i nazwisko;E-mail;Telefon;Miasto\nŻaneta Wąs;zaneta@example.pl;+48 600 111 222;Gdańsk\nJerzy Ćwik;jerzy@example.pl;;Łódź;nadmiarowe pole\nMarek Źdźbło;marek@example.pl;;Kraków\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let t = try Tmux(command: z.tuiCommand())
        try t.waitFor("2 contacts")
        try t.keys("I")
        try t.waitFor("Import contacts")
        // Tab completes the file name from its first letters.
        try t.type(String(file.dropLast("lienci.csv".count)))
        try t.keys("Tab")
        try t.waitFor("-klienci.csv")
        try t.keys("Enter")
        let preview = try t.waitFor("nothing has been saved yet")
        #expect(preview.contains("2 added, 0 updated, 1 rejected, 0 skipped"))
        #expect(preview.contains("line 3: has 5 fields but the header has 4"))
        #expect(try z.run("contact", "list", "--format", "ids").split(separator: "\n").count == 2)
        // The columns as read, each correctable; Esc keeps them as they were.
        try t.keys("c")
        let columns = try t.waitFor("Columns of")
        #expect(columns.contains("▸ Imię i nazwisko") && columns.contains("→ name") && columns.contains("→ city"))
        try t.keys("Escape")
        try t.waitFor("nothing has been saved yet")
        try t.keys("Enter")
        let saved = try t.waitFor("saved: 2 added, 0 updated, 1 rejected")
        #expect(saved.contains("4 contacts"))
        #expect(saved.contains("Żaneta Wąs") && saved.contains("Marek Źdźbło"))
        try t.keys("q")
        try t.waitFor("[exited 0]")

        let people = try z.json("contact", "list", "--format", "json") as? [[String: Any]] ?? []
        let byName = Dictionary(uniqueKeysWithValues: people.compactMap { p in (p["name"] as? String).map { ($0, p) } })
        #expect(Set(byName.keys) == ["Jan Kowalski", "Anna Nowak", "Żaneta Wąs", "Marek Źdźbło"])
        #expect(byName["Żaneta Wąs"]?["city"] as? String == "Gdańsk")
        #expect(byName["Żaneta Wąs"]?["phone"] as? String == "+48600111222")
        #expect(byName["Marek Źdźbło"]?["email"] as? String == "marek@example.pl")
    }

    @Test func evidenceAndExpiryFromTheConsentEditor() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let jan = try id(of: "kowalski", in: z)
        let t = try Tmux(command: z.tuiCommand())
        try t.waitFor("2 contacts")
        try t.keys("/")
        try t.type("kowalski")
        try t.waitFor("1 of 2")
        try t.keys("Enter")
        try t.keys("c")
        try t.waitFor("Consents of Jan Kowalski")
        try t.keys("g")
        try t.waitFor("source?")
        try t.keys("5")
        try t.waitFor("Evidence is optional")
        try t.type("formularz nr 12")
        try t.keys("Enter")
        try t.type("2026-13-01")
        try t.keys("Enter")
        try t.waitFor("'2026-13-01' is not a date (YYYY-MM-DD)")
        try t.keys("C-u")
        try t.type("2027-01-31")
        try t.keys("Enter")
        try t.waitFor("saved: granted email-marketing via paper with evidence, expires 2027-01-31")
        // Withdrawing the only basis offers to anonymise; Esc keeps the data.
        try t.keys("w")
        try t.waitFor("source?")
        try t.keys("2")
        try t.keys("Enter")
        try t.waitFor("No legal basis remains for Jan Kowalski. Anonymise now? (type ANONYMISE)")
        try t.keys("Escape")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")

        let rows = try z.json("consent", "list", jan, "--format", "json") as? [[String: Any]] ?? []
        #expect(rows.first?["status"] as? String == "withdrawn")
        let grant = try history(z, jan).first { $0["kind"] as? String == "consent.grant" }
        #expect(grant?["summary"] as? String == "granted email-marketing v1 via paper (formularz nr 12)")
        let contact = try z.json("contact", "show", jan, "--format", "json") as? [String: Any]
        #expect(contact?["anonymized"] as? Bool == false)
    }
}

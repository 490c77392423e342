import Foundation
import Testing

/// Who looked: `contact show`, `consent list`, `history ID` and JSON listings record a read;
/// `history --access` and the access report show them; lists of names and the audit log do not.
@Suite("CLI: who looked at a person's data")
struct AccessCommandsTests {
    static func reads(_ cli: CLI, _ args: String...) throws -> [JSONValue] {
        try JSONValue(cli.ok(["history"] + args + ["--access", "--format", "json"])).array
    }

    @Test func readsOfOnePersonAndListingsAreRecordedAndShownByHistoryAccess() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let a = try cli.ok("contact", "add", "--name", "Anna Czytana", "--email", "anna@example.pl")
        let b = try cli.ok("contact", "add", "--name", "Bogdan Listowany", "--email", "bogdan@example.pl")
        let changes = try cli.ok("history", "--format", "json")

        // Not reads: the list of names, ids, the audit log, who-looked itself.
        _ = try cli.ok("contact", "list")
        _ = try cli.ok("contact", "list", "--format", "ids")
        _ = try cli.ok("history")
        #expect(try Self.reads(cli).isEmpty)

        _ = try cli.ok("contact", "show", a)
        _ = try cli.ok("consent", "list", a, "--format", "json")
        _ = try cli.ok("history", a)
        _ = try cli.ok("contact", "list", "--format", "json")
        _ = try cli.ok("contact", "list", "--query", "bogdan", "--format", "json")

        let ofA = try Self.reads(cli, a)
        #expect(ofA.map { $0["kind"]?.string } == ["access", "access", "access", "access"])
        #expect(ofA.map { $0["summary"]?.string } == [
            "looked at the contact's data (zgoda contact show)",
            "looked at the consents (zgoda consent list)",
            "looked at the history (zgoda history)",
            "looked at 2 contacts: the contacts' data as JSON (zgoda contact list)",
        ])
        #expect(ofA.first?["contact"]?.string == a && ofA.first?["operator"]?.string != nil)
        let ofB = try Self.reads(cli, b)
        #expect(ofB.map { $0["summary"]?.string } == ["looked at 2 contacts: the contacts' data as JSON (zgoda contact list)",
                                                    "looked at 1 contact: the contacts' data as JSON (zgoda contact list)"])
        #expect(ofB.last?["contact"]?.string == b)
        #expect(try Self.reads(cli).count == 5)

        // The changes are what they were: reads never show among them.
        #expect(try cli.ok("history", "--format", "json") == changes)
        let table = try cli.ok("history", a, "--access")
        #expect(table.contains("looked at the contact's data (zgoda contact show)"))
        let polish = try cli.ok("history", a, "--access", "--lang", "pl")
        #expect(polish.contains("wgląd: dane kontaktu (zgoda contact show)"))
        #expect(try cli.ok("verify").contains("OK"))
    }

    @Test func theAccessReportListsWhoLookedInThePersonsLanguage() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        try GDPRCommandsTests.controller(cli)
        let a = try cli.ok("contact", "add", "--name", "Anna Czytana", "--email", "anna@example.pl")
        _ = try cli.ok("contact", "show", a, "--format", "json")
        let en = try cli.ok("report", a, "--format", "md")
        #expect(en.contains("## Who looked at the data"))
        #expect(en.contains("| the contact's data (zgoda contact show) |"))
        let pl = try cli.ok("report", a, "--format", "md", "--document-lang", "pl")
        #expect(pl.contains("## Kto miał wgląd w dane") && pl.contains("| dane kontaktu (zgoda contact show) |"))
        let json = try JSONValue(cli.ok("report", a, "--format", "json"))
        #expect((json["accesses"]?.array ?? []).map { $0["what"]?.string } == ["contact.show"])
    }
}

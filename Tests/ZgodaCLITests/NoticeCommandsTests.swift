import Foundation
import Testing

/// Where the data came from, and `zgoda notice`: people from a third party are told within a
/// month (Art. 14), and `contact show`, JSON and the access report say where each came from.
@Suite("CLI: data sources and Art. 14 notices")
struct NoticeCommandsTests {
    @Test func anImportFromAThirdPartyStartsTheClockAndNoticeGiveStopsIt() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        try GDPRCommandsTests.controller(cli)
        let file = cli.dataDir + "-lista.csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "name;email\nAnna Z Listy;anna@lista.pl\nBogdan Z Listy;bogdan@lista.pl\n".write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try cli.run("import", file)
        #expect(imported.status == 0)
        // 2026-01-15 + 1 month is Sunday 2026-02-15: due on Monday.
        #expect(imported.stderr.contains("zgoda: 2 people from a third party: tell them where their data came from by 2026-02-16 (Art. 14; zgoda notice list)"))
        let ids = try cli.ok("notice", "list", "--format", "ids").split(separator: "\n").map(String.init)
        #expect(ids.count == 2)
        let json = try JSONValue(cli.ok("notice", "list", "--format", "json")).array
        #expect(json.map { $0["due"]?.string } == ["2026-02-16", "2026-02-16"])
        #expect(json.first?["origin"]?["kind"]?.string == "imported" && json.first?["origin"]?["fromPerson"] == .bool(false))
        #expect(try cli.ok("notice", "list").contains("2 people to be told where their data came from (Art. 14)"))

        let shown = try cli.ok("contact", "show", ids[0])
        #expect(shown.contains("imported from a csv file (sha256 "))
        #expect(shown.contains("from a third party; to be told where the data came from by 2026-02-16 (Art. 14)"))

        let given = try cli.run("notice", "give", ids[0], "--via", "email")
        #expect(given.status == 0 && given.stderr == "zgoda: recorded: 1 person told where their data came from by e-mail\n")
        #expect(try cli.ok("notice", "list", "--format", "ids") == ids[1])
        let again = try cli.run("notice", "give", ids[0], "--via", "email")
        #expect(again.status == 1 && again.stderr.hasPrefix("zgoda: error: ") && again.stderr.components(separatedBy: "\n").count == 2)
        let contact = try JSONValue(cli.ok("contact", "show", ids[0], "--format", "json"))
        #expect(contact["origin"]?["noticeGiven"]?.string == "2026-01-15T10:00:00Z" && contact["origin"]?["noticeDue"] == .null)
        let report = try cli.ok("report", ids[0], "--format", "md", "--document-lang", "pl")
        #expect(report.contains("**Źródło danych:** zaimportowane z pliku: a csv file (sha256 "))
        #expect(report.contains("od osoby trzeciej; poinformowano e-mailem 15.01.2026"))
    }

    @Test func contactsTypedInAreFromThePersonUnlessSaidAndImportsCanSayTheSame() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let own = try cli.ok("contact", "add", "--name", "Anna Z Wizytówki")
        let referred = try cli.ok("contact", "add", "--name", "Bogdan Z Polecenia", "--from-third-party")
        #expect(try cli.ok("notice", "list", "--format", "ids") == referred)
        #expect(try JSONValue(cli.ok("contact", "show", own, "--format", "json"))["origin"]?["kind"]?.string == "entered")
        let file = cli.dataDir + "-stoisko.csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "name;email\nCelina Ze Stoiska;celina@targi.pl\n".write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try cli.run("import", file, "--from-person")
        #expect(imported.status == 0 && !imported.stderr.contains("third party"))
        #expect(try cli.ok("notice", "list", "--format", "ids") == referred)
    }
}

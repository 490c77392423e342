import Foundation
import Testing

/// The terminal UI in Polish, as a salesperson in Łódź starts it: `LANG=pl_PL.UTF-8` (on a
/// machine where that locale was never generated, as on most servers and containers), the
/// config's `language`, or `--lang`.
@Suite(.serialized) struct PolishSessionTests {
    func seeded(_ extra: [String: String] = [:]) throws -> Zgoda {
        var z = Zgoda()
        z.extraEnvironment = extra
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", "Łucja Żak", "--email", "lucja@example.pl", "--city", "Łódź")
        try z.run("contact", "add", "--name", "Anna Nowak", "--phone", "+48 600 100 200")
        return z
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aPolishLocaleGivesPolishScreens(_ cols: Int, _ rows: Int) throws {
        let z = try seeded(["LANG": "pl_PL.UTF-8"])
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand(), cols: cols, rows: rows)
        let list = try t.waitFor("Zgoda · Kontakty · 2 kontakty")
        // The locale is not installed here: the letters still come out whole.
        #expect(list.contains("Łucja Żak") && list.contains("Imię i nazwisko"))
        #expect(list.contains("/ szukaj  Enter otwórz"))
        #expect(!list.contains("Contacts") && !list.contains("search"))
        try t.keys("?")
        let help = try t.waitFor("Pomoc: lista kontaktów")
        #expect(help.contains("szukaj (Enter zostawia, Esc czyści)"))
        try t.keys("Escape")
        try t.keys("x")
        let export = try t.waitFor("Eksport 2 kontaktów")
        #expect(export.contains("Filtr: brak (wszyscy)"))
        try t.keys("Escape")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func theConfigAndTheFlagChooseTooAndTheFlagWins() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        try FileManager.default.createDirectory(atPath: z.dataDir + "-config/zgoda", withIntermediateDirectories: true)
        try "language = \"pl\"\n".write(toFile: z.dataDir + "-config/zgoda/config.toml", atomically: true, encoding: .utf8)
        let t = try Tmux(command: z.tuiCommand(), cols: 80, rows: 24)
        try t.waitFor("Zgoda · Kontakty · 2 kontakty")
        try t.keys("q")
        try t.waitFor("[exited 0]")
        let english = try Tmux(command: z.tuiCommand(extraArgs: "--lang en"), cols: 80, rows: 24)
        try english.waitFor("Zgoda · Contacts · 2 contacts")
        try english.keys("q")
        try english.waitFor("[exited 0]")
    }
}

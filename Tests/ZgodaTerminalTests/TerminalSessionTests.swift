import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a salesperson does, what gets saved, and
/// that the terminal is given back on every way out.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct TerminalSessionTests {
    /// A directory with a controller (so no welcome screen) and two other people.
    func seeded() throws -> Zgoda {
        let z = Zgoda()
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl")
        try z.run("contact", "add", "--name", "Anna Nowak", "--phone", "+48 600 100 200")
        return z
    }

    func historyKinds(_ z: Zgoda) throws -> [[String: Any]] {
        try z.json("history", "--format", "json") as? [[String: Any]] ?? []
    }

    @Test func addSearchGrantHistoryQuit() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let before = try historyKinds(z).count
        let t = try Tmux(command: z.tuiCommand())
        try t.waitFor("2 contacts")
        #expect(try t.display("#{alternate_on}") == "1")

        try t.keys("a")
        try t.waitFor("New contact")
        try t.type("Zażółć Gęślą-Jaźń")
        try t.keys("Tab")
        try t.type("zazolc@example.pl")
        try t.keys("C-s")
        try t.waitFor("saved: added Zażółć Gęślą-Jaźń")

        try t.keys("/")
        try t.type("gesla")
        let found = try t.waitFor("1 of 3")
        #expect(found.contains("Zażółć Gęślą-Jaźń"))
        #expect(!found.contains("Jan Kowalski"))
        try t.keys("Enter")

        try t.keys("c")
        try t.waitFor("Consents of Zażółć Gęślą-Jaźń")
        try t.keys("g")
        try t.waitFor("source?")
        try t.keys("2")
        try t.waitFor("Evidence")
        try t.keys("Enter")
        try t.waitFor("Enter save")
        try t.keys("Enter")
        try t.waitFor("saved: granted email-marketing via phone")

        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("h")
        let history = try t.waitFor("History of Zażółć Gęślą-Jaźń")
        #expect(history.contains("consent.grant"))
        #expect(history.contains("email: — → zazolc@example.pl"))

        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        let shell = try t.waitFor("[exited 0]")
        #expect(!shell.contains("Enter open"))
        #expect(try t.display("#{alternate_on}") == "0")

        // Exactly the changes made on screen were saved.
        let ids = try z.run("contact", "list", "--query", "gesla", "--format", "ids").split(separator: "\n").map(String.init)
        try #require(ids.count == 1)
        let contact = try #require(try z.json("contact", "show", ids[0], "--format", "json") as? [String: Any])
        #expect(contact["name"] as? String == "Zażółć Gęślą-Jaźń")
        #expect(contact["email"] as? String == "zazolc@example.pl")
        #expect(contact["phone"] is NSNull)
        let consents = contact["consents"] as? [[String: Any]] ?? []
        let granted = consents.filter { $0["status"] as? String == "granted" }
        #expect(granted.count == 1)
        #expect(granted.first?["purpose"] as? String == "email-marketing")
        #expect(granted.first?["source"] as? String == "phone")
        #expect(consents.filter { $0["status"] as? String == "none" }.count == consents.count - 1)

        let after = try historyKinds(z)
        let new = after.dropFirst(before)
        #expect(new.map { $0["kind"] as? String } == ["contact.add", "consent.grant"])
        #expect(new.allSatisfy { $0["contact"] as? String == ids[0] && $0["operator"] as? String == "anna" })
    }

    @Test func ctrlCInTheFormSavesNothingAndRestoresTheTerminal() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let before = try historyKinds(z).count
        let t = try Tmux(command: z.tuiCommand())
        try t.waitFor("2 contacts")
        try t.keys("a")
        try t.waitFor("New contact")
        try t.type("Half Typed")
        try t.keys("Tab")
        try t.type("half@exam")
        try t.keys("C-c")
        let shell = try t.waitFor("[exited 0]")
        #expect(!shell.contains("New contact"))
        #expect(try t.display("#{alternate_on}") == "0")
        #expect(try historyKinds(z).count == before)
        #expect(try z.run("contact", "list", "--format", "ids").split(separator: "\n").count == 2)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let pidFile = z.dataDir + "-pid"
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let t = try Tmux(command: z.tuiCommand(pidFile: pidFile))
        try t.waitFor("2 contacts")
        let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(Int32(text))
        kill(pid, SIGTERM)
        try t.waitFor("[exited 143]")
        #expect(try t.display("#{alternate_on}") == "0")
    }

    /// A fault (here sent, as a Swift trap or a bad access would raise it) still gives the
    /// terminal back: the alternate screen off, line editing and echo on, and the exit status
    /// says which signal it was.
    @Test(arguments: [SIGILL, SIGSEGV, SIGTRAP])
    func aFaultRestoresTheTerminal(_ sig: Int32) throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let pidFile = z.dataDir + "-pid"
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let t = try Tmux(command: z.tuiCommand(pidFile: pidFile) + "; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo")
        try t.waitFor("2 contacts")
        let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(Int32(text))
        kill(pid, sig)
        let screen = try t.waitFor("[exited")
        #expect(try t.display("#{alternate_on}") == "0")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("icanon") && lines.contains("echo"), "\(screen)")
    }

    @Test func anotherProcessesChangesAppearWithinASecond() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand())
        try t.waitFor("2 contacts")
        try z.run("contact", "add", "--name", "Łucja Żak", "--email", "lucja@example.pl")
        let screen = try t.waitFor("Łucja Żak", timeout: 3)
        #expect(screen.contains("3 contacts"))
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func aBrokenThemeIsNamedWithItsLineAndTheDefaultIsUsed() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let file = z.dataDir + "-broken.toml"
        try "[roles]\nlist = { fg = \"rojo\" }\n".write(toFile: file, atomically: true, encoding: .utf8)
        let t = try Tmux(command: z.tuiCommand(extraArgs: "--theme '\(file)'"))
        try t.waitFor("\(file):2:")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func withoutATerminalItSaysSoAndExits1() throws {
        let z = Zgoda()
        defer { z.cleanUp() }
        let err = try z.run(expectStatus: 1)
        #expect(err == "zgoda: error: the terminal UI needs a terminal; see 'zgoda --help' for commands\n")
    }
}

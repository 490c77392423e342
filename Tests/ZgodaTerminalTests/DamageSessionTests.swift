import Foundation
import Testing

/// A salesperson opening a damaged directory in the terminal: the screen says so at once, the
/// damaged person is shown as unreadable (never as erased), and nothing can be changed.
/// Needs tmux: without it the test fails (CI installs it).
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct DamageSessionTests {
    @Test func aDamagedKeyIsShownAsDamageAndTheDirectoryIsReadOnly() throws {
        let z = Zgoda()
        defer { z.cleanUp() }
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        let id = try z.run("contact", "add", "--name", "Jan Kowalski").trimmingCharacters(in: .whitespacesAndNewlines)
        try z.run("contact", "add", "--name", "Anna Nowak")
        // Jan's key (slot 1) spoilt in both copies.
        for file in ["keys.zk", "keys.copy.zk"] {
            let path = z.dataDir + "/" + file
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            bytes[16 + 80 + 10] ^= 0xFF
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        let t = try Tmux(command: z.tuiCommand(), cols: 120, rows: 30)
        // The warning printed before the screen starts says "read-only" too: wait for the screen.
        _ = try t.waitFor("Zgoda · Contacts")
        let screen = try t.waitFor("(unreadable: damaged data)")
        #expect(screen.contains(" read-only: the personal data of contact \(id)"))
        #expect(screen.contains("(unreadable: damaged data)") && screen.contains(id))
        #expect(!screen.contains("(anonymised)"))
        #expect(screen.contains("Anna Nowak"))
        try t.keys("a")
        _ = try t.waitFor("New contact")
        try t.type("Ktoś Nowy")
        try t.keys("C-s")
        #expect(try t.waitFor("not saved: the data directory is open read-only").contains("Ktoś Nowy"))
        try t.keys("Escape")
        _ = try t.waitFor("Discard changes?")
        try t.keys("y")
        _ = try t.waitFor("Zgoda · Contacts")
        try t.keys("q")
        _ = try t.waitFor("[exited 0]")
        #expect(try z.run("contact", "list", "--format", "ids").split(separator: "\n").count == 2, "nothing was added")
    }
}

import Foundation
import Testing

/// The status line's count of people past retention in a real terminal: made after the first
/// frame by the front, and made again after a change.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct RetentionSessionTests {
    @Test func theCountShowsAndFollowsAnErasure() throws {
        var z = Zgoda()
        defer { z.cleanUp() }
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl")
        try z.run("contact", "add", "--name", "Anna Nowak", "--phone", "+48 600 100 200")
        // Two months on, past the 30 days of grace for people who never decided anything.
        z.extraEnvironment["ZGODA_NOW"] = "2026-03-15T10:00:00Z"
        let jan = try z.run("contact", "list", "--query", "kowalski", "--format", "ids").trimmingCharacters(in: .whitespacesAndNewlines)
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        try t.waitFor("2 contacts")
        try t.waitFor("⌛ 2 people past retention — zgoda retention --apply")
        try t.keys("/")
        try t.type("kowalski")
        try t.keys("Enter")
        try t.keys("A")
        try t.type(jan)
        try t.keys("Enter")
        try t.waitFor("anonymised")
        try t.keys("Escape")
        try t.waitFor("⌛ 1 person past retention — zgoda retention --apply")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }
}

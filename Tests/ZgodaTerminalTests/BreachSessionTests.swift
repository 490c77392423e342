import Foundation
import Testing

/// The breach register and the record of processing driven in a real terminal; what the
/// screens saved is read back through `zgoda breach list`.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct BreachSessionTests {
    func seeded() throws -> Zgoda {
        let z = Zgoda()
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl")
        return z
    }

    @Test func addingAndClosingABreach() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        try t.waitFor("1 contact")
        try t.keys("B")
        try t.waitFor("No breaches recorded")
        try t.keys("a")
        try t.waitFor("New breach (noticed now)")
        try t.type("laptop with an export stolen")
        try t.keys("Tab")
        try t.type("12")
        try t.keys("Tab")
        try t.type("remote wipe")
        try t.keys("Enter")
        try t.waitFor("saved: breach B1 recorded")
        let screen = try t.waitFor("left")
        #expect(screen.contains("B1") && screen.contains("laptop with an") && screen.contains("open") && screen.contains("m left"))
        // Closing without a notification or a reason is refused and changes nothing.
        try t.keys("c")
        try t.waitFor("Close breach B1")
        try t.keys("Enter")
        try t.keys("Enter")
        try t.waitFor("not saved:")
        try t.type("encrypted disk; unlikely to be a risk")
        try t.keys("Enter")
        try t.waitFor("saved: closed breach B1")
        try t.waitFor("not notified")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        // The record of processing on screen.
        try t.keys("P")
        try t.waitFor("Record of processing activities (Art. 30)")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")

        let list = try z.json("breach", "list", "--format", "json") as? [[String: Any]] ?? []
        #expect(list.count == 1)
        #expect(list.first?["description"] as? String == "laptop with an export stolen")
        #expect(list.first?["people"] as? Int == 12)
        #expect(list.first?["measures"] as? String == "remote wipe")
        #expect(list.first?["status"] as? String == "closed")
        #expect(list.first?["resolution"] as? String == "encrypted disk; unlikely to be a risk")
        #expect(list.first?["notified"] is NSNull || list.first?["notified"] == nil)
    }
}

import Foundation
import Testing

/// A request's extension (Art. 12(3)) and an objection (Art. 21) driven in a real terminal;
/// what the screens saved is read back through the command line.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct RightsSessionTests {
    func seeded() throws -> Zgoda {
        let z = Zgoda()
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl")
        return z
    }

    @Test func extendingARequestAndObjecting() throws {
        let z = try seeded()
        defer { z.cleanUp() }
        try z.run("purpose", "add", "fraud-checks", "--title", "Fraud checks", "--description", "We check orders for fraud.",
                  "--basis", "legitimate-interest")
        let jan = try z.run("contact", "list", "--format", "ids").trimmingCharacters(in: .whitespacesAndNewlines)
        try z.run("request", "add", jan, "--type", "access")
        let before = try z.json("request", "list", "--format", "json") as? [[String: Any]] ?? []
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        try t.waitFor("1 contact")
        try t.keys("R")
        try t.waitFor("R1")
        try t.keys("x")
        try t.waitFor("Why does it need two more months?")
        try t.type("paper archives to search")
        try t.keys("Enter")
        try t.waitFor("saved: extended access request R1, now due")
        // Once only: the second time the core's refusal is shown and nothing is asked.
        try t.keys("x")
        try t.waitFor("was extended already")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("c")
        try t.waitFor("Consents of Jan Kowalski")
        // A consent purpose takes no objection; the legitimate-interest one (last) does.
        try t.keys("o")
        try t.waitFor("an objection (Art. 21) is to processing based on legitimate interest")
        try t.keys("End")
        try t.keys("o")
        try t.waitFor("source?")
        try t.keys("3")
        try t.keys("Enter")
        try t.waitFor("saved: objected fraud-checks via e-mail")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")

        let after = try z.json("request", "list", "--format", "json") as? [[String: Any]] ?? []
        #expect(after.first?["extended"] as? Bool == true)
        #expect((after.first?["due"] as? String ?? "") > (before.first?["due"] as? String ?? "~"))
        let rows = try z.json("consent", "list", jan, "--format", "json") as? [[String: Any]] ?? []
        let fraud = rows.first { ($0["purpose"] as? String) == "fraud-checks" }
        #expect(fraud?["status"] as? String == "objected" && fraud?["source"] as? String == "email")
    }
}

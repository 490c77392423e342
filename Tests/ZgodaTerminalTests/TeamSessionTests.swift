import Foundation
import Testing
import TestPostgresServer

/// The terminal UI of a team member (PostgreSQL): another member's change shows without a
/// key pressed, a lost server is shown as such and nothing typed meanwhile is lost, and once
/// the server is back the screen catches up by itself.
@Suite(.serialized) struct TeamSessionTests {
    /// Two members' directories on one new database of `server`.
    func team(on server: TestPostgres) throws -> (Zgoda, Zgoda) {
        let url = server.socketURL(database: try server.newDatabase())
        let anna = Zgoda(), piotr = Zgoda()
        try anna.run("init", "--postgres", url)
        try anna.run("admin", "set", "--name", "Firma Zespołowa", "--address", "ul. Wspólna 1, 00-001 Warszawa")
        try anna.run("contact", "add", "--name", "Jan Kowalski")
        try piotr.run("init", "--postgres", url)
        return (anna, piotr)
    }

    @Test func anotherMembersChangeShowsWithoutAKey() throws {
        let (anna, piotr) = try team(on: try TestPostgres.server())
        defer { anna.cleanUp(); piotr.cleanUp() }
        let t = try Tmux(command: anna.tuiCommand())
        try t.waitFor("1 contact")
        try piotr.run("contact", "add", "--name", "Zbigniew Zdalny")
        // Within a second on an idle machine (NOTIFY, then the next poll); a loaded CI gets more.
        let screen = try t.waitFor("Zbigniew Zdalny", timeout: 5)
        #expect(screen.contains("2 contacts"))
        try t.keys("q")
    }

    @Test func aLostServerShowsOfflineKeepsWhatIsTypedAndSavesItWhenBack() throws {
        // A server of this test's own: it is stopped.
        let server = try TestPostgres.privateServer()
        defer { server.stop() }
        let (anna, piotr) = try team(on: server)
        defer { anna.cleanUp(); piotr.cleanUp() }
        let t = try Tmux(command: anna.tuiCommand())
        try t.waitFor("1 contact")

        try server.pause()
        try t.waitFor("offline — reconnecting")
        // Keys still work: searching while offline.
        try t.keys("/")
        try t.type("kowal")
        try t.waitFor("1 of 1")

        // A new contact typed while offline: the save fails, the form and what was typed stay.
        try t.keys("Escape")
        try t.keys("a")
        try t.waitFor("New contact")
        try t.type("Zapisana Później")
        try t.keys("C-s")
        // The error wraps (it names the server's address), so its words are looked for across lines.
        var refused = try t.screen()
        let until = Date().addingTimeInterval(15)
        while !refused.split(separator: "\n").joined(separator: " ").split(separator: " ").joined(separator: " ").contains("cannot be reached"),
              Date() < until {
            usleep(100_000)
            refused = try t.screen()
        }
        #expect(refused.split(separator: "\n").joined(separator: " ").split(separator: " ").joined(separator: " ").contains("cannot be reached"), "\(refused)")
        #expect(refused.contains("New contact"), "\(refused)")
        #expect(refused.contains("Zapisana Później"), "\(refused)")

        try server.resume()
        // Back: the header's notice goes, and the same form saves.
        let deadline = Date().addingTimeInterval(10)
        while try t.screen().contains("offline — reconnecting"), Date() < deadline { usleep(100_000) }
        let back = try t.screen()
        #expect(!back.contains("offline — reconnecting"))
        #expect(back.contains("Zapisana Później"), "what was typed while offline is still there")
        try t.keys("C-s")
        try t.waitFor("saved: added Zapisana Później")
        #expect(try piotr.run("contact", "list").contains("Zapisana Później"))
        try piotr.run("contact", "add", "--name", "Po Awarii")
        let after = try t.waitFor("Po Awarii", timeout: 5)
        #expect(!after.contains("offline"))
        try t.keys("q")
    }
}

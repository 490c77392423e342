import Foundation
import Testing

/// A name carrying terminal commands, in a real terminal (tmux): the commands show as
/// placeholders and none of them runs — the pane keeps its title and nothing is cleared.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct HostileDataSessionTests {
    /// Sets the window title twice (OSC 0 ended by BEL, OSC 2 ended by ST), clears the screen
    /// and homes the cursor (CSI 2J, CSI H), then an 8-bit OSC.
    static let name = "Evil\u{1b}]0;PWNED\u{07}\u{1b}]2;PWNED2\u{1b}\\Name\u{1b}[2J\u{1b}[H\u{9d}0;C1\u{9c}"
    static let shown = "Evil␛]0;PWNED␇␛]2;PWNED2␛\\Name␛[2J␛[H\u{FFFD}0;C1\u{FFFD}"

    @Test func escapeSequencesInANameAreShownNotObeyed() throws {
        let z = Zgoda()
        defer { z.cleanUp() }
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        try z.run("contact", "add", "--name", Self.name, "--email", "evil@example.com")
        try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl")

        let t = try Tmux(command: z.tuiCommand())
        let list = try t.waitFor("2 contacts")
        let title = try t.display("#{pane_title}")
        #expect(!title.contains("PWNED"))
        #expect(list.contains("Evil␛]0;PWNED␇"))
        func expectIntact(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let lines = screen.components(separatedBy: "\n")
            // A clear screen that ran would have wiped the title bar drawn before the name.
            #expect(lines.first?.contains("Zgoda ·") == true, "\(screen)", sourceLocation: sourceLocation)
            #expect(!screen.contains("\u{1b}"), sourceLocation: sourceLocation)
            #expect(try t.display("#{pane_title}") == title, sourceLocation: sourceLocation)
        }
        try expectIntact(list)
        #expect(list.contains("Jan Kowalski"))

        try t.keys("/")
        try t.type("evil")
        try t.waitFor("1 of 2")
        try t.keys("Enter")
        try t.keys("Enter")
        let detail = try t.waitFor(Self.shown)
        try expectIntact(detail)

        try t.keys("h")
        let history = try t.waitFor("added contact Evil␛]0;PWNED␇")
        try expectIntact(history)

        // Back to the contact screen, then to the list.
        try t.keys("Escape")
        try t.waitFor(Self.shown)
        try t.keys("Escape")
        try expectIntact(try t.waitFor("Enter open"))
        try t.keys("q")
        try t.waitFor("[exited 0]")
        #expect(try t.display("#{pane_title}") == title)
    }
}

import Foundation
import Testing

/// Editing in a real terminal while another process changes the same person, and characters
/// that arrive as several code points.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct EditingSessionTests {
    func seeded() throws -> (Zgoda, String) {
        let z = Zgoda()
        try z.run("admin", "set", "--name", "Firma Testowa", "--address", "ul. Prosta 1, 00-001 Warszawa")
        let id = try z.run("contact", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl", "--city", "Łódź")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try z.run("contact", "add", "--name", "Anna Nowak", "--phone", "+48 600 100 200")
        return (z, id)
    }

    @Test func aSecondProcessEditingTheSamePersonIsNeverOverwrittenSilently() throws {
        let (z, id) = try seeded()
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        try t.waitFor("2 contacts")
        try t.keys("/")
        try t.type("kowalski")
        try t.waitFor("1 of 2")
        try t.keys("Enter", "e")
        try t.waitFor("Edit contact \(id)")
        for _ in 0..<5 { try t.keys("Tab") }
        try t.keys("C-k")
        try t.type("Gdańsk")
        try t.keys("Tab", "Tab")
        try t.type("dzwonić po 16")
        // Meanwhile, at another desk:
        try z.run("contact", "edit", id, "--city", "Poznań", "--name", "Jan Nowak")
        try t.keys("C-s")
        // The dialog's last line: the whole dialog is drawn.
        let asked = try t.waitFor("Esc back")
        #expect(asked.contains("City: theirs 'Poznań', yours 'Gdańsk'"))
        #expect(asked.contains("t keep theirs   o overwrite   r review   Esc back"))
        try t.keys("t")
        try t.waitFor("saved: notes (kept theirs: city)")
        let contact = try #require(try z.json("contact", "show", id, "--format", "json") as? [String: Any])
        #expect(contact["name"] as? String == "Jan Nowak")
        #expect(contact["city"] as? String == "Poznań")
        #expect(contact["notes"] as? String == "dzwonić po 16")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func backspaceRemovesAWholeFlag() throws {
        let (z, _) = try seeded()
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        try t.waitFor("2 contacts")
        try t.keys("a")
        try t.waitFor("New contact")
        try t.type("Ala 🇵🇱")
        try t.keys("BSpace")
        try t.type("z Polski")
        try t.keys("C-s")
        try t.waitFor("saved: added Ala z Polski")
        let ids = try z.run("contact", "list", "--query", "Ala", "--format", "ids").split(separator: "\n").map(String.init)
        let added = try #require(ids.first)
        let contact = try #require(try z.json("contact", "show", added, "--format", "json") as? [String: Any])
        #expect(contact["name"] as? String == "Ala z Polski")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func theAnonymisePromptIsReadInFullAt50x12() throws {
        let (z, id) = try seeded()
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand(), cols: 50, rows: 12)
        try t.waitFor("2 contacts")
        try t.keys("/")
        try t.type("kowalski")
        try t.waitFor("1 of 2")
        try t.keys("Enter", "A")
        let screen = try t.waitFor("Enter confirm")
        // The text inside the box, row after row.
        let inside = screen.split(separator: "\n").compactMap { row -> Substring? in
            guard let a = row.firstIndex(of: "│"), let b = row.lastIndex(of: "│"), a < b else { return nil }
            return row[row.index(after: a)..<b]
        }
        let text = inside.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("This erases every personal value of Jan Kowalski for good: name, e-mail, phone, notes, evidence."))
        #expect(text.contains("It cannot be undone. Type the id \(id) or ANONYMISE and press Enter."))
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func keysTypedWhileTheStoreOpensAreKept() throws {
        let z = Zgoda()
        defer { z.cleanUp() }
        try z.run("demo", "--contacts", "3000")
        try z.run("contact", "add", "--name", "Zdzisława Ćwierć")
        let t = try Tmux(command: z.tuiCommand(), cols: 100, rows: 30)
        // At once, without waiting for the list: the search is typed while the store opens.
        try t.keys("/")
        try t.type("cwierc")
        let found = try t.waitFor("1 of 3001")
        #expect(found.contains("Zdzisława Ćwierć"))
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    @Test func withoutColourTheSourcePickerStillShowsItsChoice() throws {
        let (z, _) = try seeded()
        defer { z.cleanUp() }
        let t = try Tmux(command: z.tuiCommand().replacingOccurrences(of: "exec env -i ", with: "exec env -i NO_COLOR=1 "), cols: 100, rows: 30)
        try t.waitFor("2 contacts")
        try t.keys("c")
        try t.waitFor("Consents of")
        try t.keys("g")
        // The whole picker, not only its title: the terminal may be caught between the two.
        let picker = try t.waitFor("▸ 1  in person")
        #expect(picker.contains("source?") && picker.contains("  2  phone"))
        try t.keys("Down")
        let moved = try t.waitFor("▸ 2  phone")
        #expect(!moved.contains("▸ 1  in person"))
        try t.keys("Escape")
        try t.waitFor("j/k move")
        try t.keys("Escape")
        try t.waitFor("Enter open")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }
}

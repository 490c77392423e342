import Foundation
import Testing

/// The audit log of a directory longer than one search slice, in a real terminal: the search
/// is carried to its end by the front between keys, and finds what the command line's
/// history of that person holds.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "needs tmux (.ci/run installs it)")) struct HistorySessionTests {
    @Test func aSearchOfTheAuditLogRunsToItsEndBetweenKeys() throws {
        let z = Zgoda()
        defer { z.cleanUp() }
        // 300 people: some 1,200 entries, more than two slices of the search.
        try z.run("demo", "--contacts", "300", "--seed", "7", "--quiet")
        let ids = try z.run("contact", "list", "--format", "ids").split(separator: "\n").map(String.init)
        let person = try #require(ids.last)
        let theirs = try z.json("history", person, "--format", "json") as? [[String: Any]] ?? []
        try #require(theirs.count >= 2)
        let t = try Tmux(command: z.tuiCommand(), cols: 120, rows: 30)
        try t.waitFor("300 contacts")
        try t.keys("H")
        try t.waitFor("Audit log")
        try t.keys("/")
        try t.type(person)
        try t.keys("Enter")
        let found = try t.waitFor("\(theirs.count) found")
        #expect(!found.contains("searching…"))
        #expect(found.contains("search: \(person)"))
        // Their newest entries fill the screen (the oldest may be above it): the id shows on
        // entry lines as well as in the search line.
        #expect(found.components(separatedBy: person).count - 1 >= 2)
        // Esc clears the search: every entry again, the newest at the bottom.
        try t.keys("Escape")
        try t.waitFor("Audit log")
        let all = try t.screen()
        #expect(!all.contains("found"))
        try t.keys("q")
        try t.keys("q")
        try t.waitFor("[exited 0]")
    }

    /// An export from the terminal runs as long work on a thread of its own and comes back to
    /// the list with its receipt; the file and its record are there.
    @Test func anExportRunsOffTheInputLoopAndComesBackWithItsReceipt() throws {
        let z = Zgoda()
        defer { z.cleanUp(); try? FileManager.default.removeItem(atPath: z.dataDir + "-out.csv") }
        try z.run("demo", "--contacts", "300", "--seed", "7", "--quiet")
        let path = z.dataDir + "-out.csv"
        let t = try Tmux(command: z.tuiCommand(), cols: 120, rows: 30)
        try t.waitFor("300 contacts")
        try t.keys("x")
        try t.waitFor("Export")
        try t.keys("C-u")
        try t.type(path)
        try t.keys("Enter")
        try t.waitFor("saved: exported 300 contacts to \(path)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.unicodeScalars.filter { $0 == "\n" }.count == 301, "a header and 300 rows")
        // The list answers keys again at once.
        try t.keys("/")
        try t.waitFor("/ ")
        try t.keys("Escape")
        try t.keys("q")
        try t.waitFor("[exited 0]")
        let exports = try z.json("history", "--format", "json") as? [[String: Any]] ?? []
        #expect(exports.contains { $0["kind"] as? String == "export" })
    }
}

import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Every screen painted into an in-memory grid at 80×24 and 120×40, with Polish, CJK and
/// emoji names and a name carrying an escape sequence, compared with Snapshots/*.txt.
@Suite struct SnapshotTests {
    static let sizes = [(24, 80), (40, 120)]

    /// Each scenario: a name and the keys that lead to the screen.
    static let scenarios: [(String, [Key])] = [
        ("list", []),
        ("list-search", [.char("/")] + Key.typing("lodz")),
        ("list-filter-kept", [.char("/")] + Key.typing("ż") + [.enter, .down]),
        ("list-no-match", [.char("/")] + Key.typing("qqq")),
        ("detail", [.char("j"), .enter]),
        ("form-add-invalid", [.char("a")] + Key.typing("Ola 😀") + [.tab] + Key.typing("ola@") + [.ctrl("s")]),
        ("form-edit", [.char("e")]),
        ("consent-editor", [.char("c"), .down]),
        ("consent-source-picker", [.char("c"), .char("g"), .down]),
        ("history", [.char("h")]),
        ("audit-log", [.char("H")]),
        ("help", [.char("?")]),
        ("anonymise-dialog", [.char("A")] + Key.typing("pl")),
        ("customer-mode", [.char("f"), .char("g"), .down, .char("r")]),
        ("customer-mode-leave", [.char("f"), .escape]),
        ("export-dialog", [.char("/")] + Key.typing("ż") + [.enter, .char("x")]),
    ]

    @Test(arguments: scenarios.map(\.0))
    func screen(_ name: String) throws {
        let keys = Self.scenarios.first { $0.0 == name }!.1
        for (rows, cols) in Self.sizes {
            let f = try Fixture()
            var app = f.app(rows: rows, cols: cols)
            app.send(keys)
            Snapshot.check(app.render(), "\(name)-\(cols)x\(rows)")
        }
    }

    @Test func welcomeScreens() throws {
        for (rows, cols) in Self.sizes {
            let f = try Fixture(people: [], controller: false)
            var app = f.app(rows: rows, cols: cols)
            Snapshot.check(app.render(), "welcome-\(cols)x\(rows)")
            app.send(.char("3"))
            app.type("Hurtownia Źródło")
            app.send(.tab, .ctrl("s"))
            Snapshot.check(app.render(), "welcome-controller-\(cols)x\(rows)")
        }
    }

    @Test func tooSmall() throws {
        let f = try Fixture()
        Snapshot.check(f.app(rows: 10, cols: 40).render(), "too-small-40x10")
    }

    @Test func escapeSequencesInDataNeverReachTheGrid() throws {
        let f = try Fixture()
        for (rows, cols) in Self.sizes {
            var app = f.app(rows: rows, cols: cols)
            app.send(.char("/")); app.type("evil"); app.send(.enter, .enter)
            let g = app.render()
            #expect(g.text.contains("Evil ␛]52;c;aGk=␇ Name") || g.text.contains("Evil ␛]52"))
            for r in 0..<g.rows {
                for c in 0..<g.cols {
                    #expect(!g[r, c].text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) })
                }
            }
        }
    }

    @Test func wideNamesKeepTheColumnsAligned() throws {
        let f = try Fixture()
        let g = f.app(rows: 24, cols: 80).render()
        // The badge column starts at the same display column on every contact row.
        let rows = (2..<7).map { g.lines[$0] }
        let badgeColumns = rows.map { line -> Int in
            var col = 0
            for ch in line { if "✓✗↩⧗~·".contains(ch) { return col }; col += DisplayWidth.of(ch) }
            return -1
        }
        #expect(Set(badgeColumns).count == 1)
        #expect(badgeColumns[0] == 72)
    }
}

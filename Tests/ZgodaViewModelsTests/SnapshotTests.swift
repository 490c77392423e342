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
        ("help-legend", [.char("?"), .pageDown, .pageDown]),
        ("consent-evidence", [.char("c"), .char("g"), .char("2")] + Key.typing("formularz nr 12") + [.enter] + Key.typing("2026-01")),
        ("no-basis-dialog", [.char("/")] + Key.typing("ola") + [.enter, .char("c"), .end, .char("w"), .char("1"), .enter]),
        ("report", [.char("/")] + Key.typing("gesla") + [.enter, .char("r")]),
        ("report-consents", [.char("/")] + Key.typing("gesla") + [.enter, .char("r")] + Array(repeating: .char("j"), count: 60)),
        ("breaches-empty", [.char("B")]),
        ("breach-add", [.char("B"), .char("a")] + Key.typing("laptop with an export stolen") + [.tab] + Key.typing("12")),
        ("breaches", SnapshotTests.addBreach),
        ("breach-close", SnapshotTests.addBreach + [.char("c"), .char(" "), .tab] + Key.typing("reported by the online form")),
        ("breaches-help", [.char("B"), .char("?")]),
        ("register", [.char("P")]),
    ]

    /// Enters one breach through the register's form.
    static let addBreach: [Key] = [.char("B"), .char("a")] + Key.typing("laptop with an export stolen") + [.tab] + Key.typing("12")
        + [.tab] + Key.typing("remote wipe") + [.enter]

    /// Screens that need more than the fixture: requests, a file to import, a later day.
    enum Setup { case requests, importFile, later, legitimateInterest }

    static let setupScenarios: [(String, Setup, [Key])] = [
        ("requests", .requests, [.char("R"), .char("j")]),
        ("requests-new-type", .requests, [.char("/")] + Key.typing("lucja") + [.enter, .char("R"), .char("n"), .down]),
        ("request-close-note", .requests, [.char("R"), .char("c")] + Key.typing("raport wysłany")),
        ("request-extend", .requests, [.char("R"), .char("G"), .char("x")] + Key.typing("paper archives")),
        ("request-extended", .requests, [.char("R"), .char("G"), .char("x")] + Key.typing("paper archives") + [.enter]),
        ("import-dialog", .importFile, [.char("I")] + Key.typing("k") + [.tab]),
        ("import-preview", .importFile, [.char("I")] + Key.typing("klienci.csv") + [.enter]),
        ("list-retention", .later, [.char("j")]),
        ("consent-objected", .legitimateInterest, [.char("/")] + Key.typing("gesla") + [.enter, .char("c"), .end, .char("o"), .char("3"), .enter]),
    ]

    @Test(arguments: setupScenarios.map(\.0))
    func screenWithSetup(_ name: String) throws {
        let (_, setup, keys) = Self.setupScenarios.first { $0.0 == name }!
        for (rows, cols) in Self.sizes {
            let f = try Fixture()
            var app = f.app(rows: rows, cols: cols)
            switch setup {
            case .requests: try f.addRequests()
            case .importFile:
                try f.write("klienci.csv", ImportDialogTests.csv)
                try f.write("kontakty.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Jan Nowak\nEND:VCARD\n")
            case .later: app = try f.app(at: Fixture.later, rows: rows, cols: cols)
            case .legitimateInterest: try f.addLegitimateInterestPurpose(); app = f.app(rows: rows, cols: cols)
            }
            app.send(keys)
            Snapshot.check(app.render(), "\(name)-\(cols)x\(rows)")
        }
    }

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
        #expect(badgeColumns[0] == 69)
    }
}

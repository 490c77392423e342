import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// A value from an import or a customer, and the text the screen must show for it.
struct HostileValue: Sendable, CustomTestStringConvertible {
    var label: String
    var value: String
    var shown: String
    // The label, not the value: a test report printed on a terminal must stay inert too.
    var testDescription: String { label }

    static let all: [HostileValue] = [
        HostileValue(label: "CSI clear screen", value: "CSI\u{1b}[2J\u{1b}[Hclear", shown: "CSI␛[2J␛[Hclear"),
        HostileValue(label: "OSC window title", value: "OSC\u{1b}]0;PWNED\u{07}title", shown: "OSC␛]0;PWNED␇title"),
        HostileValue(label: "8-bit C1 CSI, OSC, ST", value: "C1\u{9b}31m\u{9d}0;x\u{9c}end", shown: "C1\u{FFFD}31m\u{FFFD}0;x\u{FFFD}end"),
        HostileValue(label: "bell, backspace, CR, CR LF, NUL", value: "Bell\u{07}Bs\u{08}Cr\rCrLf\r\nNul\u{0}", shown: "Bell␇Bs␈Cr␍CrLf␍␊Nul␀"),
        HostileValue(label: "bidi overrides, isolates and marks",
                     value: "Bidi\u{202E}abc\u{202C}\u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}.",
                     shown: "Bidi\u{FFFD}abc\u{FFFD}\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}."),
        HostileValue(label: "invalid UTF-8", value: String(decoding: [0x42, 0x61, 0x64, 0xFF, 0x75, 0x74, 0x66, 0xC3, 0x28], as: UTF8.self),
                     shown: "Bad\u{FFFD}utf\u{FFFD}("),
    ]
}

/// Hostile data on screen: whatever a value holds, every cell of the grid is inert (no control,
/// C1 or bidi character), the placeholder shows where the terminal would have acted, the columns
/// stay where they are, and a huge value draws like a short one.
@Suite struct HostileDataTests {
    static let plain: (ContactID, ContactDetails) = ("pl000001", ContactDetails(name: "Jan Kowalski", email: "jan@example.pl"))
    static let hostileID: ContactID = "zz000002"

    /// A directory holding Jan Kowalski and one person with `details`.
    func fixture(_ details: ContactDetails) throws -> Fixture {
        try Fixture(people: [Self.plain, (Self.hostileID, details)], consents: false)
    }

    /// The text of `width` cells from `col` (a wide character's continuation adds nothing).
    func cells(_ g: Grid, row: Int, col: Int, width: Int) -> String {
        (col..<(col + width)).map { g[row, $0].text }.joined()
    }

    /// Every code point of every cell is one a terminal shows as it is.
    func expectInert(_ g: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        for r in 0..<g.rows {
            for c in 0..<g.cols {
                let bad = g[r, c].text.unicodeScalars.filter { SafeText.placeholder(for: $0) != nil }
                #expect(bad.isEmpty, "cell \(r),\(c) holds \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
                #expect(g[r, c].text.unicodeScalars.count <= Cell.maxScalars, sourceLocation: sourceLocation)
            }
        }
    }

    /// The list rows of the plain and the hostile person.
    func listRows(_ g: Grid) -> (plain: Int, hostile: Int) {
        let plain = (2...3).first { g.lines[$0].contains("Jan Kowalski") } ?? 2
        return (plain, plain == 2 ? 3 : 2)
    }

    /// On both rows the consent badges sit in the same cells, after a name cut to its column.
    func expectAligned(_ g: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        let (plain, hostile) = listRows(g)
        let badgeCol = g.cols - ContactListView.columns(width: g.cols, purposes: 4).badges
        for row in [plain, hostile] {
            #expect(cells(g, row: row, col: badgeCol, width: 11) == "·  ·  ·  · ", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: HostileValue.all)
    func theListShowsPlaceholdersInTheNameColumn(_ v: HostileValue) throws {
        let f = try fixture(ContactDetails(name: v.value, email: "evil@example.com", company: v.value))
        let app = f.app(rows: 24, cols: 80)
        let g = app.render()
        expectInert(g)
        let columns = ContactListView.columns(width: 80, purposes: 4)
        let row = listRows(g).hostile
        #expect(cells(g, row: row, col: 1, width: columns.name) == DisplayWidth.pad(v.shown, to: columns.name))
        #expect(cells(g, row: row, col: 2 + columns.name, width: columns.company) == DisplayWidth.pad(v.shown, to: columns.company))
        expectAligned(g)
    }

    @Test(arguments: HostileValue.all)
    func detailFormHistoryAndReportStayInert(_ v: HostileValue) throws {
        let f = try fixture(ContactDetails(name: v.value, email: "evil@example.com", city: v.value, tags: [v.value], notes: v.value))
        var app = f.app(rows: 24, cols: 80)
        if app.render().lines[2].contains("Jan Kowalski") { app.send(.down) }
        app.send(.enter)
        let detail = app.render()
        expectInert(detail)
        #expect(detail.lines[2].hasPrefix("  " + v.shown))
        let city = try #require(detail.lines.firstIndex { $0.contains("City") })
        #expect(cells(detail, row: city, col: 12, width: DisplayWidth.of(v.shown)) == v.shown)

        app.send(.escape)
        app.send(.char("e"))
        let form = app.render()
        expectInert(form)
        #expect(form.text.contains(v.shown))

        app.send(.escape)
        app.send(.char("h"))
        let history = app.render()
        expectInert(history)
        #expect(history.text.contains("added contact"))

        app.send(.escape)
        app.send(.char("r"))
        let report = app.render()
        expectInert(report)
        // Documents turn line breaks into spaces; the rest shows as on every screen.
        for part in v.shown.components(separatedBy: "␍␊") { #expect(report.text.contains(part)) }

        var wide = f.app(rows: 40, cols: 120)
        if wide.render().lines[2].contains("Jan Kowalski") { wide.send(.down) }
        let pane = wide.render()
        expectInert(pane)
        #expect(pane.text.contains(v.shown))
    }

    // MARK: Huge values

    @Test func aMegabyteNameIsCutWithAnEllipsisAndTheRowKeepsItsLayout() throws {
        let huge = String(repeating: "x", count: 1_000_000)
        let f = try fixture(ContactDetails(name: huge, email: "big@example.com", notes: huge))
        var app = f.app(rows: 24, cols: 80)
        let g = app.render()
        expectInert(g)
        let columns = ContactListView.columns(width: 80, purposes: 4)
        #expect(cells(g, row: listRows(g).hostile, col: 1, width: columns.name) == String(repeating: "x", count: columns.name - 1) + "…")
        expectAligned(g)

        if g.lines[2].contains("Jan Kowalski") { app.send(.down) }
        app.send(.enter)
        let detail = app.render()
        #expect(detail.text.components(separatedBy: "\n")[2] == "  " + String(repeating: "x", count: 75) + "…")
        app.send(.escape)
        app.send(.char("e"))
        let form = app.render()
        expectInert(form)
        #expect(form.text.contains(String(repeating: "x", count: 60)))
        app.send(.escape)
        app.send(.char("h"))
        expectInert(app.render())
        app.send(.escape)
        var wide = f.app(rows: 40, cols: 120)
        if wide.render().lines[2].contains("Jan Kowalski") { wide.send(.down) }
        expectInert(wide.render())
    }

    @Test func wideCJKAndEmojiAreCutOnACharacterBoundary() throws {
        let wide = String(repeating: "漢😀", count: 250_000)
        let f = try fixture(ContactDetails(name: wide, company: wide))
        let g = f.app(rows: 24, cols: 80).render()
        expectInert(g)
        let columns = ContactListView.columns(width: 80, purposes: 4)
        let row = listRows(g).hostile
        // 23 columns: eleven two-column characters and the ellipsis.
        #expect(cells(g, row: row, col: 1, width: columns.name) == String(String(repeating: "漢😀", count: 6).prefix(11)) + "…")
        #expect(g[row, 2].isContinuation && g[row, 1].text == "漢")
        expectAligned(g)
    }

    @Test func stackedCombiningMarksStayInOneCell() throws {
        let stacked = "Z" + String(repeating: "\u{0301}", count: 1000) + "algo"
        let f = try fixture(ContactDetails(name: stacked, company: "ACME"))
        let g = f.app(rows: 24, cols: 80).render()
        expectInert(g)
        let row = listRows(g).hostile
        #expect(g[row, 1].text == "Z" + String(repeating: "\u{0301}", count: Cell.maxScalars - 1))
        #expect(cells(g, row: row, col: 2, width: 4) == "algo")
        expectAligned(g)
    }

    @Test func aThousandZeroWidthCharactersCostNoMoreThanTheColumn() throws {
        let zeroWidth = "W" + String(repeating: "\u{200B}", count: 1000) + "idth"
        let f = try fixture(ContactDetails(name: zeroWidth, company: "ACME"))
        let g = f.app(rows: 24, cols: 80).render()
        expectInert(g)
        let row = listRows(g).hostile
        // The scan stops at the column's budget: what lies beyond counts as cut.
        #expect(g[row, 1].text == "W" + String(repeating: "\u{200B}", count: Cell.maxScalars - 1))
        #expect(g[row, 2].text == "…")
        expectAligned(g)
    }

    @Test func tenThousandTagsShowAsOneCutLine() throws {
        let tags = (0..<10_000).map { "tag\($0)" }
        let f = try fixture(ContactDetails(name: "Tagged", tags: tags))
        var app = f.app(rows: 24, cols: 80)
        if app.render().lines[2].contains("Jan Kowalski") { app.send(.down) }
        app.send(.enter)
        let g = app.render()
        expectInert(g)
        let row = try #require(g.lines.firstIndex { $0.contains("Tags") })
        let value = cells(g, row: row, col: 12, width: 80 - 14)
        #expect(value.hasPrefix("tag0, tag1, tag2, "))
        #expect(value.hasSuffix("…"))
        #expect(DisplayWidth.of(value) == 80 - 14)
        app.send(.escape)
        app.send(.char("e"))
        expectInert(app.render())
        var wide = f.app(rows: 40, cols: 120)
        if wide.render().lines[2].contains("Jan Kowalski") { wide.send(.down) }
        expectInert(wide.render())
    }

    @Test func putReadsNoFurtherThanTheWidthShows() {
        var g = Grid(rows: 1, cols: 10)
        // One character carrying a thousand marks, then text: the cell keeps what ncurses paints.
        g.put("e" + String(repeating: "\u{0300}", count: 1000) + "nd", row: 0, col: 0, role: .list)
        #expect(g[0, 0].text.unicodeScalars.count == Cell.maxScalars)
        #expect(g[0, 1].text == "n" && g[0, 2].text == "d")
        g.putPadded(String(repeating: "ab", count: 500_000), row: 0, col: 0, width: 10, role: .list)
        #expect(g.lines[0] == "ababababa…")
    }
}

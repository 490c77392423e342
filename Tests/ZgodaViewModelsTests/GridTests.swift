import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsWithAContinuation() {
        var g = Grid(rows: 1, cols: 10)
        let used = g.put("王a😀", row: 0, col: 0, role: .list)
        #expect(used == 5)
        #expect(g[0, 0].text == "王")
        #expect(g[0, 1].isContinuation)
        #expect(g[0, 2].text == "a")
        #expect(g[0, 3].text == "😀")
        #expect(g[0, 4].isContinuation)
        #expect(g.lines[0] == "王a😀     ")
    }

    @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
        var g = Grid(rows: 1, cols: 4)
        #expect(g.put("ab王", row: 0, col: 1, role: .list) == 2)
        #expect(g.lines[0] == " ab ")
        var h = Grid(rows: 1, cols: 6)
        h.putPadded("Zażółć王", row: 0, col: 0, width: 6, role: .list)
        #expect(h.lines[0] == "Zażół…")
        h.putPadded("王王王王", row: 0, col: 0, width: 6, role: .list)
        #expect(h.lines[0] == "王王… ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = Grid(rows: 1, cols: 4)
        g.put("王王", row: 0, col: 0, role: .list)
        g.put("x", row: 0, col: 1, role: .list)
        #expect(g.lines[0] == " x王")
        #expect(!g[0, 0].isContinuation)
    }

    @Test func controlAndEscapeCharactersNeverReachTheGrid() {
        var g = Grid(rows: 1, cols: 30)
        g.put("A\u{1b}]52;c;aGk=\u{07}B\u{9b}", row: 0, col: 0, role: .list)
        let text = g.lines[0]
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(text.hasPrefix("A␛]52;c;aGk=␇B\u{FFFD}"))
    }

    @Test func combiningMarksJoinTheirCharacter() {
        var g = Grid(rows: 1, cols: 5)
        #expect(g.put("e\u{301}x", row: 0, col: 0, role: .list) == 2)
        #expect(g[0, 0].text == "e\u{301}")
        #expect(g[0, 1].text == "x")
    }

    @Test func fillRestyleAndText() {
        var g = Grid(rows: 2, cols: 3)
        g.put("ab", row: 1, col: 0, role: .list)
        g.restyle(Rect(row: 1, col: 0, width: 3, height: 1), role: .selection)
        #expect(g[1, 2].role == .selection)
        g.fill(Rect(row: 0, col: 0, width: 3, height: 1), role: .header)
        #expect(g[0, 1].role == .header)
        #expect(g.text == "\nab")
    }
}

@Suite struct LineEditorTests {
    @Test func editsAtTheCursorByCharacter() {
        var e = LineEditor("Zażółć")
        e.handle(.left); e.handle(.left)
        e.handle(.backspace)
        #expect(e.text == "Zażłć")
        e.handle(.delete)
        #expect(e.text == "Zażć")
        e.handle(.home); e.handle(.char("😀"))
        #expect(e.text == "😀Zażć")
        e.handle(.end); e.handle(.char("!"))
        #expect(e.text == "😀Zażć!")
        #expect(e.cursor == 6)
        e.handle(.right)
        #expect(e.cursor == 6)
    }

    @Test func controlCharactersAreNotInserted() {
        var e = LineEditor()
        e.handle(.char("\u{1b}")); e.handle(.char("a"))
        #expect(e.text == "a")
    }

    @Test func theWindowScrollsToKeepTheCursorVisible() {
        let e = LineEditor("王王王王王")
        let w = e.window(width: 5)
        #expect(w.cursorColumn <= 4)
        #expect(w.text.hasSuffix("王"))
        #expect(DisplayWidth.of(w.text) <= 5)
    }
}

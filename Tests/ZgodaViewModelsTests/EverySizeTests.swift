import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Every screen draws at every size a terminal may have, and across a resize while it is open:
/// a Swift trap in a layout (an index out of range, a negative width) kills the process, so
/// this walks every width from 20 to 300 columns and every height from 8 to 100 rows.
@Suite struct EverySizeTests {
    static let widths = Array(20...300)
    static let heights = Array(8...100)

    /// In both languages: Polish words are longer, and a layout that fits English may not.
    @Test(arguments: SnapshotTests.scenarios.map(\.0), [Language.en, .pl])
    func drawsAtEveryWidthAndHeight(_ name: String, _ language: Language) throws {
        try Language.$current.withValue(language) { try drawsAtEverySize(name) }
    }

    func drawsAtEverySize(_ name: String) throws {
        let keys = SnapshotTests.scenarios.first { $0.0 == name }!.1
        let f = try Fixture()
        var app = f.app(rows: 24, cols: 80)
        app.send(keys)
        var drawn = 0
        // Every width at a few heights, and every height at a few widths, each by resizing the
        // screen that is open, as a user dragging the window would.
        for rows in [8, 13, 100] {
            for cols in Self.widths {
                app.resize(rows: rows, cols: cols)
                let g = app.render()
                #expect(g.rows == rows && g.cols == cols, "\(name) at \(cols)×\(rows)")
                drawn += 1
            }
        }
        for cols in [20, 50, 300] {
            for rows in Self.heights {
                app.resize(rows: rows, cols: cols)
                _ = app.render()
                drawn += 1
            }
        }
        #expect(drawn == 3 * Self.widths.count + 3 * Self.heights.count)
    }

    @Test(arguments: [50, 20, 21, 49, 51], [Language.en, .pl])
    func theConsentEditorOpensAtNarrowWidths(_ cols: Int, _ language: Language) throws {
        // Opening (not only resizing to) each narrow width: `c`, then a grant's source picker.
        for rows in [8, 12, 24] {
            try Language.$current.withValue(language) {
                let f = try Fixture()
                var app = f.app(rows: rows, cols: cols)
                app.send([.char("c"), .char("g"), .down, .escape, .char("w")])
                let g = app.render()
                #expect(g.cols == cols && g.rows == rows)
            }
        }
    }

    @Test func keysDoNothingWhileTheTerminalIsTooSmall() throws {
        let f = try Fixture()
        var app = f.app(rows: 24, cols: 80)
        app.send([.enter])
        guard case .detail? = app.top else { Issue.record("no contact screen"); return }
        app.resize(rows: 10, cols: 40)
        let stillRunning = app.send([.escape, .char("c"), .enter])
        #expect(stillRunning)
        app.resize(rows: 24, cols: 80)
        guard case .detail? = app.top else { Issue.record("a key acted while nothing could be seen"); return }
        app.resize(rows: 10, cols: 40)
        let quits = !app.send([.ctrl("c")])
        #expect(quits, "Ctrl-C still quits")
    }
}

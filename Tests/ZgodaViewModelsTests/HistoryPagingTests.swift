import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// A long history is read a window at a time: what the reader sees at every step is the line
/// the whole history has there, the window stays bounded, and a search of it runs in slices
/// between keys and stops on Esc.
@Suite struct HistoryPagingTests {
    /// The fixture with 1,500 more entries: Łucja's city changed again and again.
    static func longLog() throws -> Fixture {
        let f = try Fixture()
        try f.store.commit { _ in
            (1...1_500).map { i in .contactEdited(id: "pl000005", changes: [FieldChange(field: "city", old: "Miasto \(i - 1)", new: "Miasto \(i)")]) }
        }
        return f
    }

    /// Every line of the audit log, and the line each entry starts at.
    static func wholeLines(_ f: Fixture) throws -> (lines: [HistoryLine], starts: [Int]) {
        var lines: [HistoryLine] = [], starts: [Int] = []
        for e in try f.store.history() {
            starts.append(lines.count)
            lines += HistoryModel.lines(of: e, state: f.store.state)
        }
        return (lines, starts)
    }

    static func history(_ app: AppModel) -> HistoryModel? {
        if case let .history(m)? = app.top { return m }
        return nil
    }

    @Test func theAuditLogOpensOnAWindowAndEveryLineScrolledToIsTheOneTheHistoryHasThere() throws {
        let f = try Self.longLog()
        let (whole, starts) = try Self.wholeLines(f)
        var app = f.app()
        app.send(.char("H"))
        var m = try #require(Self.history(app))
        #expect(m.recordCount == starts.count)
        #expect(m.window == (starts.count - HistoryModel.page)..<starts.count, "only the newest page is read")
        #expect(m.lines.last == whole.last)
        func check(_ m: HistoryModel, _ step: String) {
            let at = starts[m.window.lowerBound] + m.navigation.selected
            #expect(m.lines[m.navigation.selected] == whole[at], "\(step): line \(at)")
            #expect(m.window.count <= HistoryModel.maxWindow)
        }
        // Up a page at a time to the oldest entry, then down to the newest.
        var steps = 0
        while m.window.lowerBound > 0 || m.navigation.selected > 0 {
            app.send(.pageUp); m = try #require(Self.history(app)); check(m, "up \(steps)")
            steps += 1
            if steps > 2_000 { Issue.record("never reached the oldest entry"); return }
        }
        #expect(m.lines.first == whole.first)
        while m.window.upperBound < m.shownCount || m.navigation.selected < m.lines.count - 1 {
            app.send(.pageDown); m = try #require(Self.history(app)); check(m, "down \(steps)")
            steps += 1
            if steps > 4_000 { Issue.record("never reached the newest entry"); return }
        }
        #expect(m.lines.last == whole.last)
        // g and G jump to the ends without reading what lies between.
        app.send(.char("g")); m = try #require(Self.history(app))
        #expect(m.window.lowerBound == 0 && m.navigation.selected == 0)
        check(m, "g")
        app.send(.char("G")); m = try #require(Self.history(app))
        #expect(m.window.upperBound == starts.count && m.lines[m.navigation.selected] == whole.last)
        // What is drawn is the window's lines.
        #expect(app.render().text.contains("city: Miasto 1499 → Miasto 1500"))
    }

    @Test func aSearchOfALongLogRunsInSlicesBetweenKeysAndFindsWhatTheWholeLogHolds() throws {
        let f = try Self.longLog()
        var app = f.app()
        app.send(.char("H"), .char("/"))
        app.type("miasto 1234")
        var m = try #require(Self.history(app))
        #expect(app.isWorking, "one slice is read per key; the rest waits for work()")
        #expect(m.search != nil && m.shownCount == m.recordCount)
        #expect(app.render().text.contains("searching… "))
        var slices = 0
        while app.isWorking {
            app.work()
            slices += 1
            if slices > 100 { Issue.record("the search never ended"); return }
        }
        #expect(slices >= 2)
        m = try #require(Self.history(app))
        #expect(m.filter == "miasto 1234")
        // "Miasto 1234" is the new value of edit 1234 and the old one of edit 1235.
        #expect(m.shownCount == 2)
        #expect(m.lines.filter { $0.kind == .change }.map(\.text) == ["city: Miasto 1233 → Miasto 1234", "city: Miasto 1234 → Miasto 1235"])
        #expect(app.render().text.contains("2 found"))
    }

    @Test func escStopsASearchUnderWayAndShowsEverythingAgain() throws {
        let f = try Self.longLog()
        var app = f.app()
        app.send(.char("H"), .char("/"))
        app.type("miasto 99")
        #expect(app.isWorking)
        app.send(.escape)
        #expect(!app.isWorking)
        let m = try #require(Self.history(app))
        #expect(m.search == nil && m.filter.isEmpty && m.shownCount == m.recordCount)
        #expect(m.lines.last?.text == "city: Miasto 1499 → Miasto 1500")
        // A search kept with Enter goes on after the typing stops, and Esc stops it too.
        app.send(.char("/")); app.type("miasto 98"); app.send(.enter)
        #expect(app.isWorking)
        #expect(app.render().text.contains("search: miasto 98"))
        app.send(.escape)
        #expect(!app.isWorking)
        #expect(Self.history(app)?.shownCount == Self.history(app)?.recordCount)
    }
}

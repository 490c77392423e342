import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Who is past retention, and what the detail pane says about retention and minimisation.
@Suite struct RetentionMarkTests {
    /// The display column where `text` starts in row `y`, found by cells.
    func column(of text: String, row y: Int, in g: Grid) -> Int? {
        (0..<g.cols).first { g[y, $0].text == text }
    }

    @Test func thePastRetentionMarkShowsOnlyForPeopleWithoutABasisPastTheirPeriod() throws {
        let f = try Fixture()
        let today = f.app().render()
        #expect(!today.text.contains(RetentionMark.symbol))
        var later = try f.app(at: Fixture.later)
        let g = later.render()
        // Rows: Evil, Łucja, Ola (partners granted), Zażółć (e-mail granted), 王小明.
        let marked = (2..<7).filter { y in column(of: RetentionMark.symbol, row: y, in: g) != nil }
        #expect(marked == [2, 3, 6])
        let x = try #require(column(of: RetentionMark.symbol, row: 3, in: g))
        #expect(x == 66 && g[3, x].role == .warning && g[3, x + 1].isContinuation)
        // The selected row keeps the selection's look.
        #expect(g[2, x].role == .selection)
        later.send(.char("j"))
        #expect(later.render()[2, x].role == .warning)
    }

    @Test func theDetailPaneSaysWhyAndSinceWhen() throws {
        let f = try Fixture()
        let state = f.store.state
        let withdrawn = ContactDetailView.gdprNotes(try #require(state.contacts["cn000002"]), state: state, now: Fixture.later)
        #expect(withdrawn.map(\.label) == ["Retention", "Not needed"])
        #expect(withdrawn[0].text == "⌛ past retention since 2028-01-15: no legal basis since 2026-01-15 (phone-marketing withdrawn); retention 2y.")
        #expect(withdrawn[0].role == .warning)
        let never = ContactDetailView.gdprNotes(try #require(state.contacts["es000004"]), state: state, now: Fixture.later)
        #expect(never[0].text == "⌛ past retention since 2026-02-14: never had a legal basis; grace period 30 days after being added.")
        let notYet = ContactDetailView.gdprNotes(try #require(state.contacts["cn000002"]), state: state, now: Fixture.now)
        #expect(notYet[0].text == "no legal basis since 2026-01-15 (phone-marketing withdrawn); retention 2y, until 2028-01-15.")
        #expect(notYet[0].role == .detail)
    }

    @Test func fieldsNoActivePurposeNeedsAreListed() throws {
        let f = try Fixture()
        let state = f.store.state
        // E-mail marketing (granted) needs the name and e-mail only.
        let notes = ContactDetailView.gdprNotes(try #require(state.contacts["pl000001"]), state: state, now: Fixture.now)
        #expect(notes.map(\.label) == ["Not needed"])
        #expect(notes[0].text == "Phone, Company, Position, City, Tags, Notes")
        var app = f.app(rows: 40, cols: 120)
        app.send(.char("/")); app.type("gesla"); app.send(.enter)
        #expect(app.render().text.contains("Not needed Phone, Company, Position, City,"))
    }
}

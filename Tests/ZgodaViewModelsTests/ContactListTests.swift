import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct ContactListTests {
    func model() throws -> (Fixture, ContactListModel) {
        let f = try Fixture()
        var m = ContactListModel(state: f.store.state)
        m.navigation.setVisibleRows(3)
        return (f, m)
    }

    @Test func movesWithVimKeysArrowsPagesAndEnds() throws {
        var (_, m) = try model()
        #expect(m.navigation.selected == 0)
        _ = m.handle(.char("j")); _ = m.handle(.down)
        #expect(m.navigation.selected == 2)
        _ = m.handle(.char("k")); _ = m.handle(.up); _ = m.handle(.up)
        #expect(m.navigation.selected == 0)
        _ = m.handle(.pageDown)
        #expect(m.navigation.selected == 2)
        _ = m.handle(.char("G"))
        #expect(m.navigation.selected == 4)
        #expect(m.navigation.top == 2)
        _ = m.handle(.pageUp)
        #expect(m.navigation.selected == 2)
        _ = m.handle(.char("g"))
        #expect(m.navigation.selected == 0 && m.navigation.top == 0)
        _ = m.handle(.end)
        #expect(m.navigation.selected == 4)
        _ = m.handle(.home)
        #expect(m.navigation.selected == 0)
    }

    @Test func searchesOnEveryKeystrokeIgnoringCaseAndDiacritics() throws {
        var (_, m) = try model()
        _ = m.handle(.char("/"))
        #expect(m.isSearching)
        for k in Key.typing("LODZ") { _ = m.handle(k) }
        #expect(m.results == ["pl000001"])
        _ = m.handle(.backspace); _ = m.handle(.backspace); _ = m.handle(.backspace)
        #expect(m.filter == "L")
        #expect(m.results.count > 1)
        for k in Key.typing("ucja") { _ = m.handle(k) }
        #expect(m.results == ["pl000005"])
    }

    @Test func enterKeepsTheFilterAndEscClearsIt() throws {
        var (_, m) = try model()
        _ = m.handle(.char("/"))
        for k in Key.typing("gesla") { _ = m.handle(k) }
        _ = m.handle(.enter)
        #expect(!m.isSearching)
        #expect(m.filter == "gesla")
        #expect(m.results == ["pl000001"])
        // With the search closed, letters are commands again.
        #expect(m.handle(.char("e")) == .edit("pl000001"))
        _ = m.handle(.escape)
        #expect(m.filter == "")
        #expect(m.results.count == 5)
        _ = m.handle(.char("/"))
        for k in Key.typing("王") { _ = m.handle(k) }
        _ = m.handle(.escape)
        #expect(!m.isSearching && m.filter == "" && m.results.count == 5)
    }

    @Test func everyCommandKeyGivesItsIntent() throws {
        var (_, m) = try model()
        let id = try #require(m.selectedID)
        #expect(m.handle(.enter) == .open(id))
        #expect(m.handle(.char("a")) == .add)
        #expect(m.handle(.char("e")) == .edit(id))
        #expect(m.handle(.char("c")) == .consent(id))
        #expect(m.handle(.char("h")) == .history(id))
        #expect(m.handle(.char("H")) == .auditLog)
        #expect(m.handle(.char("x")) == .export)
        #expect(m.handle(.char("I")) == .importFile)
        #expect(m.handle(.char("r")) == .report(id))
        #expect(m.handle(.char("R")) == .requests)
        #expect(m.handle(.char("f")) == .customerMode(id))
        #expect(m.handle(.char("A")) == .anonymise(id))
        #expect(m.handle(.char("q")) == .quit)
        #expect(m.handle(.char("z")) == .none)
    }

    @Test func commandsNeedASelectedContact() throws {
        let f = try Fixture(people: [])
        var m = ContactListModel(state: f.store.state)
        #expect(m.handle(.enter) == .none)
        #expect(m.handle(.char("e")) == .none)
        #expect(m.handle(.char("r")) == .none)
        #expect(m.handle(.char("a")) == .add)
        #expect(m.handle(.char("R")) == .requests)
    }

    @Test func reloadKeepsTheSelectedContactWhereverItMoved() throws {
        var (f, m) = try model()
        _ = m.handle(.char("G"))
        let id = try #require(m.selectedID)
        // Another contact sorting first shifts every row down by one.
        try f.store.commit { _ in [.contactAdded(id: "aa000009", keySlot: Store.newKeySlot, details: ContactDetails(name: "Aaron Abel"))] }
        m.reload(state: f.store.state)
        #expect(m.selectedID == id)
        #expect(m.results.count == 6)
    }

    @Test func purposeColumnsHaveDistinctTwoLetterCodes() {
        #expect(PurposeCodes.codes(for: ["email-marketing", "phone-marketing", "profiling", "partners"]) == ["EM", "PM", "PR", "PA"])
        // Clashes fall back to later letters, then digits; every code stays distinct.
        #expect(PurposeCodes.codes(for: ["email", "e-mail", "em", "e"]) == ["EM", "EA", "E1", "E2"])
        #expect(PurposeCodes.codes(for: ["newsletter", "news-letter", "newsletter-b"]) == ["NE", "NL", "NB"])
        let many = (1...12).map { "p\($0)" }
        #expect(Set(PurposeCodes.codes(for: many)).count == 12)
    }
}

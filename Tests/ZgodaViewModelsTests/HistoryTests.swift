import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct HistoryTests {
    @Test func linesShowTimeOperatorWhatAndFromTo() throws {
        let f = try Fixture()
        try f.store.editContact("pl000001") { $0.email = "nowy@example.pl" }
        let m = HistoryModel(contact: "pl000001", title: "History", entries: try f.store.history(contact: "pl000001"), state: f.store.state)
        let entries = m.lines.filter { $0.kind == .entry }
        #expect(entries.map(\.what) == ["contact.add pl000001", "consent.grant pl000001", "consent.refuse pl000001", "contact.edit pl000001"])
        #expect(entries.allSatisfy { $0.operator == "anna" && $0.time == "2026-01-15 10:00:00" })
        #expect(m.lines.contains { $0.kind == .change && $0.text == "email: zazolc@example.pl → nowy@example.pl" })
        // Opens at the newest line.
        #expect(m.navigation.selected == m.lines.count - 1)
    }

    @Test func theAuditLogIncludesExports() throws {
        let f = try Fixture()
        try f.store.commit { _ in [.exported(format: "csv", filter: "łódź", destination: "out.csv", contacts: ["pl000001"])] }
        let m = HistoryModel(contact: nil, title: "Audit log", entries: try f.store.history(), state: f.store.state)
        #expect(m.lines.contains { $0.what == "export" && $0.text == "exported 1 contact as csv to out.csv" })
        let own = HistoryModel(contact: "pl000001", title: "History", entries: try f.store.history(contact: "pl000001"), state: f.store.state)
        #expect(own.lines.contains { $0.what == "export" })
    }

    @Test func scrollsAndCloses() throws {
        let f = try Fixture()
        var m = HistoryModel(contact: nil, title: "Audit log", entries: try f.store.history(), state: f.store.state)
        m.navigation.setVisibleRows(5)
        #expect(m.handle(.char("g")) == false)
        #expect(m.navigation.selected == 0)
        #expect(m.handle(.pageDown) == false)
        #expect(m.navigation.selected == 4)
        #expect(m.handle(.char("G")) == false)
        #expect(m.navigation.selected == m.lines.count - 1)
        #expect(m.handle(.escape) == true)
        #expect(m.handle(.char("q")) == true)
    }

    @Test func updateFollowsNewEntriesOnlyFromTheEnd() throws {
        let f = try Fixture()
        var m = HistoryModel(contact: nil, title: "Audit log", entries: try f.store.history(), state: f.store.state)
        try f.store.recordConsent("pl000005", purpose: "partners", decision: .granted, source: .email)
        m.update(entries: try f.store.history(), state: f.store.state)
        #expect(m.navigation.selected == m.lines.count - 1)
        _ = m.handle(.char("g"))
        try f.store.recordConsent("pl000005", purpose: "partners", decision: .withdrawn, source: .email)
        m.update(entries: try f.store.history(), state: f.store.state)
        #expect(m.navigation.selected == 0)
    }

    @Test func oneVocabularyForMissingValuesAndSources() throws {
        let f = try Fixture()
        try f.store.editContact("pl000005") { $0.phone = "+48 600 700 800"; $0.city = "" }
        try f.store.recordConsent("pl000005", purpose: "partners", decision: .granted, source: .webForm)
        let m = HistoryModel(contact: "pl000005", title: "History", entries: try f.store.history(contact: "pl000005"), state: f.store.state)
        let texts = m.lines.map(\.text)
        #expect(texts.contains("phone: — → +48 600 700 800"))
        #expect(texts.contains("city: Poznań → —"))
        #expect(texts.contains("granted partners v1 via web form"))
        #expect(!texts.contains { $0.contains(":  →") || $0.hasSuffix("→ ") || $0.contains("web-form") })
        // The command line keeps the stable codes.
        let entry = try #require(try f.store.history(contact: "pl000005").last)
        #expect(HistoryText.summary(entry, state: f.store.state) == "granted partners v1 via web-form")
    }

    @Test func slashFindsEntriesAndEnterReadsOneInFull() throws {
        let f = try Fixture()
        let long = "Rozmowa telefoniczna: " + String(repeating: "klientka prosi o kontakt wyłącznie mailowo, ", count: 6) + "koniec notatki"
        try f.store.editContact("pl000005") { $0.notes = long }
        var app = f.app()
        app.send(.char("H"))
        guard case .history? = app.top else { Issue.record("no audit log"); return }
        app.send(.char("/"))
        #expect(app.isTypingText, "? and letters are typed into the search")
        app.type("PL000005")
        guard case let .history(m)? = app.top else { return }
        #expect(m.lines.filter { $0.kind == .entry }.map(\.what) == ["contact.add pl000005", "contact.edit pl000005"])
        #expect(app.render().text.contains("/ PL000005"))
        #expect(app.render().text.contains("2 found"))
        app.send(.enter)
        #expect(app.render().text.contains("search: PL000005  (/ change, Esc clear)"))
        app.send(.char("/")); app.send(.ctrl("u")); app.type("łucja żak")
        guard case let .history(byName)? = app.top else { return }
        #expect(byName.lines.filter { $0.kind == .entry }.map(\.what) == ["contact.add pl000005"], "diacritics and case ignored")
        app.send(.ctrl("u")); app.type("pl000005"); app.send(.enter)
        // The newest found entry is selected; Enter reads it in full.
        app.send(.enter)
        guard case let .history(r)? = app.top, let entry = r.reading else { Issue.record("not reading"); return }
        #expect(entry.first?.what == "contact.edit pl000005")
        let shown = NothingCutTests.boxed(app.render())
        #expect(shown.contains(NothingCutTests.words("notes: — → " + long)))
        #expect(app.render().text.contains("Esc close"))
        app.send(.escape)
        guard case let .history(closed)? = app.top else { return }
        #expect(closed.reading == nil)
        // Esc clears the search, then leaves.
        app.send(.escape)
        guard case let .history(all)? = app.top else { Issue.record("left too early"); return }
        #expect(all.filter.isEmpty && all.shownCount == all.recordCount && all.search == nil)
        app.send(.escape)
        #expect(app.top == nil)
    }

    @Test func aSearchThatFindsNothingSaysSo() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("H"), .char("/"))
        app.type("nikt-taki")
        #expect(app.render().text.contains("No entry holds that."))
        #expect(app.render().text.contains("0 found"))
    }
}

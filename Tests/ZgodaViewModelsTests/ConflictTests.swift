import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// A save writes only what the user edited; another process's change to the same values since
/// the editor opened is shown, and the user chooses: keep theirs, overwrite or review.
@Suite struct ConflictTests {
    /// Opens the edit form of Łucja Żak and retypes her city and notes.
    func editingLucja(_ f: Fixture) -> AppModel {
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("e"))
        for _ in 0..<5 { app.send(.tab) }
        app.send(.ctrl("k")); app.type("Gdańsk")
        app.send(.tab, .tab, .ctrl("k")); app.type("dzwonić po 16")
        return app
    }

    @Test func aFieldChangedElsewhereButNotEditedIsNotWrittenBack() throws {
        let f = try Fixture()
        var app = editingLucja(f)
        try f.secondStore().editContact("pl000005") { $0.name = "Łucja Nowak"; $0.company = "Biedronka" }
        app.send(.ctrl("s"))
        #expect(app.dialog == nil)
        #expect(app.status?.text == "saved: city, notes")
        let d = try #require(f.store.state.contacts["pl000005"]).details
        #expect(d.name == "Łucja Nowak" && d.company == "Biedronka" && d.city == "Gdańsk" && d.notes == "dzwonić po 16")
    }

    @Test func theSameFieldChangedElsewhereAsksAndKeepTheirsSavesTheRest() throws {
        let f = try Fixture()
        var app = editingLucja(f)
        let before = f.store.lastSeq
        try f.secondStore().editContact("pl000005") { $0.city = "Poznań Wilda"; $0.name = "Łucja Nowak" }
        app.send(.ctrl("s"))
        #expect(f.store.lastSeq == before + 1, "nothing written over theirs")
        let dialog = try #require(app.dialog)
        #expect(dialog.title == "Changed elsewhere")
        #expect(dialog.message == ["Since you opened the form, someone else changed Łucja Nowak:",
                                   "City: theirs 'Poznań Wilda', yours 'Gdańsk'"])
        #expect(dialog.footer == "t keep theirs   o overwrite   r review   Esc back")
        // Enter is no answer.
        app.send(.enter)
        #expect(app.dialog != nil)
        app.send(.char("t"))
        #expect(app.dialog == nil && app.top == nil)
        #expect(app.status?.text == "saved: notes (kept theirs: city)")
        let d = try #require(f.store.state.contacts["pl000005"]).details
        #expect(d.city == "Poznań Wilda" && d.notes == "dzwonić po 16" && d.name == "Łucja Nowak")
    }

    @Test func overwriteWritesYoursOverTheirs() throws {
        let f = try Fixture()
        var app = editingLucja(f)
        try f.secondStore().editContact("pl000005") { $0.city = "Poznań Wilda" }
        app.send(.ctrl("s"), .char("o"))
        #expect(app.status?.text == "saved: city, notes")
        #expect(f.store.state.contacts["pl000005"]?.details.city == "Gdańsk")
        let last = try #require(try f.store.history(contact: "pl000005").last)
        #expect(last.event == .contactEdited(id: "pl000005", changes: [FieldChange(field: "city", old: "Poznań Wilda", new: "Gdańsk"),
                                                                       FieldChange(field: "notes", old: "", new: "dzwonić po 16")]))
    }

    @Test func reviewShowsTheirValueBesideYoursThenSavesKnowingly() throws {
        let f = try Fixture()
        var app = editingLucja(f)
        try f.secondStore().editContact("pl000005") { $0.city = "Poznań Wilda"; $0.company = "Biedronka" }
        app.send(.ctrl("s"), .char("r"))
        guard case let .form(m)? = app.top else { Issue.record("the form closed"); return }
        #expect(m.theirs == [.city: "Poznań Wilda"])
        #expect(m.focusedField == .city)
        #expect(m.editors[ContactFormModel.fields.firstIndex(of: .company)!].text == "Biedronka", "an untouched field shows the new value")
        #expect(app.status?.text == "review: city changed elsewhere; Ctrl-S saves yours over theirs")
        #expect(app.render().text.contains("↳ changed elsewhere to 'Poznań Wilda'; Ctrl-S saves yours over it"))
        // Esc on a second conflict goes back to the form, changing nothing.
        app.send(.ctrl("s"))
        #expect(app.dialog == nil)
        #expect(app.status?.text == "saved: city, notes")
        let d = try #require(f.store.state.contacts["pl000005"]).details
        #expect(d.city == "Gdańsk" && d.company == "Biedronka")
    }

    @Test func escOnTheQuestionGoesBackToTheFormAndWritesNothing() throws {
        let f = try Fixture()
        var app = editingLucja(f)
        try f.secondStore().editContact("pl000005") { $0.notes = "VIP" }
        _ = try f.store.refresh()
        let before = f.store.lastSeq
        app.send(.ctrl("s"), .escape)
        #expect(app.dialog == nil)
        guard case .form? = app.top else { Issue.record("the form closed"); return }
        #expect(f.store.lastSeq == before)
        #expect(f.store.state.contacts["pl000005"]?.details.notes == "VIP")
    }

    @Test func aConsentRecordedElsewhereSinceTheDecisionStartedAsks() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("c"), .char("g"), .char("2"))
        try f.secondStore().recordConsent("pl000005", purpose: "email-marketing", decision: .refused, source: .email)
        _ = try f.store.refresh()
        let before = f.store.lastSeq
        app.send(.enter, .enter)
        #expect(f.store.lastSeq == before)
        let dialog = try #require(app.dialog)
        #expect(dialog.message == ["Since you started this decision, someone else recorded for Łucja Żak:",
                                   "email-marketing: refused by bartek at 2026-01-15T10:00:00Z", "Yours: granted"])
        app.send(.char("t"))
        #expect(app.status?.text == "not saved: kept theirs for email-marketing")
        #expect(f.store.state.status(of: "pl000005", purpose: "email-marketing", now: Fixture.now) == .refused)
        // Again, and this time the grant is recorded after theirs.
        app.send(.char("g"), .char("2"))
        try f.secondStore().recordConsent("pl000005", purpose: "email-marketing", decision: .granted, source: .email)
        app.send(.enter, .enter, .char("o"))
        #expect(app.status?.text == "saved: granted email-marketing via phone")
        #expect(f.store.state.decisions["pl000005"]?.map(\.source) == [.email, .email, .phone])
    }
}

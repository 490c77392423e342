import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The contact screen says where the person's data came from, and warns once the Art. 14
/// notice is late.
@Suite struct SourceNoteTests {
    @Test func theSourceShowsAndTurnsIntoAWarningWhenTheNoticeIsLate() throws {
        let f = try Fixture()
        let id = try f.store.addContact(ContactDetails(name: "Anna Z Listy"), origin: DataOrigin(kind: .entered, fromPerson: false))
        let c = try #require(f.store.state.contacts[id])
        let note = try #require(ContactDetailView.gdprNotes(c, state: f.store.state, now: Fixture.now).first)
        #expect(note.label == "Source")
        #expect(note.text == "entered by hand, from a third party; to be told where the data came from by 2026-02-16 (Art. 14)")
        #expect(note.role == .detail)
        let late = try #require(ContactDetailView.gdprNotes(c, state: f.store.state, now: Day(year: 2026, month: 2, day: 17).date).first)
        #expect(late.role == .warning)
        // The fixture's people were added before sources were recorded: no line at all.
        let old = try #require(f.store.state.contacts["pl000001"])
        #expect(!ContactDetailView.gdprNotes(old, state: f.store.state, now: Fixture.now).contains { $0.label == "Source" })
    }

    @Test func theContactScreenRecordsTheNoticeAndHowItWasGiven() throws {
        let f = try Fixture()
        let id = try f.store.addContact(ContactDetails(name: "Anna Zlisty"), origin: DataOrigin(kind: .entered, fromPerson: false))
        var app = f.app()
        app.send(.char("/")); app.type("zlisty"); app.send(.enter, .enter)
        guard case .detail? = app.top else { Issue.record("the card did not open"); return }
        app.send(.char("n"))
        let d = try #require(app.dialog)
        #expect(d.message == ["The data of Anna Zlisty came from someone else; they must be told by 2026-02-16. How were they told?"])
        #expect(d.choices.map(\.key) == ["e", "l", "p", "i", "s"])
        app.send(.char("l"))
        #expect(app.dialog == nil)
        #expect(f.store.state.notices[id]?.channel == .letter)
        #expect(app.status?.text == "saved: the person was told where their data came from by letter")
        // Told already: nothing more to record, and nothing is written.
        let before = f.store.lastSeq
        app.send(.char("n"))
        #expect(app.dialog == nil && app.status?.isError == true && f.store.lastSeq == before)
    }
}

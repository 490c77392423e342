import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Who looked, from the terminal UI: the contact card, the consent editor and a person's
/// history record a read, once per person, screen and day; the list and the audit log do not.
@Suite struct ReadRecordTests {
    func reads(_ f: Fixture, _ id: ContactID? = nil) throws -> [Event] {
        try f.store.history(contact: id, scope: .accesses).map(\.event)
    }

    @Test func screensShowingOnePersonRecordAReadOncePerDay() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("j"), .char("k"), .char("G"), .char("g"))
        app.send(.char("H"), .escape)
        #expect(try reads(f).isEmpty, "moving through the list and the audit log read no one")

        let id = try #require(app.list.selectedID)
        app.send(.enter)
        guard case .detail? = app.top else { Issue.record("the card did not open"); return }
        app.send(.escape, .enter, .escape)
        #expect(try reads(f) == [.accessed(what: "screen.contact", contacts: [id])], "the same card twice in a day: one read")

        app.send(.char("c"), .escape, .char("h"), .escape)
        #expect(try reads(f, id).map { if case let .accessed(what, _) = $0 { return what }; return "" }
                == ["screen.contact", "screen.consents", "screen.history"])
        let shown = try f.store.history(contact: id, scope: .accesses)
        #expect(shown.allSatisfy { $0.operator == "anna" })
        #expect(try f.store.history(contact: id).allSatisfy { !$0.event.isAccess }, "the history screen shows no reads")
    }

    @Test func aDirectoryThatCannotBeWrittenIsStillShownAndSaysTheReadLeftNoRecord() throws {
        let f = try Fixture()
        var options = StoreOptions(operatorName: "anna", clock: FixedClock(Fixture.now))
        options.readOnly = true
        let reader = try Store.open(DataDirectory(path: f.root + "/data"), options: options)
        var app = AppModel(store: reader)
        let before = reader.lastSeq
        app.send(.enter)
        guard case .detail? = app.top else { Issue.record("the card did not open"); return }
        #expect(app.status?.text == "this read of personal data is not recorded: the data directory cannot be written now")
        #expect(app.status?.isError == true)
        #expect(reader.lastSeq == before)
    }
}

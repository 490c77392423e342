import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// `o` in the consent editor: an objection (Art. 21) to a purpose relying on legitimate
/// interest, recorded with its source; refused for a consent purpose, in the core's words.
@Suite struct ObjectionTests {

    @Test func objectingRecordsTheDecision() throws {
        let f = try Fixture()
        try f.addLegitimateInterestPurpose()
        var app = f.app()
        app.send(.char("/")); app.type("gesla"); app.send(.enter)
        app.send(.char("c"), .end, .char("o"))
        guard case let .consent(m)? = app.top else { Issue.record("no consent editor"); return }
        #expect(m.selectedPurpose == "fraud-checks" && m.pending == .objected)
        app.send(.char("3"))
        app.type("letter of 2026-01-14")
        app.send(.enter)
        let d = try #require(f.store.state.latestDecisions(for: "pl000001")["fraud-checks"])
        #expect(d.decision == .objected && d.source == .email && d.evidence == "letter of 2026-01-14")
        #expect(app.status?.text == "saved: objected fraud-checks via e-mail with evidence")
        // Shown the way `zgoda consent list` words it.
        #expect(app.render().text.contains("objected"))
    }

    @Test func aConsentPurposeTakesNoObjection() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("gesla"); app.send(.enter)
        app.send(.char("c"))
        let before = f.store.lastSeq  // after the editor's read is recorded
        app.send(.char("o"))
        guard case let .consent(m)? = app.top else { Issue.record("no consent editor"); return }
        #expect(m.pending == nil)
        #expect(app.status?.isError == true && app.status?.text.contains("Art. 21") == true)
        #expect(f.store.lastSeq == before)
    }
}

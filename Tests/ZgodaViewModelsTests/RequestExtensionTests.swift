import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// `x` on the requests screen: the reason asked for, the core's extension, the new due date at
/// once; what the core will not extend is refused in its words.
@Suite struct RequestExtensionTests {
    @Test func extendingAnOpenRequestMovesItsDueDate() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        // Oldest received first: R1, R3 (closed), R2.
        app.send(.char("R"), .char("G"))
        let r2 = try #require(f.store.state.requests["R2"])
        #expect(!r2.extended)
        app.send(.char("x"))
        #expect(app.dialog?.action == .extendRequest("R2"))
        app.type("many records in paper archives")
        app.send(.enter)
        let extended = try #require(f.store.state.requests["R2"])
        #expect(extended.extended && extended.due == Deadlines.extended(received: r2.received) && extended.due > r2.due)
        #expect(app.dialog == nil)
        #expect(app.status?.text == "saved: extended erasure request R2, now due \(extended.due)")
        #expect(app.render().text.contains(extended.due.description))
    }

    @Test func anEmptyReasonKeepsTheDialog() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        let before = f.store.lastSeq
        app.send(.char("R"), .char("G"), .char("x"), .enter)
        #expect(f.store.lastSeq == before)
        #expect(app.dialog?.error?.contains("say why") == true)
    }

    @Test func whatTheCoreWillNotExtendIsRefusedInItsWords() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        let before = f.store.lastSeq
        // R1 is past its first deadline; R3 is closed.
        app.send(.char("R"), .char("x"))
        #expect(app.dialog == nil)
        #expect(app.status?.isError == true && app.status?.text.contains("within the first month") == true)
        app.send(.char("j"), .char("x"))
        #expect(app.dialog == nil && app.status?.text.contains("request R3 is already closed") == true)
        // Extended once already.
        try f.store.extendRequest("R2", reason: "archives")
        app.send(.char("G"), .char("x"))
        #expect(app.dialog == nil && app.status?.text.contains("extended already") == true)
        #expect(f.store.lastSeq == before + 1)
    }
}

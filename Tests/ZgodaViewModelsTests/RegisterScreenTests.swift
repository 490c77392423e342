import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The record of processing on screen: `P` shows what `zgoda register` writes, in the
/// language of the screen, scrolled like the access report.
@Suite struct RegisterScreenTests {
    @Test func pShowsTheCoresRegisterAtTheScreensWidth() throws {
        let f = try Fixture()
        var app = f.app()
        let before = f.store.lastSeq
        app.send(.char("P"))
        guard case let .register(m)? = app.top else { Issue.record("no register"); return }
        // About no one: nothing goes into a person's history.
        #expect(f.store.lastSeq == before)
        let register = ProcessingRegister(state: f.store.state, issued: Fixture.now, encrypted: f.store.isEncrypted, head: f.store.head)
        let expected = TextRenderer.render(register.blocks(), width: 78).components(separatedBy: "\n")
        #expect(m.lines == Array(expected.prefix(m.lines.count)))
        #expect(m.lines.contains { $0.contains("email-marketing") || $0.contains("E-mail marketing") })
        app.send(.char("G"))
        guard case let .register(end)? = app.top else { return }
        #expect(end.pager.top > 0)
        app.send(.escape)
        #expect(app.top == nil)
    }

    @Test func polishScreenShowsThePolishRegister() throws {
        try Language.$current.withValue(.pl) {
            let f = try Fixture()
            var app = f.app()
            app.send(.char("P"))
            let text = app.render().text
            #expect(text.contains("Rejestr czynności przetwarzania"))
        }
    }
}

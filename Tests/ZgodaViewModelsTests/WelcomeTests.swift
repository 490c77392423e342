import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct WelcomeTests {
    @Test func choicesByArrowsOrNumbers() {
        var m = WelcomeModel()
        #expect(m.handle(.enter) == .loadDemo)
        _ = m.handle(.down)
        #expect(m.handle(.enter) == .startEmpty)
        _ = m.handle(.up); _ = m.handle(.up)
        #expect(m.choice == 2)
        #expect(m.handle(.char("1")) == .loadDemo)
        #expect(m.handle(.char("2")) == .startEmpty)
        #expect(m.handle(.char("q")) == .quit)
    }

    @Test func theControllerFormNeedsNameAndAddress() {
        var m = WelcomeModel()
        #expect(m.handle(.char("3")) == .none)
        #expect(m.step == .controller)
        #expect(m.handle(.ctrl("s")) == .none)
        #expect(m.error == "the data controller needs a name")
        for k in Key.typing("Hurtownia Źródło") { _ = m.handle(k) }
        _ = m.handle(.enter)
        #expect(m.focus == 1)
        #expect(m.handle(.ctrl("s")) == .none)
        #expect(m.error?.contains("address") == true)
        for k in Key.typing("ul. Długa 5, Gdańsk") { _ = m.handle(k) }
        _ = m.handle(.tab)
        for k in Key.typing("zle@") { _ = m.handle(k) }
        #expect(m.handle(.ctrl("s")) == .none)
        #expect(m.focus == 2)
        for _ in 0..<4 { _ = m.handle(.backspace) }
        #expect(m.handle(.ctrl("s")) == .saveController(DataController(name: "Hurtownia Źródło", address: "ul. Długa 5, Gdańsk")))
        _ = m.handle(.escape)
        #expect(m.step == .choose)
    }
}

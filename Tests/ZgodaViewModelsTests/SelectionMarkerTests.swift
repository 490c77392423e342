import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Under `NO_COLOR` a dialog is reverse video and so is the selection: every picker inside a
/// dialog marks its choice in the text, which no theme can hide.
@Suite struct SelectionMarkerTests {
    func rows(_ app: AppModel) -> [String] { app.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func theSourcePickerMarksItsChoice() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("c"), .char("g"))
        #expect(rows(app).contains { $0.contains("│ ▸ 1  in person") })
        #expect(rows(app).contains { $0.contains("│   2  phone") })
        app.send(.down)
        #expect(rows(app).contains { $0.contains("│   1  in person") })
        #expect(rows(app).contains { $0.contains("│ ▸ 2  phone") })
    }

    @Test func theRequestTypePickerAndTheWelcomeChoicesMarkTheirChoice() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("R"), .char("n"))
        let picker = rows(app)
        #expect(picker.contains { $0.contains("New request: type?") })
        #expect(picker.contains { $0.contains("│ ▸ 1  access") })
        #expect(picker.filter { $0.contains("▸ ") }.count == 1)
        let empty = try Fixture(people: [], controller: false)
        let welcome = rows(empty.app())
        #expect(welcome.filter { $0.contains("▸ 1") }.count == 1)
    }
}

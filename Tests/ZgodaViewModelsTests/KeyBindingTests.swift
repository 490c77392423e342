import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// Each screen's key table is the one source of its handling, its footer and its help: what a
/// footer or help names is what the screen does, in every step of it.
@Suite struct KeyBindingTests {
    /// Every binding that names keys in the footer acts on at least one key; `?` and Ctrl-C are the app's.
    func footerKeysAct<S: KeyBound>(_ screen: S) {
        for b in screen.bindings where b.footer != nil && !["?", "Ctrl-C"].contains(b.label) {
            #expect(!b.triggers.isEmpty || b.label.contains("/Enter") || b.label == "Esc", "footer '\(b.label)' does nothing")
        }
        // Help lists every line of the table, the footer's among them.
        #expect(screen.helpEntries.count == screen.bindings.count)
    }

    @Test func theWelcomeControllerFormShowsItsOwnKeys() {
        var w = WelcomeModel()
        #expect(w.footerEntries.map(\.keys) == ["↑/↓", "1/2/3", "Enter", "q", "Ctrl-C"])
        _ = w.handle(.char("3"))
        #expect(w.step == .controller)
        #expect(w.footerEntries.map(\.keys) == ["Tab/Shift-Tab", "Ctrl-S", "Esc", "Ctrl-C"])
        // q is typed, not quit, here.
        #expect(w.handle(.char("q")) == .none)
        #expect(w.editors[0].text == "q")
        footerKeysAct(w)
    }

    @Test func theCustomersThankYouScreenOffersOnlyWhatWorks() {
        var m = CustomerFormModel(contact: "pl000001", purposes: ["email-marketing"])
        #expect(m.footerEntries.map(\.does) == ["choose a purpose", "yes, I agree", "no, I do not agree", "change the answer", "submit"])
        _ = m.handle(.char("g"))
        #expect(m.handle(.enter) == .submit([PurposeChoice(purpose: "email-marketing", decision: .granted)]))
        m.markSubmitted()
        #expect(m.footerEntries.map(\.does) == ["choose a purpose", "hand back to staff"])
        #expect(m.handle(.char("r")) == .none && m.choices["email-marketing"] == .granted)
        footerKeysAct(m)
    }

    @Test func everyScreensFooterAndHelpComeFromItsTable() throws {
        let f = try Fixture()
        footerKeysAct(ContactListModel(index: f.store.searchIndex()))
        footerKeysAct(ContactDetailModel(id: "pl000001"))
        footerKeysAct(ContactFormModel(mode: .add))
        footerKeysAct(ConsentEditorModel(contact: "pl000001", purposes: ["email-marketing"], today: Day(Fixture.now)))
        footerKeysAct(HistoryModel(contact: nil, title: "Audit log", entries: try f.store.history(), state: f.store.state))
        footerKeysAct(RequestsModel(requests: [], newFor: nil))
        // The app's help overlay is the table of the screen on top.
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter, .char("c"))
        guard case let .consent(m)? = app.top else { Issue.record("no consent editor"); return }
        #expect(app.helpEntries.map(\.keys) == m.helpEntries.map(\.keys))
        #expect(app.helpEntries.contains { $0.keys == "w" && $0.does == "withdraw (only a grant)" })
        #expect(app.render().text.contains("j/k move  g grant  r refuse  w withdraw  ? help  Esc back"))
        app.send(.char("g"))
        #expect(app.render().text.contains("1-6/Enter pick  Esc cancel"))
    }
}

import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The contact list shown while the whole directory is read: drawn from the saved index and a
/// window of the people on screen, it looks exactly as the list will, its own keys work, and
/// every other key waits, in order, for the app over the whole store.
@Suite struct ListPreviewTests {
    /// 80 people (more than a screen), a snapshot, and changes after it.
    static func fixture() throws -> Fixture {
        let names = ["Kowalska", "Nowak", "Wiśniewski", "Łukasiewicz", "Żak", "Zieliński", "Kowalczyk", "Dąbrowska"]
        let people: [(ContactID, ContactDetails)] = (0..<80).map { i in
            (ContactID(String(format: "p%07d", i)),
             ContactDetails(name: "\(["Anna", "Piotr", "Ewa", "Łucja", "Jan"][i % 5]) \(names[i % names.count]) \(i)",
                            email: i % 3 == 0 ? "" : "osoba\(i)@example.pl", phone: i % 3 == 0 ? "+48 600 000 \(100 + i)" : "",
                            company: "Firma \(i % 7)", city: "Gdańsk"))
        }
        let f = try Fixture(people: people, consents: false)
        for i in stride(from: 0, to: 80, by: 4) {
            try f.store.recordConsent(ContactID(String(format: "p%07d", i)), purpose: "email-marketing", decision: .granted, source: .email)
        }
        try f.store.compact()
        try f.store.recordConsent("p0000001", purpose: "partners", decision: .refused, source: .phone)
        try f.store.editContact("p0000002") { $0.company = "Nowa Firma" }
        try f.store.addContact(ContactDetails(name: "Aaron Dopisany", email: "aaron@example.pl"))
        _ = f.store.searchIndex()  // saved, as the app's first open leaves it
        return f
    }

    static func preview(_ f: Fixture, rows: Int = 24, cols: Int = 120) throws -> ListPreview {
        let dir = DataDirectory(path: f.root + "/data")
        let index = try #require(SearchCache.load(dir))
        let options = StoreOptions(operatorName: "anna", clock: FixedClock(Fixture.now))
        return try #require(ListPreview(index: index, rows: rows, cols: cols) { try? Store.openWindow(dir, options: options, people: $0) })
    }

    /// The app's frame with the preview's status line (that everyone is still being read).
    static func frame(_ app: AppModel, as preview: ListPreview) -> Grid {
        var app = app
        app.status = preview.app.status
        return app.render()
    }

    @Test func looksExactlyAsTheListWill() throws {
        let f = try Self.fixture()
        var preview = try Self.preview(f)
        var app = f.app(rows: 24, cols: 120)
        #expect(preview.render() == Self.frame(app, as: preview))
        #expect(preview.render().text.contains("Reading all 81 contacts… moving and searching work now; other keys are kept."))
        // A screen further, a search, the end: the window follows, row for row.
        for keys in [[Key.pageDown], [.pageDown, .char("j")], [.char("/"), .char("k"), .char("o"), .char("w")], [.enter, .end], [.escape, .home]] {
            for k in keys {
                let changed = preview.handle(k)
                #expect(changed)
                app.send(k)
            }
            #expect(preview.render() == Self.frame(app, as: preview), "\(keys)")
        }
        #expect(preview.kept.isEmpty)
    }

    @Test func readsThePeopleOnScreenAlone() throws {
        let f = try Self.fixture()
        var preview = try Self.preview(f)
        let onScreen = Set(preview.app.list.visiblePeople)
        #expect(onScreen.count == 20)
        #expect(Set(preview.app.store.state.contacts.keys) == onScreen)
        #expect(preview.app.store.state.isPartial)
        preview.handle(.end)
        #expect(Set(preview.app.store.state.contacts.keys) == Set(preview.app.list.visiblePeople))
        #expect(Set(preview.app.store.state.contacts.keys) != onScreen)
    }

    /// A key that acts on the store waits, and so does every key after it (in a screen it
    /// opens they mean something else): the app over the whole store handles them in order.
    @Test func otherKeysWaitInOrderForTheWholeStore() throws {
        let f = try Self.fixture()
        var preview = try Self.preview(f)
        let before = f.store.lastSeq
        for k in [Key.char("/"), .char("ł"), .char("u"), .char("c"), .enter, .char("j")] {
            let changed = preview.handle(k)
            #expect(changed)
        }
        let chosen = try #require(preview.app.list.selectedID)
        for k in [Key.char("e"), .char("j"), .tab] {
            let changed = preview.handle(k)
            #expect(!changed)
        }
        #expect(preview.kept == [.char("e"), .char("j"), .tab])
        #expect(f.store.lastSeq == before)
        let app = try #require(AppModel(continuing: preview, store: f.store, status: nil))
        #expect(app.list.filter == "łuc")
        guard case let .form(m)? = app.top, case let .edit(id) = m.mode else { Issue.record("no edit form: \(String(describing: app.top))"); return }
        #expect(id == chosen)
        #expect(m.focus == 1)
    }

    @Test func theSelectionAndScrollCarryOver() throws {
        let f = try Self.fixture()
        var preview = try Self.preview(f)
        for k in [Key.pageDown, .pageDown, .char("k")] { preview.handle(k) }
        let app = try #require(AppModel(continuing: preview, store: f.store, status: nil))
        #expect(app.list.selectedID == preview.app.list.selectedID)
        #expect(app.list.navigation == preview.app.list.navigation)
        #expect(Self.frame(app, as: preview) == preview.render())
    }

    /// `q` on the list quits at once (nothing to wait for); after a kept key it is that
    /// screen's (a letter typed in a form), and kept with it.
    @Test func quitQuitsAtOnceUnlessKeysAreKept() throws {
        let f = try Self.fixture()
        var preview = try Self.preview(f)
        #expect(preview.quits(.char("q")))
        preview.handle(.char("/"))
        #expect(!preview.quits(.char("q")), "typed in the search line")
        preview.handle(.escape)
        preview.handle(.char("?"))
        #expect(!preview.quits(.char("q")))
        preview.handle(.char("q"))
        #expect(AppModel(continuing: preview, store: f.store, status: nil)?.helpVisible == false)
        var form = try Self.preview(f)
        form.handle(.char("a"))
        #expect(!form.quits(.char("q")))
        form.handle(.char("q"))
        guard case let .form(m)? = AppModel(continuing: form, store: f.store, status: nil)?.top else { Issue.record("no form"); return }
        #expect(m.editors[0].text == "q")
    }

    @Test func aKeptQuitQuits() throws {
        let f = try Self.fixture()
        var preview = try Self.preview(f)
        preview.handle(.char("?"))
        preview.handle(.escape)
        preview.handle(.char("q"))
        #expect(AppModel(continuing: preview, store: f.store, status: nil) == nil)
        var help = try Self.preview(f)
        help.handle(.char("?"))
        #expect(help.kept == [.char("?")])
        #expect(AppModel(continuing: help, store: f.store, status: nil)?.helpVisible == true)
    }

    @Test func noPreviewWithoutPeopleOrAWindow() throws {
        let f = try Self.fixture()
        let index = f.store.searchIndex()
        #expect(ListPreview(index: index, rows: 24, cols: 80) { _ in nil } == nil)
        #expect(ListPreview(index: SearchIndex(), rows: 24, cols: 80) { _ in f.store } == nil)
    }
}

import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The breach register screen: `B` opens it, `a` enters a breach through the form, `c` closes
/// one; each writes what `zgoda breach add|close` writes, and a refusal changes nothing.
@Suite struct BreachesTests {
    @Test func aBreachEnteredThroughTheFormIsInTheStore() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("B"))
        guard case .breaches? = app.top else { Issue.record("no breach register"); return }
        app.send(.char("a"))
        app.type("laptop with an export stolen")
        app.send(.tab); app.type("12")
        app.send(.tab); app.type("remote wipe")
        app.send(.enter)
        let b = try #require(f.store.state.breaches["B1"])
        #expect(b.description == "laptop with an export stolen" && b.people == 12 && b.measures == "remote wipe")
        #expect(b.noticed == Fixture.now && b.closed == nil)
        guard case let .breaches(m)? = app.top else { Issue.record("the register closed"); return }
        #expect(m.form == nil && m.selected?.id == "B1")
        #expect(app.status?.isError == false)
        #expect(app.status?.text.contains("breach B1 recorded") == true)
        #expect(app.render().text.contains("72h 0m left"))
    }

    @Test func aRefusalGoesToTheStatusLineAndNothingChanges() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("B"), .char("a"), .tab)
        app.type("3")
        let before = f.store.lastSeq
        app.send(.ctrl("s"))
        // No description: the core refuses, the form stays with what was typed.
        #expect(f.store.lastSeq == before && f.store.state.breaches.isEmpty)
        #expect(app.status?.isError == true)
        guard case let .breaches(m)? = app.top else { Issue.record("the register closed"); return }
        #expect(m.form?.text(.people) == "3")
        // A count that is not a number never reaches the store.
        app.send(.backspace); app.type("many"); app.send(.ctrl("s"))
        guard case let .breaches(m2)? = app.top else { return }
        #expect(m2.form?.error?.contains("not a whole number") == true)
        #expect(f.store.lastSeq == before)
        app.send(.escape)
        guard case let .breaches(m3)? = app.top else { return }
        #expect(m3.form == nil)
        app.send(.escape)
        #expect(app.top == nil)
    }

    @Test func closingRecordsTheNotificationOrTheReason() throws {
        let f = try Fixture()
        try f.store.recordBreach(description: "misdirected e-mail", people: 1)
        try f.store.recordBreach(description: "lost USB stick", people: 40)
        var app = f.app()
        app.send(.char("B"))
        // B1: no notification (the answer the form starts with), with the reason.
        app.send(.char("c"), .tab)
        app.type("encrypted; unlikely to be a risk")
        app.send(.enter)
        var b1 = try #require(f.store.state.breaches["B1"])
        #expect(b1.closed == Fixture.now && b1.notified == nil && b1.resolution == "encrypted; unlikely to be a risk")
        // B2: notified now; the yes/no answer is toggled with Space, the note may stay empty.
        app.send(.char("j"), .char("c"), .char(" "), .enter, .enter)
        let b2 = try #require(f.store.state.breaches["B2"])
        #expect(b2.notified == Fixture.now && b2.closed == Fixture.now)
        // Closing again is refused, in the status line.
        let before = f.store.lastSeq
        app.send(.char("c"))
        #expect(app.status?.isError == true && app.status?.text.contains("already closed") == true)
        #expect(f.store.lastSeq == before)
        b1 = try #require(f.store.state.breaches["B1"])
        #expect(b1.resolution == "encrypted; unlikely to be a risk")
    }

    @Test func closingWithoutNotificationOrReasonIsRefused() throws {
        let f = try Fixture()
        try f.store.recordBreach(description: "misdirected e-mail", people: 1)
        var app = f.app()
        let before = f.store.lastSeq
        app.send(.char("B"), .char("c"), .enter, .enter)
        #expect(f.store.lastSeq == before && f.store.state.breaches["B1"]?.closed == nil)
        #expect(app.status?.isError == true)
    }

    @Test func timeLeftComesFromTheCoresDeadline() throws {
        let b = Breach(id: "B1", noticed: Fixture.now, description: "x", people: 1, contacts: [], measures: "")
        #expect(BreachesView.timeLeft(b, now: Fixture.now.addingTimeInterval(3600 + 60)) == "70h 59m left")
        #expect(BreachesView.timeLeft(b, now: b.deadline) == "0h 0m left")
        #expect(BreachesView.timeLeft(b, now: b.deadline.addingTimeInterval(5 * 3600)) == "passed 5h ago")
        var closed = b
        closed.closed = Fixture.now
        #expect(BreachesView.timeLeft(closed, now: Fixture.now) == "not notified")
        closed.notified = Fixture.now
        #expect(BreachesView.timeLeft(closed, now: Fixture.now) == "notified")
        closed.resolution = "phoned in"
        #expect(BreachesView.detail(closed) == "B1 noticed 2026-01-15 10:00 · x · notified 2026-01-15 10:00 · note: phoned in")
    }

    @Test func anOverdueBreachIsMarked() throws {
        let f = try Fixture()
        try f.store.recordBreach(description: "misdirected e-mail", people: 1)
        var app = try f.app(at: Fixture.now.addingTimeInterval(80 * 3600))
        app.send(.char("B"))
        let text = app.render().text
        #expect(text.contains("! overdue") && text.contains("passed 8h ago"))
    }

    @Test func questionMarkIsTypedInTheForm() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("B"), .char("a"))
        app.type("what?")
        #expect(!app.helpVisible)
        guard case let .breaches(m)? = app.top else { return }
        #expect(m.form?.text(.description) == "what?")
    }
}

/// The register's and its form's keys come from their tables, in every step.
@Suite struct BreachKeysTests {
    @Test func footerAndHelpComeFromTheTables() {
        var m = BreachesModel(breaches: [Breach(id: "B1", noticed: Fixture.now, description: "x", people: 1, contacts: [], measures: "")])
        KeyBindingTests().footerKeysAct(m)
        #expect(m.footerEntries.map(\.keys) == ["j/k", "a", "c", "?", "Esc"])
        _ = m.handle(.char("c"))
        KeyBindingTests().footerKeysAct(m)
        // On the yes/no question: Space answers; in the note it is typed.
        #expect(m.footerEntries.map(\.keys) == ["Tab", "Ctrl-S", "Space", "Esc"])
        _ = m.handle(.tab)
        #expect(m.footerEntries.map(\.keys) == ["Tab", "Ctrl-S", "Esc"])
        _ = m.handle(.char(" "))
        #expect(m.form?.text(.resolution) == " " && m.form?.notified == false)
        _ = m.handle(.escape)
        _ = m.handle(.char("a"))
        KeyBindingTests().footerKeysAct(m)
        _ = m.handle(.char("y"))
        #expect(m.form?.text(.description) == "y")
    }
}

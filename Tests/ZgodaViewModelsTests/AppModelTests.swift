import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The app over a real store: what each action writes, and what it never writes.
@Suite struct AppModelTests {
    @Test func addingThroughTheFormSavesAndSaysSoAfterTheWrite() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("a"))
        app.type("Zażółć Gęślą-Jaźń")
        app.send(.tab)
        app.type("nowa@example.pl")
        let before = f.store.lastSeq
        app.send(.ctrl("s"))
        #expect(app.top == nil)
        #expect(f.store.lastSeq == before + 1)
        let added = try #require(f.store.state.contacts.values.first { $0.details.email == "nowa@example.pl" })
        #expect(added.name == "Zażółć Gęślą-Jaźń")
        #expect(app.status?.text == "saved: added Zażółć Gęślą-Jaźń (\(added.id))")
        #expect(app.list.selectedID == added.id)
    }

    @Test func anInvalidFormSavesNothing() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("a"))
        app.type("Anna")
        app.send(.tab)
        app.type("anna@@example")
        let before = f.store.lastSeq
        app.send(.ctrl("s"))
        #expect(f.store.lastSeq == before)
        guard case let .form(m)? = app.top else { Issue.record("the form closed"); return }
        #expect(m.errors[.email] != nil)
    }

    @Test func escOnATypedFormAsksBeforeDiscarding() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("a"), .char("x"), .escape)
        #expect(app.dialog?.action == .discardForm)
        app.send(.char("n"))
        #expect(app.dialog == nil)
        app.send(.escape, .char("y"))
        #expect(app.top == nil)
        var clean = f.app()
        clean.send(.char("a"), .escape)
        #expect(clean.top == nil && clean.dialog == nil)
    }

    @Test func editingRecordsOnlyTheChangedField() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("e"), .tab, .ctrl("k"))
        app.type("l.zak@example.pl")
        app.send(.ctrl("s"))
        #expect(app.status?.text == "saved: email")
        let last = try #require(try f.store.history(contact: "pl000005").last)
        #expect(last.event == .contactEdited(id: "pl000005", changes: [FieldChange(field: "email", old: "lucja.zak@example.pl", new: "l.zak@example.pl")]))
    }

    @Test func consentEditorWritesOneJournalRecordPerDecision() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("王"); app.send(.enter)
        app.send(.char("c"), .char("g"), .char("2"), .enter)
        #expect(f.store.state.latestDecisions(for: "cn000002")["email-marketing"] == nil)
        app.send(.enter)
        #expect(f.store.state.status(of: "cn000002", purpose: "email-marketing", now: Fixture.now) == .granted)
        #expect(f.store.state.latestDecisions(for: "cn000002")["email-marketing"]?.source == .phone)
        #expect(app.status?.text == "saved: granted email-marketing via phone")
        let before = f.store.lastSeq
        app.send(.char("j"), .char("w"), .escape)
        #expect(f.store.lastSeq == before)
        app.send(.escape)
        #expect(app.top == nil)
    }

    @Test func historyAndAuditLogOpenAndClose() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("h"))
        guard case let .history(h)? = app.top else { Issue.record("no history"); return }
        #expect(h.contact == app.list.selectedID)
        app.send(.escape, .char("H"))
        guard case let .history(a)? = app.top else { Issue.record("no audit log"); return }
        #expect(a.contact == nil && a.title == "Audit log")
    }

    @Test func anonymiseOnlyAfterTheTypedConfirmation() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("gesla"); app.send(.enter)
        app.send(.char("A"))
        app.type("yes"); app.send(.enter)
        #expect(f.store.state.contacts["pl000001"]?.anonymized == false)
        app.send(.escape)
        #expect(app.dialog == nil)
        app.send(.char("A")); app.type("pl000001"); app.send(.enter)
        #expect(f.store.state.contacts["pl000001"]?.anonymized == true)
        #expect(app.status?.text == "saved: contact pl000001 anonymised")
    }

    @Test func customerModeRecordsTheFormAndEachDecisionInPerson() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("f"))
        let issued = try #require(try f.store.history(contact: "pl000005").last)
        #expect(issued.event == .documentIssued(kind: "form", contact: "pl000005", format: "screen", destination: nil))
        // Staff keys do nothing here: the customer cannot wander off.
        app.send(.char("q"), .char("a"), .char("A"))
        #expect(app.dialog == nil)
        app.send(.char("g"), .down, .char("r"), .enter)
        let d = f.store.state.latestDecisions(for: "pl000005")
        #expect(d["email-marketing"]?.decision == .granted && d["email-marketing"]?.source == .inPerson)
        #expect(d["phone-marketing"]?.decision == .refused)
        #expect(d["profiling"] == nil)
        app.send(.escape)
        #expect(app.dialog?.action == .leaveCustomerMode)
        app.send(.enter)
        #expect(app.top != nil, "Enter alone does not leave")
        app.type("anna"); app.send(.enter)
        #expect(app.top == nil)
    }

    @Test func customerModeNeedsAController() throws {
        let f = try Fixture(controller: false)
        var app = f.app()
        app.send(.char("f"))
        #expect(app.top == nil)
        #expect(app.status?.isError == true)
    }

    @Test func exportWritesTheCurrentFilterAndRecordsIt() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("łódź"); app.send(.enter, .char("x"))
        #expect(app.exportDialog?.query == "łódź")
        #expect(app.exportDialog?.count == 1)
        let path = f.root + "/out.csv"
        app.send(.ctrl("u")); app.type(path); app.send(.enter)
        #expect(app.exportDialog == nil)
        #expect(app.status?.text.hasPrefix("saved: exported 1 contact to \(path) (receipt ") == true)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("Zażółć Gęślą-Jaźń"))
        #expect(!written.contains("Łucja"))
        let record = try #require(f.store.state.exports.last)
        #expect(record.contacts == ["pl000001"] && record.format == "csv" && record.destination == path)
    }

    @Test func aFailedExportKeepsTheDialogAndRecordsNothing() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("x"), .ctrl("u"))
        app.type(f.root + "/no/such/dir/out.csv")
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(f.store.lastSeq == before)
        #expect(app.exportDialog?.error?.contains("does not exist") == true)
        app.send(.escape)
        #expect(app.exportDialog == nil)
    }

    @Test func anExportOverAnExistingFileAsksFirst() throws {
        let f = try Fixture()
        var app = f.app()
        let path = f.root + "/lista.csv"
        try "poprzednia lista\n".write(toFile: path, atomically: true, encoding: .utf8)
        app.send(.char("x"), .ctrl("u"))
        app.type(path)
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(f.store.lastSeq == before, "nothing recorded")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "poprzednia lista\n", "nothing replaced")
        #expect(app.exportDialog?.error?.contains("already exists") == true)
        app.send(.enter)
        #expect(app.exportDialog == nil)
        #expect(f.store.lastSeq == before + 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Name,Email"))
    }

    @Test func pollShowsAnotherProcessesChangesKeepingTheSelection() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("G"))
        let selected = try #require(app.list.selectedID)
        #expect(app.poll() == false)
        let other = try f.secondStore()
        try other.commit { _ in [.contactAdded(id: "aa000010", keySlot: Store.newKeySlot, details: ContactDetails(name: "Aaron Abel"))] }
        #expect(app.poll() == true)
        #expect(app.list.total == 6)
        #expect(app.list.selectedID == selected)
    }

    @Test func welcomeOnAnEmptyDirectoryLoadsDemoData() throws {
        let f = try Fixture(people: [], controller: false)
        var app = f.app()
        guard case .welcome? = app.top else { Issue.record("no welcome screen"); return }
        app.send(.enter)
        #expect(app.top == nil)
        #expect(f.store.state.contacts.count == 200)
        #expect(f.store.state.controller == DemoData.controller)
    }

    @Test func welcomeCanSetTheControllerOrStartEmpty() throws {
        let f = try Fixture(people: [], controller: false)
        var app = f.app()
        app.send(.char("3")); app.type("Hurtownia"); app.send(.tab); app.type("ul. Długa 5"); app.send(.ctrl("s"))
        #expect(f.store.state.controller.name == "Hurtownia")
        #expect(app.top == nil)
        let g = try Fixture(people: [], controller: false)
        var empty = g.app()
        let before = g.store.lastSeq
        empty.send(.char("2"))
        #expect(empty.top == nil && g.store.lastSeq == before)
    }

    @Test func helpOpensAnywhereAndAnyKeyClosesIt() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("?"))
        #expect(app.helpVisible)
        app.send(.char("q"))
        #expect(!app.helpVisible)
        // In a text field, ? is text.
        app.send(.char("a"), .char("?"))
        #expect(!app.helpVisible)
    }

    @Test func qQuitsFromTheListAndCtrlCFromAnywhere() throws {
        let f = try Fixture()
        var app = f.app()
        #expect(app.handle(.char("q")) == false)
        var form = f.app()
        form.send(.char("a"))
        form.type("Half typed")
        let before = f.store.lastSeq
        #expect(form.handle(.ctrl("c")) == false)
        #expect(f.store.lastSeq == before)
    }

    @Test func tooSmallTerminalSaysSo() throws {
        let f = try Fixture()
        var app = f.app(rows: 8, cols: 40)
        #expect(app.render().text.contains("Terminal too small"))
        app.resize(rows: 24, cols: 80)
        #expect(!app.render().text.contains("Terminal too small"))
    }

    @Test func consentEditorRecordsEvidenceAndExpiry() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("c"), .char("g"), .char("5"))
        // ? is typed into the evidence, not help.
        app.type("formularz nr 12?")
        app.send(.enter)
        app.type("2027-01-15")
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(f.store.lastSeq == before + 1)
        let d = try #require(f.store.state.latestDecisions(for: "pl000005")["email-marketing"])
        #expect(d.decision == .granted && d.source == .paper && d.evidence == "formularz nr 12?")
        #expect(d.expires == Day(year: 2027, month: 1, day: 15).date)
        #expect(app.status?.text == "saved: granted email-marketing via paper with evidence, expires 2027-01-15")
        #expect(!app.helpVisible)
    }

    @Test func aWithdrawalThatLeavesNoBasisOffersToAnonymise() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("ola"); app.send(.enter)
        app.send(.char("c"), .end, .char("w"), .char("1"), .enter)
        #expect(f.store.state.status(of: "em000003", purpose: "partners", now: Fixture.now) == .withdrawn)
        #expect(app.dialog?.title == "No legal basis remains")
        #expect(app.dialog?.message.first == "No legal basis remains for Ola 😀 Nowak. Anonymise now? (type ANONYMISE)")
        #expect(app.dialog?.action == .anonymise("em000003"))
        app.type("ANONYMISE")
        app.send(.enter)
        #expect(f.store.state.contacts["em000003"]?.anonymized == true)
        // The consent editor of the erased person closed with it.
        #expect(app.top == nil)
        #expect(app.status?.text == "saved: contact em000003 anonymised")
    }

    @Test func noOfferWhileABasisRemainsOrWhenThereWasNone() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("gesla"); app.send(.enter)
        // E-mail marketing stays granted while the last purpose is granted and withdrawn.
        app.send(.char("c"), .end, .char("g"), .char("1"), .enter, .enter)
        app.send(.char("w"), .char("1"), .enter)
        #expect(app.dialog == nil)
        #expect(app.status?.text == "saved: withdrawn partners via in person")
        app.send(.escape, .escape, .char("/")); app.type("王"); app.send(.enter)
        // 王小明 never gave e-mail marketing: there is nothing to withdraw, and nothing is offered.
        app.send(.char("c"))
        let before = f.store.lastSeq  // after the editor's read is recorded
        app.send(.char("w"))
        #expect(app.dialog == nil)
        #expect(app.status?.text == "not saved: cannot withdraw email-marketing for cn000002: it was never given (record a refusal instead)")
        #expect(app.status?.isError == true && f.store.lastSeq == before)
        // Esc keeps the data after an offer.
        app.send(.escape, .escape, .char("/")); app.type("ola"); app.send(.enter)
        app.send(.char("c"), .end, .char("w"), .char("1"), .enter, .escape)
        #expect(app.dialog == nil)
        #expect(f.store.state.contacts["em000003"]?.anonymized == false)
    }

    @Test func helpTallerThanTheTerminalScrollsAndAnyOtherKeyCloses() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("?"))
        #expect(app.helpTop == 0)
        let first = app.render().text
        #expect(first.contains("↓ more · ↑/↓ scroll, any other key closes."))
        app.send(.pageDown)
        #expect(app.helpVisible && (app.helpTop ?? 0) > 0)
        let scrolled = app.render().text
        #expect(scrolled.contains("EM            E-mail marketing"))
        #expect(scrolled.contains("PA            Sharing with partners"))
        app.send(.char("x"))
        #expect(!app.helpVisible && app.exportDialog == nil)
        // Where it fits, arrows close it like any key.
        var big = f.app(rows: 60, cols: 120)
        big.send(.char("?"))
        #expect(big.render().text.contains("Any key closes this help."))
        big.send(.down)
        #expect(!big.helpVisible)
    }

    @Test func theFooterKeepsHelpInSightWhenKeysDoNotFit() throws {
        let f = try Fixture()
        let footer = f.app().render().lines[23]
        #expect(footer.trimmingCharacters(in: .whitespaces).hasSuffix("? help"))
        #expect(footer.contains("r report  R requests"))
        let wide = f.app(rows: 40, cols: 160).render().lines[39]
        #expect(wide.contains("I import") && wide.contains("A anonymise  ? help  q quit"))
    }

    @Test func searchFindsAPhoneWrittenWithoutSpacesAndAnId() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("+48500600700")
        #expect(app.list.results == ["em000003"])
        app.send(.escape, .char("/")); app.type("cn000002")
        #expect(app.list.results == ["cn000002"])
    }
}

import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The requests screen: the list, `n` with its type picker, `c` with its note, and what each
/// writes to the store.
@Suite struct RequestsTests {
    func requests() -> [DataSubjectRequest] {
        [DataSubjectRequest(id: "R1", contact: "pl000001", type: .access, received: Day(year: 2025, month: 11, day: 3)),
         DataSubjectRequest(id: "R2", contact: "cn000002", type: .erasure, received: Day(year: 2026, month: 1, day: 15))]
    }

    @Test func movesOpensAndAsksToClose() {
        var m = RequestsModel(requests: requests(), newFor: "pl000005")
        #expect(m.handle(.enter) == .open("pl000001"))
        _ = m.handle(.char("j"))
        #expect(m.selected?.id == "R2")
        #expect(m.handle(.char("c")) == .close(requests()[1]))
        _ = m.handle(.char("g"))
        #expect(m.selected?.id == "R1")
        #expect(m.handle(.escape) == .back)
        #expect(m.handle(.char("q")) == .back)
    }

    @Test func nOpensTheTypePickerForTheListsContact() {
        var m = RequestsModel(requests: [], newFor: "pl000005")
        #expect(m.handle(.enter) == .none)
        #expect(m.handle(.char("c")) == .none)
        #expect(m.handle(.char("n")) == .none)
        #expect(m.picking == 0)
        _ = m.handle(.down); _ = m.handle(.down); _ = m.handle(.up)
        #expect(m.handle(.enter) == .add(.erasure))
        #expect(m.picking == nil)
        _ = m.handle(.char("n"))
        #expect(m.handle(.char("5")) == .add(.portability))
        _ = m.handle(.char("n"))
        #expect(m.handle(.char("9")) == .none)
        #expect(m.handle(.escape) == .none)
        #expect(m.picking == nil)
        var nobody = RequestsModel(requests: [], newFor: nil)
        #expect(nobody.handle(.char("n")) == .noContactSelected)
        #expect(nobody.picking == nil)
    }

    @Test func updateKeepsTheSelectedRequestOrSelectsTheNewOne() {
        var m = RequestsModel(requests: requests(), newFor: nil)
        _ = m.handle(.end)
        let r3 = DataSubjectRequest(id: "R3", contact: "pl000005", type: .objection, received: Day(year: 2025, month: 1, day: 1))
        m.update(requests: [r3] + requests())
        #expect(m.selected?.id == "R2")
        m.update(requests: [r3] + requests(), select: "R3")
        #expect(m.selected?.id == "R3")
    }

    @Test func addingARequestForTheSelectedContactWritesOneRecord() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("lucja"); app.send(.enter)
        app.send(.char("R"))
        guard case let .requests(m)? = app.top else { Issue.record("no requests screen"); return }
        #expect(m.newFor == "pl000005")
        let before = f.store.lastSeq
        app.send(.char("n"), .char("4"))
        #expect(f.store.lastSeq == before + 1)
        let r = try #require(f.store.state.requests["R1"])
        #expect(r.contact == "pl000005" && r.type == .objection && r.received == Day(Fixture.now) && r.status == .open)
        // One month is Sunday 15 February: due the next working day.
        #expect(app.status?.text == "saved: objection request R1 for Łucja Żak, due 2026-02-16")
        guard case let .requests(after)? = app.top else { Issue.record("the screen closed"); return }
        #expect(after.selected?.id == "R1")
        #expect(app.render().text.contains("R1    Łucja Żak"))
    }

    @Test func nWithAnEmptyListSaysWhatToDo() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("qqq"); app.send(.enter, .char("R"), .char("n"))
        #expect(app.status?.isError == true)
        #expect(app.status?.text.contains("select the person in the contact list first") == true)
    }

    @Test func closingAnAccessRequestNeedsANote() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        app.send(.char("R"), .char("c"))
        #expect(app.dialog?.action == .closeRequest("R1"))
        #expect(app.dialog?.freeText == true)
        let before = f.store.lastSeq
        app.send(.enter)
        #expect(f.store.lastSeq == before)
        #expect(app.dialog?.error?.hasPrefix("Say what was handed over") == true)
        // ? is typed here, not help.
        app.type("raport wysłany e-mailem?")
        app.send(.enter)
        #expect(app.dialog == nil)
        #expect(f.store.lastSeq == before + 1)
        let r = try #require(f.store.state.requests["R1"])
        #expect(r.status == .closed && r.closed == Day(Fixture.now) && r.resolution == "raport wysłany e-mailem?")
        #expect(app.status?.text == "saved: closed access request R1")
        #expect(!app.helpVisible)
    }

    @Test func closingAnErasureRequestBeforeAnonymisingShowsTheCoresRefusal() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        app.send(.char("R"), .char("G"), .char("c"))
        #expect(app.dialog == nil)
        #expect(app.status == StatusLine("contact cn000002 has not been anonymised yet: run 'zgoda anonymize cn000002 --request R2' first", isError: true))
        #expect(f.store.state.requests["R2"]?.status == .open)
    }

    @Test func anonymisingClosesTheErasureRequestItFulfils() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        app.send(.char("R"), .char("G"), .enter)
        guard case let .detail(d)? = app.top else { Issue.record("Enter did not open the person"); return }
        #expect(d.id == "cn000002")
        app.send(.char("A")); app.type("ANONYMISE"); app.send(.enter)
        // The erasure record names the open erasure request it fulfils, and closes it at once.
        let history = try f.store.history(contact: "cn000002")
        let erased = history[history.count - 2]
        #expect(erased.event == .anonymized(id: "cn000002", suppression: (erased.event.suppressionHashes), request: "R2"))
        #expect(history.last?.event == .requestClosed(id: "R2", contact: "cn000002", closed: Day(Fixture.now), resolution: nil))
        #expect(app.status?.text == "saved: contact cn000002 anonymised; request R2 fulfilled")
        #expect(f.store.state.requests["R2"]?.status == .closed)
        guard case .requests? = app.top else { Issue.record("not back on the requests"); return }
        app.send(.char("c"))
        #expect(app.dialog == nil)
        #expect(app.status == StatusLine("request R2 is already closed", isError: true))
    }

    @Test func aClosedRequestCannotBeClosedAgain() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        app.send(.char("R"), .char("j"), .char("c"))
        #expect(app.dialog == nil)
        #expect(app.status == StatusLine("request R3 is already closed", isError: true))
    }

    @Test func theHeaderCountsOpenAndOverdueRequests() throws {
        let f = try Fixture()
        #expect(!f.app().render().lines[0].contains("request"))
        try f.addRequests()
        let g = f.app().render()
        let header = g.lines[0]
        #expect(header.contains("2 requests open, 1 overdue · Przykład"))
        let col = try #require(header.firstRange(of: "2 requests").map { header.distance(from: header.startIndex, to: $0.lowerBound) })
        #expect(g[0, col].role == .error)
        try f.store.closeRequest("R1", note: "sent")
        let calm = f.app().render()
        #expect(calm.lines[0].contains("1 request open · "))
        let c2 = try #require(calm.lines[0].firstRange(of: "1 request").map { calm.lines[0].distance(from: calm.lines[0].startIndex, to: $0.lowerBound) })
        #expect(calm[0, c2].role == .header)
    }

    @Test func requestsRenderWithOverdueMarked() throws {
        let f = try Fixture()
        try f.addRequests()
        var app = f.app()
        app.send(.char("R"), .char("j"))
        let g = app.render()
        let rows = g.lines
        #expect(rows[2].hasPrefix(" R1    Zażółć Gęślą-Jaźń"))
        #expect(rows[2].contains("2025-11-03 2025-12-03 ! overdue"))
        // R3 (received 2026-01-10) comes before R2 (2026-01-15).
        #expect(rows[3].contains("closed 2026-01-15"))
        #expect(rows[4].contains("erasure       2026-01-15 2026-02-16 open"))
        #expect((0..<g.cols).contains { g[2, $0].text == "!" && g[2, $0].role == .error })
        #expect(!(0..<g.cols).contains { g[4, $0].role == .error })
        #expect(g.cursor?.row == 3)
    }
}

extension Event {
    /// The suppression hashes of an erasure record (for comparing the rest of it).
    var suppressionHashes: [String] {
        if case let .anonymized(_, hashes, _) = self { return hashes }
        return []
    }
}

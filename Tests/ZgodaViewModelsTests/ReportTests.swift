import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The access report on screen: the core's text at the terminal's width, scrolling, and the
/// record that it was issued.
@Suite struct ReportTests {
    @Test func rShowsTheCoresReportAndRecordsItsIssue() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("/")); app.type("gesla"); app.send(.enter)
        let before = f.store.lastSeq, head = f.store.head
        app.send(.char("r"))
        guard case let .report(m)? = app.top else { Issue.record("no report"); return }
        #expect(f.store.lastSeq == before + 1)
        let issued = try #require(try f.store.history(contact: "pl000001").last)
        #expect(issued.event == .documentIssued(kind: "report", contact: "pl000001", format: "screen", destination: nil))
        // The same text `zgoda report` would give, wrapped at the terminal's width, with the
        // receipt of the head before the issue record.
        let receipt = DocumentReceipt(issued: Fixture.now, operator: "anna", head: head, seq: before)
        let report = try AccessReport(state: f.store.state, contact: "pl000001", history: Array(try f.store.history(contact: "pl000001").dropLast()), receipt: receipt)
        let expected = TextRenderer.render(report.blocks(), width: 78).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        #expect(m.lines == Array(expected))
        #expect(m.lines.contains { $0.contains("Name: Zażółć Gęślą-Jaźń") })
        #expect(m.lines.contains { $0.contains(head) })
        #expect(app.status?.text == "saved: access report issued on screen (recorded in the history)")
        let g = app.render()
        let text = g.text.components(separatedBy: "\n")
        #expect(text[1] == " Access report of Zażółć Gęślą-Jaźń (pl000001) · lines 1–20 of \(m.lines.count)")
        #expect(text[2] == " PERSONAL DATA ACCESS REPORT")
        // In the language of the run: a salesperson working in Polish shows the person a Polish report.
        let polish = try Language.$current.withValue(.pl) { () throws -> [String] in
            var app = f.app()
            app.send(.char("/")); app.type("gesla"); app.send(.enter)
            app.send(.char("r"))
            return app.render().text.components(separatedBy: "\n")
        }
        #expect(polish[2] == " RAPORT DOSTĘPU DO DANYCH OSOBOWYCH")
    }

    @Test func scrollsAndLeavesWithEsc() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.char("r"))
        guard case let .report(start)? = app.top else { Issue.record("no report"); return }
        #expect(start.pager.top == 0 && start.pager.visibleRows == 20)
        app.send(.char("j"), .down, .pageDown)
        guard case let .report(moved)? = app.top else { return }
        #expect(moved.pager.top == 2 + 19)
        app.send(.char("G"))
        guard case let .report(end)? = app.top else { return }
        #expect(end.pager.top == end.lines.count - 20)
        let last = try #require(end.lines.last)
        #expect(app.render().text.components(separatedBy: "\n")[21] == " " + last)
        app.send(.char("g"))
        guard case let .report(top)? = app.top else { return }
        #expect(top.pager.top == 0)
        app.send(.escape)
        #expect(app.top == nil)
    }

    @Test func aResizeWrapsTheTextAgain() throws {
        let f = try Fixture()
        var app = f.app(rows: 24, cols: 120)
        app.send(.char("r"))
        guard case let .report(wide)? = app.top else { Issue.record("no report"); return }
        app.resize(rows: 24, cols: 60)
        guard case let .report(narrow)? = app.top else { return }
        #expect(wide.width == 118 && narrow.width == 58)
        #expect(narrow.lines.count > wide.lines.count)
        #expect(narrow.lines.filter { !$0.hasPrefix("  ") }.allSatisfy { DisplayWidth.of($0) <= 58 })
        #expect(app.render().lines.allSatisfy { DisplayWidth.of($0) == 60 })
    }

    @Test func theDetailScreenOpensTheReportToo() throws {
        let f = try Fixture()
        var app = f.app()
        app.send(.enter, .char("r"))
        guard case let .report(m)? = app.top else { Issue.record("no report"); return }
        #expect(m.contact == app.list.selectedID)
        app.send(.escape)
        guard case .detail? = app.top else { Issue.record("Esc did not go back to the contact"); return }
    }

    @Test func pagerStaysWithinTheText() {
        var p = Pager(count: 5, visibleRows: 3)
        var handled = p.handle(.pageDown)
        #expect(handled && p.top == 2)
        handled = p.handle(.char("j"))
        #expect(handled && p.top == 2)
        handled = p.handle(.char("k"))
        #expect(handled && p.top == 1)
        handled = p.handle(.char("k"), letters: false)
        #expect(!handled && p.top == 1)
        handled = p.handle(.home)
        #expect(handled && p.top == 0)
        handled = p.handle(.char(" "))
        #expect(handled && p.top == 2)
        p.setVisibleRows(10)
        #expect(p.top == 0 && !p.canScroll)
        handled = p.handle(.char("x"))
        #expect(!handled)
    }
}

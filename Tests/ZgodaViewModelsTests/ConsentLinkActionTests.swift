import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// `L` on the contact screen issues a consent link and shows it once; decisions made on the
/// web page show up at the next poll.
@Suite struct ConsentLinkActionTests {
    @Test func lOnTheContactScreenIssuesALinkAndShowsItOnce() throws {
        let f = try Fixture()
        var app = f.app(cols: 100)
        app.send(.enter)
        guard case let .detail(m)? = app.top else { Issue.record("no contact screen"); return }
        let before = f.store.lastSeq
        app.send(.char("L"))
        #expect(f.store.lastSeq == before + 1)
        let link = try #require(f.store.state.links.links(of: m.id).first)
        let dialog = try #require(app.dialog)
        #expect(dialog.title.hasPrefix("Consent link \(link.id) for"))
        let url = try #require(dialog.message.first { $0.hasPrefix(ConsentLinkURL.defaultBase + ConsentLinkURL.pathPrefix) })
        // The link shown opens the person's page: its token is the one whose hash was stored.
        #expect(f.store.openLink(token: Substring(url.dropFirst((ConsentLinkURL.defaultBase + ConsentLinkURL.pathPrefix).count)))?.id == link.id)
        let screen = Snapshot.text(app.render())
        #expect(screen.contains(url))
        #expect(screen.contains("Enter/Esc close"))
        #expect(app.status?.text == "saved: consent link \(link.id) issued")
        app.send(.enter)
        #expect(app.dialog == nil)
        guard case .detail? = app.top else { Issue.record("left the contact screen"); return }
        #expect(!Snapshot.text(app.render()).contains(url))
    }
    /// On a terminal narrower than the link, the link runs across whole rows of the screen with
    /// nothing else on them (no border), so selecting those rows copies only the link.
    @Test func aLinkWiderThanTheTerminalTakesWholeRowsOfItsOwn() throws {
        for cols in [50, 60] {
            let f = try Fixture()
            var app = f.app(rows: 24, cols: cols)
            app.send(.enter)
            app.send(.char("L"))
            let dialog = try #require(app.dialog)
            let url = try #require(dialog.verbatim)
            #expect(url.count > cols - 8, "the link must be wider than the box at \(cols) columns")
            let rows = Snapshot.text(app.render()).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let first = try #require(rows.firstIndex { $0.hasPrefix(String(url.prefix(cols))) }, "at \(cols) columns")
            var joined = ""
            var r = first
            while joined.count < url.count, r < rows.count {
                #expect(!rows[r].contains("│"), "a border on a row of the link at \(cols) columns")
                joined += rows[r].trimmingCharacters(in: .whitespaces)
                r += 1
            }
            #expect(joined == url, "at \(cols) columns")
            // The rest of the dialog still reads in its box.
            #expect(Snapshot.text(app.render()).contains("Enter/Esc close"))
        }
    }


    @Test func aDecisionMadeOnTheWebShowsAtTheNextPoll() throws {
        let f = try Fixture()
        var app = f.app()
        let server = try f.secondStore()
        let issued = try server.issueLink("pl000005", purposes: ["email-marketing"])
        _ = app.poll()
        let wording = Wording.hash(controller: server.state.controller, purpose: server.state.purposes["email-marketing"]!)
        _ = try server.recordWebChoices(token: Substring(issued.token),
                                        choices: [WebChoice(purpose: "email-marketing", kind: .grant, shownWording: wording)],
                                        evidence: WebEvidence(clientAddress: "192.0.2.1", userAgent: "Test"))
        #expect(app.store.state.status(of: "pl000005", purpose: "email-marketing", now: Fixture.now) == .none)
        #expect(app.poll() == true)
        #expect(app.store.state.status(of: "pl000005", purpose: "email-marketing", now: Fixture.now) == .granted)
        #expect(app.store.state.decisions["pl000005"]?.last?.source == .webForm)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// Consent links (`zgoda link`, `zgoda serve`): tokens, what opens a page, what a submission
/// records, and that links survive compaction and vanish with an erasure.
@Suite struct ConsentLinkTests {
    static let day: TimeInterval = 86_400

    /// A store with the controller set and one person with an e-mail address.
    static func setUp(_ scratch: ScratchDirectory) throws -> (Store, ContactID) {
        let store = try scratch.open()
        try store.setController { $0 = GDPRFixtures.controller }
        let id = try store.addContact(ContactDetails(name: "Jadwiga Łęcka", email: "jadwiga.lecka@przyklad-linku.pl"))
        return (store, id)
    }

    static let evidence = WebEvidence(clientAddress: "192.0.2.44", userAgent: "TestBrowser/1.0 (X11)")

    func wording(_ store: Store, _ purpose: String) -> String {
        Wording.hash(controller: store.state.controller, purpose: store.state.purposes[purpose]!)
    }

    @Test func tokensAreLongRandomAndOnlyTheirKeyedHashIsStored() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        var tokens = Set<String>()
        for _ in 0..<20 {
            let issued = try store.issueLink(id)
            #expect(issued.token.count == LinkToken.length)
            #expect(LinkToken.isWellFormed(Substring(issued.token)))
            // 256 random bits, base64url: at least 128 bits even if a third were lost.
            #expect(Data(base64Encoded: issued.token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "=")?.count == 32)
            tokens.insert(issued.token)
            // The stored hash is keyed: not the plain SHA-256 of the token.
            #expect(issued.link.tokenHash != SHA256Hex.of(Array(issued.token.utf8)))
            #expect(issued.link.tokenHash.count == 64)
        }
        #expect(tokens.count == 20)
        try store.compact()
        for token in tokens { #expect(try scratch.filesContaining(token).isEmpty) }
        // (A database keeps the record as bytea, which a dump shows in hex.)
        if !TestBackend.isPostgres { #expect(try scratch.filesContaining(store.state.links.byID.values.first!.tokenHash).count >= 1) }
    }

    @Test func onlyAnOpenLinkOfALivingPersonOpensItsPage() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let issued = try store.issueLink(id, purposes: ["email-marketing", "profiling"], lifetime: try LinkLifetime(parsing: "2d"))
        let token = Substring(issued.token)
        let page = try #require(store.consentPage(token: token))
        #expect(page.items.map(\.purpose.id) == ["email-marketing", "profiling"])
        #expect(page.items.allSatisfy { $0.status == .none })
        #expect(page.controller == GDPRFixtures.controller)

        // One character off, too short, not base64url: nothing.
        var wrong = Array(issued.token); wrong[5] = wrong[5] == "A" ? "B" : "A"
        #expect(store.openLink(token: Substring(String(wrong))) == nil)
        #expect(store.openLink(token: token.dropLast()) == nil)
        #expect(store.openLink(token: Substring(String(issued.token.dropLast()) + "%")) == nil)

        // Expired: the same directory seen three days later.
        let later = try scratch.open(at: GDPRFixtures.january15.addingTimeInterval(3 * Self.day))
        #expect(later.openLink(token: token) == nil)
        #expect(store.openLink(token: token) != nil)

        // Revoked.
        try store.revokeLink(issued.link.id)
        #expect(store.openLink(token: token) == nil)
        #expect(throws: ZgodaError.self) { try store.revokeLink(issued.link.id) }
        #expect(throws: ZgodaError.self) { try store.revokeLink("L99") }
    }

    @Test func lifetimesParseAndAreBounded() throws {
        let now = GDPRFixtures.january15
        #expect(try LinkLifetime(parsing: "30d").expiry(from: now) == now.addingTimeInterval(30 * Self.day))
        #expect(try LinkLifetime(parsing: "12h").expiry(from: now) == now.addingTimeInterval(12 * 3600))
        #expect(try LinkLifetime(parsing: "2w").expiry(from: now) == now.addingTimeInterval(14 * Self.day))
        #expect(try LinkLifetime(parsing: "2026-01-20").expiry(from: now) == Day(parsing: "2026-01-21")!.date)
        for bad in ["", "30", "d", "-3d", "0d", "3y", "2025-12-31"] {
            #expect(throws: ZgodaError.self, "\(bad)") { try LinkLifetime(parsing: bad).expiry(from: now) }
        }
        #expect(throws: ZgodaError.self) { try LinkLifetime(parsing: "400d").expiry(from: now) }
    }

    @Test func issuingChecksThePersonThePurposesAndTheController() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let id = try store.addContact(ContactDetails(name: "Bez Adresu"))
        #expect(throws: ZgodaError.controllerIncomplete) { try store.issueLink(id) }
        try store.setController { $0 = GDPRFixtures.controller }
        #expect(throws: ZgodaError.unknownPurpose("nope")) { try store.issueLink(id, purposes: ["nope"]) }
        #expect(throws: ZgodaError.unknownContact("missing")) { try store.issueLink(ContactID("missing")) }
        #expect(throws: ZgodaError.self) { try store.issueLink(id, mail: true) }
        let before = store.lastSeq
        #expect(store.state.links.byID.isEmpty && store.lastSeq == before)
        // Default: every purpose based on consent, each once.
        let issued = try store.issueLink(id, purposes: ["profiling", "profiling"])
        #expect(issued.link.purposes == ["profiling"])
        #expect(try store.issueLink(id).link.purposes == store.state.purposes.values.filter { $0.legalBasis == .consent }.map(\.id))
    }

    /// A page in English shows the English wording and records its hash; a page in Polish the
    /// Polish one. A hash of neither is a wording the person was not shown.
    @Test func aChoiceRecordsTheHashOfTheWordingInTheLanguageShown() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let token = Substring(try store.issueLink(id, purposes: ["email-marketing", "phone-marketing"]).token)
        let english = try #require(store.consentPage(token: token, language: .en))
        let polish = try #require(store.consentPage(token: token, language: .pl))
        #expect(english.items[0].wording.title == "E-mail marketing" && polish.items[0].wording.title == "Marketing e-mailowy")
        let p = try #require(store.state.purposes["email-marketing"])
        #expect(english.items[0].wordingHash == Wording.hash(controller: store.state.controller, purpose: p, language: .en))
        #expect(polish.items[0].wordingHash == Wording.hash(controller: store.state.controller, purpose: p, language: .pl))
        #expect(english.items[0].wordingHash != polish.items[0].wordingHash)
        let done = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "email-marketing", kind: .grant, shownWording: english.items[0].wordingHash),
            WebChoice(purpose: "phone-marketing", kind: .grant, shownWording: polish.items[1].wordingHash),
        ], evidence: Self.evidence, language: .en)
        #expect(done.recorded.map(\.wordingHash) == [english.items[0].wordingHash, polish.items[1].wordingHash])
        #expect(throws: WebChoiceRefusal.wordingChanged) {
            try store.recordWebChoices(token: token, choices: [
                WebChoice(purpose: "email-marketing", kind: .refuse, shownWording: String(repeating: "0", count: 64))],
                evidence: Self.evidence)
        }
    }

    @Test func choicesRecordOneDecisionPerChangedPurposeWithTheirProof() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let issued = try store.issueLink(id, purposes: ["email-marketing", "phone-marketing", "profiling"])
        let token = Substring(issued.token)
        let first = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "email-marketing", kind: .grant, shownWording: wording(store, "email-marketing")),
            WebChoice(purpose: "phone-marketing", kind: .refuse, shownWording: wording(store, "phone-marketing")),
        ], evidence: Self.evidence)
        #expect(first.recorded.map(\.decision) == [.granted, .refused])
        #expect(first.recorded.allSatisfy { $0.source == .webForm && $0.contact == id })
        #expect(first.recorded[0].wordingHash == wording(store, "email-marketing"))
        let ev = try #require(first.recorded[0].evidence)
        #expect(ev.contains("link \(issued.link.id)") && ev.contains("192.0.2.44") && ev.contains("TestBrowser/1.0 (X11)"))
        #expect(!ev.contains("double opt-in"))
        #expect(first.receipt == store.head)
        #expect(store.state.status(of: id, purpose: "email-marketing", now: store.now) == .granted)
        #expect(store.state.status(of: id, purpose: "phone-marketing", now: store.now) == .refused)
        #expect(first.page.items.first { $0.purpose.id == "profiling" }?.status == ConsentStatus.none)

        // The same choices again change nothing and record nothing.
        let seq = store.lastSeq
        let again = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "email-marketing", kind: .grant, shownWording: wording(store, "email-marketing")),
            WebChoice(purpose: "phone-marketing", kind: .refuse, shownWording: wording(store, "phone-marketing")),
        ], evidence: Self.evidence)
        #expect(again.recorded.isEmpty && store.lastSeq == seq)

        // Refusing what was granted withdraws it; so does the one-click withdrawal.
        let refuse = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "email-marketing", kind: .refuse, shownWording: wording(store, "email-marketing"))], evidence: Self.evidence)
        #expect(refuse.recorded.map(\.decision) == [.withdrawn])
        _ = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "profiling", kind: .grant, shownWording: wording(store, "profiling"))], evidence: Self.evidence)
        let withdraw = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "profiling", kind: .withdraw, shownWording: wording(store, "profiling"))], evidence: Self.evidence)
        #expect(withdraw.recorded.map(\.decision) == [.withdrawn])
        let nothing = try store.recordWebChoices(token: token, choices: [
            WebChoice(purpose: "profiling", kind: .withdraw, shownWording: wording(store, "profiling"))], evidence: Self.evidence)
        #expect(nothing.recorded.isEmpty)

        // The history reads them back, evidence and all, after a reopen.
        let reopened = try scratch.open()
        let web = reopened.state.decisions[id]!.filter { $0.source == .webForm }
        #expect(web.count == 5)
        #expect(web.allSatisfy { $0.evidence?.contains("link \(issued.link.id)") == true })
        #expect(reopened.state == store.state)
    }

    @Test func onlyPurposesBasedOnConsentAreOffered() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        try store.addPurpose(Purpose(id: "analityka", title: "Analityka", description: "Statystyki sprzedaży.",
                                     legalBasis: .legitimateInterest, retention: Retention(months: 12)))
        let seq = store.lastSeq
        #expect(throws: ZgodaError.self) { try store.issueLink(id, purposes: ["analityka"]) }
        #expect(store.lastSeq == seq)
        let all = try store.issueLink(id)
        #expect(!all.link.purposes.contains("analityka") && !all.link.purposes.isEmpty)
        // A purpose that moved off consent after the link was issued is no longer offered.
        let issued = try store.issueLink(id, purposes: ["profiling"])
        let shown = wording(store, "profiling")
        _ = try store.editPurpose("profiling", change: .material, basisSwitchConfirmed: true) { $0.legalBasis = .legitimateInterest }
        let before = store.lastSeq
        #expect(throws: WebChoiceRefusal.invalidChoice) {
            try store.recordWebChoices(token: Substring(issued.token), choices: [WebChoice(purpose: "profiling", kind: .refuse, shownWording: shown)],
                                       evidence: Self.evidence)
        }
        #expect(store.lastSeq == before)
    }

    @Test func aChoiceAgainstAnotherWordingOrPurposeRecordsNothing() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let issued = try store.issueLink(id, purposes: ["email-marketing"])
        let token = Substring(issued.token)
        let shown = wording(store, "email-marketing")
        try store.editPurpose("email-marketing", change: .material) { $0.description = "Nowa treść celu." }
        let seq = store.lastSeq
        #expect(throws: WebChoiceRefusal.wordingChanged) {
            try store.recordWebChoices(token: token, choices: [WebChoice(purpose: "email-marketing", kind: .grant, shownWording: shown)], evidence: Self.evidence)
        }
        #expect(throws: WebChoiceRefusal.invalidChoice) {
            try store.recordWebChoices(token: token, choices: [WebChoice(purpose: "profiling", kind: .grant, shownWording: wording(store, "profiling"))], evidence: Self.evidence)
        }
        #expect(throws: WebChoiceRefusal.invalidChoice) {
            let w = wording(store, "email-marketing")
            try store.recordWebChoices(token: token, choices: [WebChoice(purpose: "email-marketing", kind: .grant, shownWording: w),
                                                               WebChoice(purpose: "email-marketing", kind: .refuse, shownWording: w)], evidence: Self.evidence)
        }
        #expect(throws: WebChoiceRefusal.linkClosed) {
            try store.recordWebChoices(token: "x", choices: [], evidence: Self.evidence)
        }
        #expect(store.lastSeq == seq)
    }

    @Test func aGrantThroughAMailedLinkConfirmsTheAddress() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let issued = try store.issueLink(id, purposes: ["email-marketing"], mail: true)
        #expect(issued.link.mailedTo == "jadwiga.lecka@przyklad-linku.pl")
        let out = try store.recordWebChoices(token: Substring(issued.token), choices: [
            WebChoice(purpose: "email-marketing", kind: .grant, shownWording: wording(store, "email-marketing"))], evidence: Self.evidence)
        #expect(out.recorded[0].evidence?.contains("confirms jadwiga.lecka@przyklad-linku.pl (double opt-in") == true)
        // The address changed since: the grant no longer confirms it.
        try store.editContact(id) { $0.email = "inny@przyklad-linku.pl" }
        _ = try store.recordWebChoices(token: Substring(issued.token), choices: [
            WebChoice(purpose: "email-marketing", kind: .withdraw, shownWording: wording(store, "email-marketing"))], evidence: Self.evidence)
        let regrant = try store.recordWebChoices(token: Substring(issued.token), choices: [
            WebChoice(purpose: "email-marketing", kind: .grant, shownWording: wording(store, "email-marketing"))], evidence: Self.evidence)
        #expect(regrant.recorded[0].evidence?.contains("double opt-in") == false)
    }

    @Test func linksSurviveCompactionAndReplayAlike() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let other = try store.addContact(ContactDetails(name: "Ktoś Inny", email: "ktos@przyklad-linku.pl"))
        let a = try store.issueLink(id, purposes: ["email-marketing"], mail: true)
        let b = try store.issueLink(other)
        try store.revokeLink(b.link.id)
        let replayed = try scratch.open().state
        try store.compact()
        let fromSnapshot = try scratch.open()
        #expect(fromSnapshot.state.links == replayed.links)
        #expect(fromSnapshot.state == store.state)
        #expect(fromSnapshot.state.links.byID[a.link.id]?.mailedTo == "jadwiga.lecka@przyklad-linku.pl")
        #expect(fromSnapshot.state.links.byID[b.link.id]?.revoked != nil)
        #expect(fromSnapshot.openLink(token: Substring(a.token))?.id == a.link.id)
        #expect(fromSnapshot.openLink(token: Substring(b.token)) == nil)
        // The address is sealed in the snapshot, never in the clear.
        let snapshots = try scratch.allFiles().filter { $0.path.hasPrefix("snapshots/") }
        #expect(TestBackend.isPostgres || !snapshots.isEmpty)
        #expect(snapshots.allSatisfy { !GDPRFixtures.contains($0.bytes, Array("przyklad-linku".utf8)) })
        #expect(try scratch.verify().ok)
    }

    @Test func anErasureTakesThePersonsLinksWithIt() throws {
        let scratch = ScratchDirectory()
        let (store, id) = try Self.setUp(scratch)
        let other = try store.addContact(ContactDetails(name: "Zostaje", email: "zostaje@przyklad.pl"))
        let mine = try store.issueLink(id, mail: true)
        let theirs = try store.issueLink(other)
        try store.compact()
        try store.anonymize(id)
        #expect(store.openLink(token: Substring(mine.token)) == nil)
        #expect(store.state.links.links(of: id).isEmpty)
        #expect(store.openLink(token: Substring(theirs.token)) != nil)
        #expect(throws: WebChoiceRefusal.linkClosed) {
            try store.recordWebChoices(token: Substring(mine.token), choices: [], evidence: Self.evidence)
        }
        // Numbers are never reused.
        #expect(try store.issueLink(other).link.id == "L3")
        let replayed = try scratch.open()
        try store.compact()
        for reopened in [replayed, try scratch.open()] {
            #expect(reopened.state.links.links(of: id).isEmpty)
            #expect(reopened.state.links.lastNumber == 3)
            #expect(reopened.openLink(token: Substring(mine.token)) == nil)
        }
        #expect(try scratch.filesContaining("jadwiga.lecka@przyklad-linku.pl").isEmpty)
        #expect(try scratch.verify().ok)
        let history = try store.history().filter { $0.event.kind == "link.issue" }
        #expect(history.count == 3)
        #expect(HistoryText.summary(history[0], state: store.state).contains("mailed to (erased)"))
    }

    @Test func recordKindsBeyondTheKnownAreANewerZgodas() {
        for code: UInt8 in [18, 19, 28, 31, 200] {
            #expect(throws: EventCodec.NewerFormat.self) {
                try EventCodec.decode(kindCode: code, publicBytes: [], personal: nil, tagged: true, at: Date(), operator: "x")
            }
        }
        #expect(EventCodec.isKnownKind(16) && EventCodec.isKnownKind(17) && EventCodec.isKnownKind(20) && EventCodec.isKnownKind(25) && EventCodec.isKnownKind(26))
    }
}

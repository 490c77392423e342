import Foundation
import Testing
@testable import ZgodaCore

@Suite("Reopen round trip")
struct ReopenRoundTripTests {
    func scriptedChanges(_ store: Store) throws -> ContactID {
        let a = try store.addContact(.sample("Zażółć Gęślą-Jaźń", email: "zazolc@example.pl", city: "Łódź"))
        let b = try store.addContact(.sample("王伟 🐉", email: "wang@example.cn"))
        try store.editContact(a) { $0.phone = "+48 600 100 200"; $0.tags = ["vip", "targi"] }
        try store.recordConsent(a, purpose: "email-marketing", decision: .granted, source: .phone, evidence: "call 12")
        try store.recordConsent(b, purpose: "profiling", decision: .refused, source: .paper)
        try store.editPurpose("email-marketing", change: .material) { $0.description = "Newsletters and offers." }
        try store.setController { $0 = DataController(name: "Firma Sp. z o.o.", address: "ul. Długa 1, Gdańsk") }
        try store.recordConsent(a, purpose: "partners", decision: .granted, source: .email)
        try store.recordConsent(a, purpose: "partners", decision: .withdrawn, source: .email)
        return a
    }

    @Test func reopenGivesAnEqualState() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        _ = try scriptedChanges(store)
        let reopened = try dir.open()
        #expect(reopened.state == store.state)
        #expect(reopened.lastSeq == store.lastSeq)
        #expect(reopened.head == store.head)
        #expect(reopened.warnings.isEmpty)
    }

    @Test func reopenAfterSnapshotGivesAnEqualState() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let a = try scriptedChanges(store)
        try store.compact()
        try store.recordConsent(a, purpose: "phone-marketing", decision: .granted, source: .inPerson, evidence: "signed")
        let reopened = try dir.open()
        #expect(reopened.state == store.state)
        #expect(reopened.head == store.head)
        if !TestBackend.isPostgres { #expect(dir.data.snapshots().count == 1) }
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func statusesAreDerivedFromTheHistory() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let a = try scriptedChanges(store)
        let now = store.now
        // The purpose's wording changed after the grant: the consent is outdated.
        #expect(store.state.status(of: a, purpose: "email-marketing", now: now) == .outdated)
        #expect(store.state.status(of: a, purpose: "partners", now: now) == .withdrawn)
        #expect(store.state.status(of: a, purpose: "profiling", now: now) == .none)
        try store.recordConsent(a, purpose: "profiling", decision: .granted, source: .email,
                                expires: now.addingTimeInterval(3600))
        #expect(store.state.status(of: a, purpose: "profiling", now: now) == .granted)
        #expect(store.state.status(of: a, purpose: "profiling", now: now.addingTimeInterval(7200)) == .expired)
        #expect(store.state.decisions[a]?.count == 4)
    }

    @Test func everyDecisionCarriesTheWordingHash() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.setController { $0 = DataController(name: "A", address: "B") }
        let a = try store.addContact(.sample("Anna"))
        let d = try store.recordConsent(a, purpose: "profiling", decision: .granted, source: .webForm)
        let p = store.state.purposes["profiling"]!
        #expect(d.wordingHash == Wording.hash(controller: store.state.controller, purpose: p))
        #expect(d.wordingHash.count == 64)
        try store.setController { $0.address = "C" }
        #expect(try dir.open().state.decisions[a]?.first?.wordingHash == d.wordingHash)
    }

    @Test func newDirectoryIsPrivateAndHasTheStarterPurposes() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        #expect(Array(store.state.purposes.keys) == ["email-marketing", "phone-marketing", "profiling", "partners"])
        #expect(store.state.purposes.values.allSatisfy { $0.legalBasis == .consent && $0.version == 1 })
        var st = stat()
        stat(dir.data.path, &st)
        #expect(st.st_mode & 0o777 == 0o700)
        _ = try store.addContact(.sample("Anna"))
        try store.compact()
        for f in dir.allFiles() {
            stat(f, &st)
            #expect(st.st_mode & 0o777 == 0o600, "\(f)")
        }
    }

    /// Demo decisions lie in the past: the time a person decided is kept apart from the
    /// time it was recorded, through the journal and through snapshots.
    @Test func decisionTimesSurviveReplayAndSnapshots() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try DemoData.populate(store, count: 40, seed: 3)
        let times = store.state.decisions.values.flatMap { $0.map(\.at) }
        #expect(times.contains { $0 < TestDirectory.epoch.addingTimeInterval(-86_400) })
        let fromJournal = try dir.open()
        #expect(fromJournal.state == store.state)
        try store.compact()
        let fromSnapshot = try dir.open()
        #expect(fromSnapshot.state == store.state)
    }
}

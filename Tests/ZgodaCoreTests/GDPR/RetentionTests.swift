import Foundation
import Testing
@testable import ZgodaCore

/// Retention with an injected clock: who has had no legal basis for longer than allowed.
@Suite struct RetentionTests {
    static func at(_ s: String) -> Date { ISOTime.parse(s)! }

    @Test func dueWhenTheLongestRetentionSinceTheBasisEndedHasPassed() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        let never = try store.addContact(ContactDetails(name: "Nigdy Niezapytany"))
        let withdrew = try store.addContact(ContactDetails(name: "Wycofała Zgodę", email: "w@example.pl"))
        let keeps = try store.addContact(ContactDetails(name: "Ma Zgodę", email: "m@example.pl"))
        let both = try store.addContact(ContactDetails(name: "Dwa Cele", email: "d@example.pl", phone: "+48 600 100 200"))
        try store.recordConsent(withdrew, purpose: "profiling", decision: .granted, source: .webForm)
        try store.recordConsent(keeps, purpose: "email-marketing", decision: .granted, source: .paper)
        try store.recordConsent(both, purpose: "profiling", decision: .refused, source: .phone)
        try store.recordConsent(both, purpose: "email-marketing", decision: .granted, source: .phone)

        store = try scratch.open(at: Self.at("2024-03-01T09:00:00Z"))
        try store.recordConsent(withdrew, purpose: "profiling", decision: .withdrawn, source: .email)
        try store.recordConsent(both, purpose: "email-marketing", decision: .withdrawn, source: .email)
        #expect(!store.hasRemainingBasis(withdrew) && store.hasRemainingBasis(keeps))

        // profiling keeps 12 months, e-mail marketing 24, the catalogue's longest is 24.
        let s = store.state
        #expect(s.retentionStatus(of: withdrew, now: store.now)?.retentionEnds == Self.at("2025-03-01T09:00:00Z"))
        #expect(s.retentionStatus(of: both, now: store.now)?.retentionEnds == Self.at("2026-03-01T09:00:00Z"))
        #expect(s.retentionStatus(of: never, now: store.now)?.retentionEnds == Self.at("2026-01-10T09:00:00Z"))
        #expect(s.retentionStatus(of: keeps, now: store.now) == nil)
        #expect(s.retentionStatus(of: withdrew, now: store.now)?.reason
                == "no legal basis since 2024-03-01 (profiling withdrawn); retention 1y ended 2025-03-01")
        #expect(s.retentionStatus(of: never, now: store.now)?.reason
                == "never had a legal basis; retention 2y from being added ended 2026-01-10")

        #expect(s.retentionDue(now: Self.at("2025-03-01T08:59:59Z")).isEmpty)
        #expect(s.retentionDue(now: Self.at("2025-03-01T09:00:00Z")).map(\.contact) == [withdrew])
        #expect(s.retentionDue(now: Self.at("2026-02-01T00:00:00Z")).map(\.contact) == [withdrew, never])
        #expect(s.retentionDue(now: Self.at("2026-03-01T09:00:00Z")).map(\.contact) == [withdrew, never, both])
    }

    @Test func expiryAndANewWordingEndTheBasis() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        let expiring = try store.addContact(ContactDetails(name: "Zgoda Wygasa"))
        let reworded = try store.addContact(ContactDetails(name: "Stara Treść"))
        try store.recordConsent(expiring, purpose: "partners", decision: .granted, source: .paper, expires: Self.at("2024-06-30T00:00:00Z"))
        try store.recordConsent(reworded, purpose: "partners", decision: .granted, source: .paper)
        #expect(store.hasRemainingBasis(expiring) && store.hasRemainingBasis(reworded))

        store = try scratch.open(at: Self.at("2024-09-01T12:00:00Z"))
        try store.editPurpose("partners") { $0.description = "Przekazywanie danych zaufanym partnerom." }
        #expect(!store.hasRemainingBasis(expiring) && !store.hasRemainingBasis(reworded))
        let s = store.state
        #expect(s.retentionStatus(of: expiring, now: store.now)?.endedBy == "expired")
        #expect(s.retentionStatus(of: expiring, now: store.now)?.retentionEnds == Self.at("2025-06-30T00:00:00Z"))
        #expect(s.retentionStatus(of: reworded, now: store.now)?.endedBy == "outdated")
        #expect(s.retentionStatus(of: reworded, now: store.now)?.retentionEnds == Self.at("2025-09-01T12:00:00Z"))
        // The version date survives a snapshot.
        try store.compact()
        let reopened = try scratch.open(at: Self.at("2025-09-01T12:00:00Z"))
        #expect(reopened.state.purposeVersionDates["partners"]?[2] == Self.at("2024-09-01T12:00:00Z"))
        #expect(reopened.state.retentionDue(now: reopened.now).map(\.contact) == [expiring, reworded])
    }

    @Test func aRecordedContractIsABasisUntilItEnds() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        try store.addPurpose(GoldenState.contract)
        let client = try store.addContact(ContactDetails(name: "Klient Umowny"))
        let lead = try store.addContact(ContactDetails(name: "Bez Umowy"))
        #expect(!store.hasRemainingBasis(lead), "a contract purpose applies only to people it is recorded for")
        try store.recordConsent(client, purpose: "umowa-serwisowa", decision: .granted, source: .paper)
        try store.editPurpose("umowa-serwisowa") { $0.description = "Nowa treść umowy." }
        #expect(store.hasRemainingBasis(client), "a new wording does not end a contract")
        #expect(store.state.activePurposes(for: client, now: store.now).map(\.id) == ["umowa-serwisowa"])

        store = try scratch.open(at: Self.at("2025-01-10T09:00:00Z"))
        try store.recordConsent(client, purpose: "umowa-serwisowa", decision: .withdrawn, source: .paper)
        #expect(!store.hasRemainingBasis(client))
        #expect(store.state.retentionStatus(of: client, now: store.now)?.retentionEnds == Self.at("2031-01-10T09:00:00Z"))
    }

    @Test func applyingAnonymisesEachDuePersonOnceAndRecordsWhy() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        let a = try store.addContact(ContactDetails(name: "Anna Ąę", email: "anna@example.pl"))
        let b = try store.addContact(ContactDetails(name: "Bartek Bę"))
        let c = try store.addContact(ContactDetails(name: "Celina Cę"))
        let d = try store.addContact(ContactDetails(name: "Dawid Dę"))
        try store.recordConsent(d, purpose: "email-marketing", decision: .granted, source: .paper)
        _ = try store.addRequest(b, type: .access)
        _ = try store.addRequest(c, type: .erasure)

        store = try scratch.open(at: Self.at("2026-06-01T00:00:00Z"))
        let before = store.lastSeq
        let outcomes = try store.applyRetention()
        #expect(outcomes.map(\.status.contact) == [a, b, c])
        #expect(outcomes.map(\.anonymized) == [true, false, true])
        #expect(outcomes[1].heldBy == "R1")
        #expect(store.lastSeq == before + 2, "one journal record per person")
        #expect(store.state.contacts[a]?.anonymized == true && store.state.contacts[b]?.anonymized == false)
        #expect(store.state.contacts[d]?.anonymized == false)

        let history = try store.history(contact: a)
        #expect(HistoryText.summary(history.last!, state: store.state)
                == "anonymised (retention: never had a legal basis; retention 2y from being added ended 2026-01-10)")
        #expect(HistoryText.summary(try store.history(contact: c).last!, state: store.state) == "anonymised (request R2)")
        #expect(try store.applyRetention().map(\.anonymized) == [false], "only the held one is left")
        #expect(try scratch.filesContaining("Anna Ąę").isEmpty)
    }
}

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

        // profiling keeps 12 months, e-mail marketing 24; someone never asked, the grace period.
        let s = store.state
        #expect(s.retentionStatus(of: withdrew, now: store.now)?.retentionEnds == Self.at("2025-03-01T09:00:00Z"))
        #expect(s.retentionStatus(of: both, now: store.now)?.retentionEnds == Self.at("2026-03-01T09:00:00Z"))
        #expect(s.retentionStatus(of: never, now: store.now)?.retentionEnds == Self.at("2024-02-09T09:00:00Z"))
        #expect(s.retentionStatus(of: keeps, now: store.now) == nil)
        #expect(s.retentionStatus(of: withdrew, now: store.now)?.reason
                == "no legal basis since 2024-03-01 (profiling withdrawn); retention 1y ended 2025-03-01")
        #expect(s.retentionStatus(of: never, now: store.now)?.reason
                == "never had a legal basis; grace period 30 days from being added ended 2024-02-09")

        #expect(s.retentionDue(now: Self.at("2024-02-09T08:59:59Z")).isEmpty)
        #expect(s.retentionDue(now: Self.at("2025-03-01T08:59:59Z")).map(\.contact) == [never])
        #expect(s.retentionDue(now: Self.at("2025-03-01T09:00:00Z")).map(\.contact) == [never, withdrew])
        #expect(s.retentionDue(now: Self.at("2026-03-01T09:00:00Z")).map(\.contact) == [never, withdrew, both])
    }

    @Test func theGracePeriodIsSetRecordedAndKeptInSnapshots() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        let never = try store.addContact(ContactDetails(name: "Nigdy Niezapytany"))
        #expect(throws: ZgodaError.invalidValue(field: "grace", reason: "0 days: use 1 to 730 days")) { try store.setRetentionGrace(days: 0) }
        #expect(try store.setRetentionGrace(days: 14))
        #expect(try !store.setRetentionGrace(days: 14), "unchanged: nothing recorded")
        #expect(store.state.retentionStatus(of: never, now: store.now)?.retentionEnds == Self.at("2024-01-24T09:00:00Z"))
        #expect(HistoryText.summary(try store.history().last!, state: store.state) == "set the grace period for people without a legal basis to 14 days")
        try store.compact()
        #expect(try scratch.open().state.retentionGraceDays == 14)
    }

    @Test func expiryEndsTheBasisButAnOutdatedConsentNeverMakesAPersonErasable() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        let expiring = try store.addContact(ContactDetails(name: "Zgoda Wygasa"))
        let reworded = try store.addContact(ContactDetails(name: "Stara Treść"))
        let corrected = try store.addContact(ContactDetails(name: "Poprawiona Literówka"))
        try store.recordConsent(expiring, purpose: "partners", decision: .granted, source: .paper, expires: Self.at("2024-06-30T00:00:00Z"))
        try store.recordConsent(reworded, purpose: "partners", decision: .granted, source: .paper)
        try store.recordConsent(corrected, purpose: "profiling", decision: .granted, source: .paper)
        #expect(store.hasRemainingBasis(expiring) && store.hasRemainingBasis(reworded))

        store = try scratch.open(at: Self.at("2024-09-01T12:00:00Z"))
        // An editorial fix keeps the consents given; a material change needs fresh ones.
        try store.editPurpose("profiling", change: .editorial) { $0.description = "Analysing purchase history and interests to tailor our offers." }
        #expect(store.hasRemainingBasis(corrected))
        #expect(store.state.status(of: corrected, purpose: "profiling", now: store.now) == .granted)
        try store.editPurpose("partners", change: .material) { $0.description = "Przekazywanie danych zaufanym partnerom." }
        #expect(!store.hasRemainingBasis(expiring) && !store.hasRemainingBasis(reworded))
        let s = store.state
        #expect(s.retentionStatus(of: expiring, now: store.now)?.endedBy == "expired")
        #expect(s.retentionStatus(of: expiring, now: store.now)?.retentionEnds == Self.at("2025-06-30T00:00:00Z"))
        // The controller changed the wording; the person decided nothing: they wait to be asked.
        #expect(s.retentionStatus(of: reworded, now: store.now) == nil)
        #expect(s.consentsAwaitingRenewal(now: store.now).map(\.contact) == [reworded])
        #expect(s.consentsAwaitingRenewal(now: store.now).first?.purposes == ["partners"])
        // The version date and the editorial version survive a snapshot.
        try store.compact()
        let reopened = try scratch.open(at: Self.at("2030-09-01T12:00:00Z"))
        #expect(reopened.state.purposeVersionDates["partners"]?[2] == Self.at("2024-09-01T12:00:00Z"))
        #expect(reopened.state.purposes["profiling"]?.consentsFrom == 1 && reopened.state.purposes["profiling"]?.version == 2)
        #expect(reopened.state.purposes["partners"]?.consentsFrom == 2)
        #expect(reopened.state == store.state)
        #expect(reopened.state.retentionDue(now: reopened.now).map(\.contact) == [expiring])
        #expect(try reopened.applyRetention().map(\.status.contact) == [expiring])
        #expect(reopened.state.contacts[reworded]?.anonymized == false)
    }

    @Test func aLegalBasisSwitchIsConfirmedMaterialAndCarriesNoConsentOver() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        let person = try store.addContact(ContactDetails(name: "Zgoda Na Profilowanie"))
        try store.recordConsent(person, purpose: "profiling", decision: .granted, source: .paper)
        let before = store.lastSeq
        #expect(throws: ZgodaError.confirmationNeeded("switching purpose profiling from consent to legitimate-interest changes what every decision on it stands on; confirm the switch")) {
            try store.editPurpose("profiling", change: .material) { $0.legalBasis = .legitimateInterest }
        }
        #expect(throws: ZgodaError.invalidInput("a switch of the legal basis is a material change: decisions on the old basis cannot carry over")) {
            try store.editPurpose("profiling", change: .editorial, basisSwitchConfirmed: true) { $0.legalBasis = .legitimateInterest }
        }
        #expect(throws: ZgodaError.versionChangeUnstated(id: "profiling", next: 2)) {
            try store.editPurpose("profiling") { $0.retention = Retention(months: 6) }
        }
        #expect(store.lastSeq == before, "nothing recorded")
        let o = try store.editPurpose("profiling", basisSwitchConfirmed: true) { $0.legalBasis = .legitimateInterest }
        #expect(o.versionChange == .material && o.basisSwitched && o.after.version == 2)
        // A consent is no legitimate interest: the old grant is no basis under the new one.
        #expect(store.state.status(of: person, purpose: "profiling", now: store.now) == .outdated)
        #expect(!store.hasRemainingBasis(person))
        let entry = try #require(try store.history().last)
        #expect(HistoryText.summary(entry, state: store.state)
                == "changed purpose profiling, now v2 (material change: fresh consent needed; legal basis switched from consent to legitimate-interest, confirmed)")
        #expect(HistoryText.changes(entry) == [FieldChange(field: "legalBasis", old: "consent", new: "legitimate-interest"),
                                               FieldChange(field: "version", old: "1", new: "2"),
                                               FieldChange(field: "consents", old: nil, new: "renewal needed (material change)")])
    }

    @Test func aRecordedContractIsABasisUntilItEnds() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open(at: Self.at("2024-01-10T09:00:00Z"))
        try store.addPurpose(GoldenState.contract)
        let client = try store.addContact(ContactDetails(name: "Klient Umowny"))
        let lead = try store.addContact(ContactDetails(name: "Bez Umowy"))
        #expect(!store.hasRemainingBasis(lead), "a contract purpose applies only to people it is recorded for")
        try store.recordConsent(client, purpose: "umowa-serwisowa", decision: .granted, source: .paper)
        try store.editPurpose("umowa-serwisowa", change: .material) { $0.description = "Nowa treść umowy." }
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
        #expect(store.lastSeq == before + 3, "one journal record per person, and the closing of the request it fulfilled")
        #expect(store.state.contacts[a]?.anonymized == true && store.state.contacts[b]?.anonymized == false)
        #expect(store.state.contacts[d]?.anonymized == false)

        let history = try store.history(contact: a)
        #expect(HistoryText.summary(history.last!, state: store.state)
                == "anonymised (retention: never had a legal basis; grace period 30 days from being added ended 2024-02-09)")
        let ofC = try store.history(contact: c)
        #expect(ofC.suffix(2).map { HistoryText.summary($0, state: store.state) } == ["anonymised (request R2)", "closed request R2"])
        #expect(store.state.requests["R2"]?.status == .closed && store.state.requests["R2"]?.closed == Day(store.now))
        #expect(outcomes[2].erasure?.fulfilled == ["R2"])
        #expect(try store.applyRetention().map(\.anonymized) == [false], "only the held one is left")
        #expect(try scratch.filesContaining("Anna Ąę").isEmpty)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// A withdrawal takes back a grant: withdrawing what was never given, a refusal or a
/// withdrawal is refused with nothing written; journals from before the rule still open.
@Suite struct ConsentSequenceTests {
    @Test func onlyAGrantCanBeWithdrawn() throws {
        let t = try TempStore()
        let s = t.store
        let id = try s.addContact(ContactDetails(name: "Jan Kowalski", email: "jan@example.pl"))
        func withdraw() throws { try s.recordConsent(id, purpose: "email-marketing", decision: .withdrawn, source: .email) }
        let start = s.lastSeq
        #expect(throws: ZgodaError.invalidInput("cannot withdraw email-marketing for \(id): it was never given (record a refusal instead)")) { try withdraw() }
        try s.recordConsent(id, purpose: "email-marketing", decision: .refused, source: .phone)
        #expect(throws: ZgodaError.invalidInput("cannot withdraw email-marketing for \(id): the person refused it, so there is nothing to withdraw")) { try withdraw() }
        try s.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .phone)
        try withdraw()
        #expect(throws: ZgodaError.invalidInput("cannot withdraw email-marketing for \(id): it is already withdrawn")) { try withdraw() }
        #expect(s.lastSeq == start + 3, "only the refusal, the grant and one withdrawal were written")
        #expect(s.state.decisions[id]?.map(\.decision) == [.refused, .granted, .withdrawn])
        // Another purpose's grant does not make this one withdrawable.
        #expect(throws: ZgodaError.self) { try s.recordConsent(id, purpose: "profiling", decision: .withdrawn, source: .email) }
    }

    @Test func demoDataWithdrawsOnlyWhatWasGranted() throws {
        let t = try TempStore()
        try DemoData.populate(t.store, count: 300, seed: 7)
        var withdrawals = 0
        for list in t.store.state.decisions.values {
            var latest: [String: ConsentDecision] = [:]
            for d in list {
                if d.decision == .withdrawn {
                    withdrawals += 1
                    #expect(latest[d.purpose]?.decision == .granted && latest[d.purpose]!.at < d.at)
                }
                latest[d.purpose] = d
            }
        }
        #expect(withdrawals > 20)
    }
}

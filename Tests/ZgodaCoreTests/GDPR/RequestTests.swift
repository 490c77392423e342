import Foundation
import Testing
@testable import ZgodaCore

/// Data-subject requests: numbering, the one-month deadline, overdue counts and closing rules.
@Suite struct RequestTests {
    static func day(_ s: String) -> Day { Day(parsing: s)! }

    @Test(arguments: [
        ("2026-01-31", "2026-02-28"), ("2028-01-31", "2028-02-29"), ("2028-01-29", "2028-02-29"), ("2026-01-28", "2026-02-28"),
        ("2100-01-31", "2100-02-28"), ("2000-01-31", "2000-02-29"), ("2026-03-31", "2026-04-30"), ("2026-05-31", "2026-06-30"),
        ("2026-08-31", "2026-09-30"), ("2026-12-15", "2027-01-15"), ("2026-12-31", "2027-01-31"), ("2028-02-29", "2028-03-29"),
        ("2026-02-28", "2026-03-28"), ("2026-07-31", "2026-08-31"),
    ])
    func dueOneMonthAfterReceivedClampedToTheMonthsLastDay(received: String, due: String) {
        let r = DataSubjectRequest(id: "R1", contact: "a", type: .access, received: Self.day(received))
        #expect(r.due == Self.day(due))
    }

    @Test func overdueOnlyAfterTheDueDayWhileOpen() {
        let r = DataSubjectRequest(id: "R1", contact: "a", type: .access, received: Self.day("2026-01-31"))
        #expect(!r.isOverdue(today: Self.day("2026-02-28")))
        #expect(r.isOverdue(today: Self.day("2026-03-01")))
        var closed = r
        closed.status = .closed
        #expect(!closed.isOverdue(today: Self.day("2027-01-01")))
    }

    @Test func addingNumbersRequestsAndDefaultsToToday() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open(at: ISOTime.parse("2026-03-10T12:00:00Z")!)
        let a = try store.addContact(ContactDetails(name: "Łucja Żak"))
        let r1 = try store.addRequest(a, type: .access)
        let r2 = try store.addRequest(a, type: .portability, received: Self.day("2026-01-31"))
        #expect(r1.id == "R1" && r1.received == Self.day("2026-03-10") && r1.due == Self.day("2026-04-10"))
        #expect(r2.id == "R2" && r2.due == Self.day("2026-02-28"))
        #expect(store.state.requestSummary(today: Self.day("2026-03-10")) == RequestSummary(open: 2, overdue: 1))
        #expect(store.state.requestList(overdueOn: Self.day("2026-03-10")).map(\.id) == ["R2"])
        #expect(store.state.requestList().map(\.id) == ["R2", "R1"], "in the order received")

        #expect(throws: ZgodaError.invalidValue(field: "received", reason: "2026-03-11 is in the future")) {
            try store.addRequest(a, type: .access, received: Self.day("2026-03-11"))
        }
        #expect(throws: ZgodaError.unknownContact("zzz")) { try store.addRequest("zzz", type: .access) }
        // Reopened, the numbering continues.
        let again = try scratch.open(at: ISOTime.parse("2026-03-10T12:00:00Z")!)
        #expect(try again.addRequest(a, type: .objection).id == "R3")
    }

    @Test func closingFollowsTheRulesOfEachType() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Łucja Żak", email: "lucja@zak.example.pl"))
        let access = try store.addRequest(a, type: .access)
        let erasure = try store.addRequest(a, type: .erasure)
        let objection = try store.addRequest(a, type: .objection)

        #expect(throws: ZgodaError.invalidInput("say what was handed over to close access request R1 (--note)")) {
            try store.closeRequest(access.id, note: "  ")
        }
        let closed = try store.closeRequest(access.id, note: "Raport w PDF wysłany e-mailem 15.01")
        #expect(closed.status == .closed && closed.closed == Day(GDPRFixtures.january15))
        #expect(store.state.requests["R1"]?.resolution == "Raport w PDF wysłany e-mailem 15.01")
        #expect(throws: ZgodaError.invalidInput("request R1 is already closed")) { try store.closeRequest(access.id, note: "x") }
        try store.closeRequest(objection.id)

        #expect(throws: ZgodaError.invalidInput("contact \(a) has not been anonymised yet: run 'zgoda anonymize \(a) --request R2' first")) {
            try store.closeRequest(erasure.id)
        }
        try store.anonymize(a, request: erasure.id)
        #expect(throws: ZgodaError.invalidInput("contact \(a) has been anonymised, so no note about them can be kept: close without a note")) {
            try store.closeRequest(erasure.id, note: "Łucja dzwoniła")
        }
        try store.closeRequest(erasure.id)
        #expect(store.state.requestSummary(today: Day(GDPRFixtures.january15)) == RequestSummary(open: 0, overdue: 0))
        // The note went with the person.
        #expect(store.state.requests["R1"]?.resolution == nil)
        #expect(try scratch.open().state.requests == store.state.requests)
        #expect(try Verifier.verify(scratch.directory).ok)
        #expect(throws: ZgodaError.contactAnonymized(a.rawValue)) { try store.addRequest(a, type: .access) }
    }

    @Test func requestListJSONMatchesTheGoldenFile() throws {
        let g = GoldenState.build()
        let today = Day(GDPRFixtures.january15)
        let json = JSON.array(g.state.requestList().map { JSONShapes.request($0, today: today) })
        try GoldenFile.check("requests.json", json.rendered() + "\n")
        let parsed = try #require(try JSON.parse(json.rendered()).arrayValue)
        #expect(parsed.map { $0["id"]?.stringValue ?? "" } == ["R2", "R1"])
        #expect(parsed[0]["due"]?.stringValue == "2026-01-01" && parsed[0]["overdue"]?.boolValue == true)
        #expect(parsed[1]["contact"]?.stringValue == GoldenState.person.rawValue && parsed[1]["type"]?.stringValue == "access")
        #expect(parsed[1]["received"]?.stringValue == "2026-01-05" && parsed[1]["status"]?.stringValue == "open")
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// Data-subject requests: numbering, the one-month deadline, overdue counts and closing rules.
@Suite struct RequestTests {
    static func day(_ s: String) -> Day { Day(parsing: s)! }

    /// One month later, clamped to the month's last day, then moved off Saturdays, Sundays and
    /// Polish public holidays to the next working day (Art. 115 of the Civil Code).
    @Test(arguments: [
        ("2026-01-31", "2026-03-02"), ("2028-01-31", "2028-02-29"), ("2028-01-29", "2028-02-29"), ("2026-01-28", "2026-03-02"),
        ("2100-01-31", "2100-03-01"), ("2000-01-31", "2000-02-29"), ("2026-03-31", "2026-04-30"), ("2026-05-31", "2026-06-30"),
        ("2026-08-31", "2026-09-30"), ("2026-12-15", "2027-01-15"), ("2026-12-31", "2027-02-01"), ("2028-02-29", "2028-03-29"),
        ("2026-02-28", "2026-03-30"), ("2026-07-31", "2026-08-31"),
        // Holidays: All Saints' on a Sunday, Easter Monday, Corpus Christi, Christmas Eve (a
        // holiday from 2025) to St Stephen's and the weekend after, 3 May on a Sunday.
        ("2026-10-01", "2026-11-02"), ("2026-03-06", "2026-04-07"), ("2026-05-04", "2026-06-05"),
        ("2025-11-24", "2025-12-29"), ("2026-04-03", "2026-05-04"), ("2025-12-01", "2026-01-02"), ("2025-12-06", "2026-01-07"),
    ])
    func dueOneMonthAfterReceivedOnTheNextWorkingDay(received: String, due: String) {
        let r = DataSubjectRequest(id: "R1", contact: "a", type: .access, received: Self.day(received))
        #expect(r.due == Self.day(due))
    }

    @Test func polishHolidaysAndEaster() {
        #expect(PolishHolidays.easterSunday(2026) == Self.day("2026-04-05"))
        #expect(PolishHolidays.easterSunday(2027) == Self.day("2027-03-28"))
        #expect(PolishHolidays.easterSunday(2038) == Self.day("2038-04-25"))
        #expect(PolishHolidays.holidays(in: 2026).sorted().map(\.description) == [
            "2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-03", "2026-05-24", "2026-06-04",
            "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-24", "2026-12-25", "2026-12-26",
        ])
        #expect(!PolishHolidays.isHoliday(Self.day("2024-12-24")), "Christmas Eve is a holiday from 2025 on")
        #expect(Deadlines.isWorkingDay(Self.day("2026-04-10")) && !Deadlines.isWorkingDay(Self.day("2026-02-15")))
    }

    @Test func anOpenRestrictionOrObjectionKeepsThePersonOutOfExports() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Ograniczona Osoba", email: "o@example.pl"))
        let b = try store.addContact(ContactDetails(name: "Zwykła Osoba", email: "z@example.pl"))
        for id in [a, b] { try store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .paper) }
        let r = try store.addRequest(a, type: .restriction)
        let list = ExportSelection(consent: [ConsentCriterion(purpose: "email-marketing", status: .granted)])
        #expect(try list.contacts(in: store.state, now: store.now).map(\.id) == [b])
        #expect(try ExportSelection(ids: [a]).contacts(in: store.state, now: store.now).map(\.id) == [a], "the person's own copy")
        #expect(JSONShapes.contact(store.state.contacts[a]!, state: store.state, now: store.now)["restricted"]?.stringValue == r.id)
        #expect(throws: ZgodaError.invalidInput("say what was decided to close restriction request R1: closing it lifts the restriction (--note)")) {
            try store.closeRequest(r.id)
        }
        try store.closeRequest(r.id, note: "dane sprawdzone i poprawione")
        #expect(try list.contacts(in: store.state, now: store.now).map(\.id).sorted() == [a, b].sorted())
        #expect(JSONShapes.contact(store.state.contacts[a]!, state: store.state, now: store.now)["restricted"] == nil)
    }

    @Test func extendingOnceWithAReasonBeforeTheFirstDeadline() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open(at: ISOTime.parse("2026-02-10T12:00:00Z")!)
        let a = try store.addContact(ContactDetails(name: "Łucja Żak"))
        let r = try store.addRequest(a, type: .access, received: Self.day("2026-02-01"))
        let late = try store.addRequest(a, type: .portability, received: Self.day("2025-12-01"))
        #expect(throws: ZgodaError.invalidValue(field: "reason", reason: "say why the request needs more time; the person must be told (Art. 12(3))")) {
            try store.extendRequest(r.id, reason: " ")
        }
        #expect(throws: ZgodaError.invalidInput("request R2 was due 2026-01-02: an extension must be decided, and the person told, within the first month")) {
            try store.extendRequest(late.id, reason: "dużo dokumentów")
        }
        let extended = try store.extendRequest(r.id, reason: "dane w trzech archiwach papierowych")
        // Three months after receipt is 1 May, a holiday; 2 May is a Saturday, 3 May a Sunday
        // and a holiday: Monday 4 May.
        #expect(extended.due == Self.day("2026-05-04") && extended.extended)
        #expect(!store.state.requests["R1"]!.isOverdue(today: Self.day("2026-04-30")))
        #expect(throws: ZgodaError.invalidInput("request R1 was extended already, to 2026-05-04; the GDPR allows one extension of two months")) {
            try store.extendRequest(r.id, reason: "jeszcze raz")
        }
        let entry = try #require(try store.history(contact: a).last)
        #expect(HistoryText.summary(entry, state: store.state) == "extended request R1 to 2026-05-04: dane w trzech archiwach papierowych")
        // Through a snapshot, reason sealed; erased with the person.
        try store.compact()
        #expect(try scratch.open().state.requests == store.state.requests)
        try store.anonymize(a)
        #expect(store.state.requests["R1"]?.extensionReason == nil && store.state.requests["R1"]?.extended == true)
        #expect(try scratch.filesContaining("trzech archiwach").isEmpty)
        try store.compact()
        #expect(try scratch.open().state.requests == store.state.requests)
    }

    @Test func addingNumbersRequestsAndDefaultsToToday() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open(at: ISOTime.parse("2026-03-10T12:00:00Z")!)
        let a = try store.addContact(ContactDetails(name: "Łucja Żak"))
        let r1 = try store.addRequest(a, type: .access)
        let r2 = try store.addRequest(a, type: .portability, received: Self.day("2026-01-31"))
        #expect(r1.id == "R1" && r1.received == Self.day("2026-03-10") && r1.due == Self.day("2026-04-10"))
        #expect(r2.id == "R2" && r2.due == Self.day("2026-03-02"))
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
        #expect(throws: ZgodaError.invalidInput("say what was decided to close objection request R3: closing it lifts the restriction (--note)")) {
            try store.closeRequest(objection.id)
        }
        try store.closeRequest(objection.id, note: "sprzeciw uwzględniony, cel wyłączony")

        #expect(throws: ZgodaError.invalidInput("contact \(a) has not been anonymised yet: run 'zgoda anonymize \(a) --request R2' first")) {
            try store.closeRequest(erasure.id)
        }
        // The erasure closes the request it fulfils.
        #expect(try store.anonymize(a, request: erasure.id).fulfilled == ["R2"])
        #expect(store.state.requests["R2"]?.status == .closed)
        #expect(throws: ZgodaError.invalidInput("request R2 is already closed")) { try store.closeRequest(erasure.id) }
        #expect(store.state.requestSummary(today: Day(GDPRFixtures.january15)) == RequestSummary(open: 0, overdue: 0))
        // The note went with the person.
        #expect(store.state.requests["R1"]?.resolution == nil)
        #expect(try scratch.open().state.requests == store.state.requests)
        #expect(try scratch.verify().ok)
        #expect(throws: ZgodaError.contactAnonymized(a.rawValue)) { try store.addRequest(a, type: .access) }
    }

    @Test func requestListJSONMatchesTheGoldenFile() throws {
        let g = GoldenState.build()
        let today = Day(GDPRFixtures.january15)
        let json = JSON.array(g.state.requestList().map { JSONShapes.request($0, today: today) })
        try GoldenFile.check("requests.json", json.rendered() + "\n")
        let parsed = try #require(try JSON.parse(json.rendered()).arrayValue)
        #expect(parsed.map { $0["id"]?.stringValue ?? "" } == ["R2", "R1"])
        #expect(parsed[0]["due"]?.stringValue == "2026-01-02" && parsed[0]["overdue"]?.boolValue == true)
        #expect(parsed[1]["contact"]?.stringValue == GoldenState.person.rawValue && parsed[1]["type"]?.stringValue == "access")
        #expect(parsed[1]["received"]?.stringValue == "2026-01-05" && parsed[1]["status"]?.stringValue == "open")
    }
}

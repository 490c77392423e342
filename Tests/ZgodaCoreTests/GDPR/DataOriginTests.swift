import Foundation
import Testing
@testable import ZgodaCore

/// Where each contact's data came from (Art. 14(2)(f), 15(1)(g)), and the clock for telling
/// people whose data came from someone else (Art. 14(3)(a)).
@Suite struct DataOriginTests {
    static let csv = "name;email\nAnna Z Listy;anna@lista.pl\nBogdan Z Listy;bogdan@lista.pl\n"

    @Test func aContactTypedInWasGivenByThePersonAndIsOwedNoNotice() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Wpisana"))
        #expect(store.state.origins[a] == .enteredFromPerson)
        #expect(store.state.noticeDue(of: a) == nil && store.state.noticesDue(now: store.now).isEmpty)
        #expect(try store.history(contact: a).map(\.event.kind) == ["contact.add"], "the origin is part of the addition")
        #expect(throws: ZgodaError.self) { try store.recordNotice([a], channel: .email) }
    }

    @Test func peopleFromAThirdPartyAreDueAMonthLaterOnAWorkingDayUntilTold() throws {
        let scratch = ScratchDirectory()
        // 2026-01-15 + 1 month = Sunday 2026-02-15: due Monday 2026-02-16.
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Z Polecenia"), origin: DataOrigin(kind: .entered, fromPerson: false))
        let b = try store.addContact(ContactDetails(name: "Bogdan Z Polecenia"), origin: DataOrigin(kind: .entered, fromPerson: false))
        let due = try #require(store.state.noticeDue(of: a))
        #expect(due == Day(year: 2026, month: 2, day: 16))
        let dueNow: Set<ContactID> = Set(store.state.noticesDue(now: store.now).map(\.contact))
        #expect(dueNow == [a, b])
        let afterDue = store.state.noticesDue(now: Day(year: 2026, month: 2, day: 17).date)
        let onDue = store.state.noticesDue(now: Day(year: 2026, month: 2, day: 16).date)
        #expect(afterDue.count == 2 && afterDue.allSatisfy(\.overdue))
        #expect(onDue.count == 2 && !onDue.contains(where: \.overdue))

        // One refused person refuses the whole call: nothing is written.
        let before = store.lastSeq
        #expect(throws: ZgodaError.unknownContact("nikt0000")) { try store.recordNotice([a, ContactID("nikt0000")], channel: .email) }
        #expect(store.lastSeq == before)
        try store.recordNotice([a], channel: .letter)
        #expect(store.state.notices[a]?.channel == .letter && store.state.noticeDue(of: a) == nil)
        #expect(throws: ZgodaError.self, "told already") { try store.recordNotice([a], channel: .email) }
        #expect(store.state.noticesDue(now: store.now).map(\.contact) == [b])
        #expect(HistoryText.summary(try #require(try store.history(contact: a).last), state: store.state)
                == "told the person where their data came from (Art. 14) by letter")
        // An erased person is owed nothing more.
        _ = try store.anonymize(b)
        #expect(store.state.noticesDue(now: store.now).isEmpty)
    }

    @Test func anImportNamesItsFileOnceForEveryoneItAddedAndComesFromAThirdPartyUnlessSaid() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let path = scratch.path + "-lista.csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.csv.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try Importer.run(store: store, file: path)
        #expect(report.added == 2)
        let origins = report.addedIDs.compactMap { store.state.origins[$0] }
        #expect(origins.count == 2 && Set(origins).count == 1)
        let origin = try #require(origins.first)
        #expect(origin.kind == .imported && !origin.fromPerson && origin.detail.hasPrefix("a csv file (sha256 "))
        #expect(!origin.detail.contains("lista"), "the file is named by its fingerprint, not its name")
        #expect(store.state.noticesDue(now: store.now).count == 2)

        let other = ScratchDirectory()
        let fromPeople = try other.open()
        let r2 = try Importer.run(store: fromPeople, file: path, fromPerson: true)
        #expect(r2.addedIDs.allSatisfy { fromPeople.state.origins[$0]?.fromPerson == true })
        #expect(fromPeople.state.noticesDue(now: fromPeople.now).isEmpty)
    }

    @Test func originsAndNoticesSurviveReopeningAndCompaction() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Z Listy"), origin: DataOrigin(kind: .entered, fromPerson: false))
        let b = try store.addContact(ContactDetails(name: "Bogdan Wpisany"))
        try store.recordNotice([a], channel: .phone)
        let c = try store.addContact(ContactDetails(name: "Celina Z Listy"), origin: DataOrigin(kind: .entered, fromPerson: false))
        try store.compact()
        store = try scratch.open()
        #expect(store.state.origins[a]?.fromPerson == false && store.state.origins[b] == .enteredFromPerson)
        #expect(store.state.notices[a]?.channel == .phone && store.state.notices[a]?.at == GDPRFixtures.january15)
        #expect(store.state.noticesDue(now: store.now).map(\.contact) == [c])
        #expect(try scratch.verify().ok)
    }

    @Test func anOriginOrChannelThisZgodaDoesNotKnowIsANewerZgodas() throws {
        var w = BinaryWriter()
        w.string("a1"); w.u32(3); w.string("scraped"); w.string(""); w.u8(0)
        #expect(throws: EventCodec.NewerFormat.self) {
            try EventCodec.decode(kindCode: 2, publicBytes: w.bytes, personal: nil, tagged: true, at: Date(), operator: "x")
        }
        // An addition recorded before origins were: none, and the record still reads.
        var old = BinaryWriter()
        old.string("a1"); old.u32(3)
        let event = try EventCodec.decode(kindCode: 2, publicBytes: old.bytes, personal: nil, tagged: true, at: Date(), operator: "x")
        #expect(event == .contactAdded(id: "a1", keySlot: 3, details: .erased, origin: nil))
        var n = BinaryWriter()
        n.string("a1"); n.string("pigeon")
        #expect(throws: EventCodec.NewerFormat.self) {
            try EventCodec.decode(kindCode: EventCodec.noticeCode, publicBytes: n.bytes, personal: nil, tagged: true, at: Date(), operator: "x")
        }
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// Who looked: reads of people's data are journal records of their own (kind 26), kept apart
/// from the changes, found for each person they name, and listed in the access report.
@Suite struct AccessRecordTests {
    @Test func aReadIsRecordedForEachPersonItNamesAndKeptApartFromTheChanges() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Czytana", email: "anna@example.pl"))
        let b = try store.addContact(ContactDetails(name: "Bogdan Listowany", email: "bogdan@example.pl"))
        let c = try store.addContact(ContactDetails(name: "Celina Pominięta", email: "celina@example.pl"))
        let before = store.lastSeq
        #expect(try store.recordAccess(.contactShown, to: [a]) == nil)
        #expect(try store.recordAccess(.contactsListed, to: [a, b]) == nil)
        #expect(store.lastSeq == before + 2)

        // The changes stay as they were; the reads are their own history.
        #expect(try store.history(contact: a).map(\.event.kind) == ["contact.add"])
        #expect(try store.history().allSatisfy { !$0.event.isAccess })
        let readsOfA = try store.history(contact: a, scope: .accesses)
        // A listing's list holds the person whose history it is, with the count of all it named.
        #expect(readsOfA.map(\.event) == [.accessed(what: "contact.show", contacts: [a]), .accessed(what: "contact.list", contacts: [a])])
        #expect(readsOfA.map(\.namedCount) == [1, 2])
        #expect(readsOfA.map(\.contact) == [a, nil], "a listing of several concerns no one contact")
        #expect(try store.history(scope: .accesses).last?.event == .accessed(what: "contact.list", contacts: [a, b]), "the audit log keeps it whole")
        #expect(readsOfA.allSatisfy { $0.operator == "Anna Nowak" })
        #expect(try store.history(contact: b, scope: .accesses).count == 1, "a listing is found for everyone it named")
        #expect(try store.history(contact: c, scope: .accesses).isEmpty)
        #expect(try store.history(scope: .accesses).count == 2)
        #expect(try store.history(contact: a, scope: .all).map(\.event.kind) == ["contact.add", "access", "access"])

        // The history line says what was read, and of how many people.
        let state = store.state
        #expect(HistoryText.summary(readsOfA[0], state: state) == "looked at the contact's data (zgoda contact show)")
        #expect(HistoryText.summary(readsOfA[1], state: state) == "looked at 2 contacts: the contacts' data as JSON (zgoda contact list)")
        #expect(Language.$current.withValue(.pl) { HistoryText.summary(readsOfA[1], state: state) }
                == "wgląd w 2 kontakty: dane kontaktów w JSON (zgoda contact list)")
    }

    @Test func readsSurviveReopeningCompactionAndAnErasureAndTheDirectoryVerifies() throws {
        let scratch = ScratchDirectory()
        var store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Czytana", email: "anna@example.pl"))
        try store.recordAccess(.consentScreen, to: [a])
        try store.compact()
        try store.recordAccess(.historyRead, to: [a])
        _ = try store.anonymize(a)
        store = try scratch.open()
        let reads = try store.history(contact: a, scope: .accesses)
        #expect(reads.map(\.event) == [.accessed(what: "screen.consents", contacts: [a]), .accessed(what: "history", contacts: [a])])
        #expect(try scratch.verify().ok)
        // A read names people by id only: nothing of the erased person is left in it.
        #expect(try scratch.filesContaining("Anna Czytana").isEmpty)
    }

    @Test func aReadOfNobodyOrOfAnUnknownPersonWritesNothing() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Czytana"))
        let before = store.lastSeq
        #expect(try store.recordAccess(.contactsListed, to: []) == nil)
        #expect(throws: ZgodaError.unknownContact("nikt0000")) { try store.recordAccess(.contactsListed, to: [a, ContactID("nikt0000")]) }
        #expect(store.lastSeq == before)
    }

    @Test func aDirectoryOpenedForReadingIsReadAndSaysTheReadWasNotRecorded() throws {
        let scratch = ScratchDirectory()
        let a = try scratch.open().addContact(ContactDetails(name: "Anna Czytana"))
        var options = scratch.options()
        options.readOnly = true
        let reader = try Store.open(scratch.directory, options: options)
        let before = reader.lastSeq
        let reason = try reader.recordAccess(.contactShown, to: [a])
        #expect(reason != nil)
        #expect(reader.lastSeq == before)
        #expect(try scratch.open().history(contact: a, scope: .accesses).isEmpty)
    }

    @Test func theAccessReportListsWhoLooked() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Anna Czytana", email: "anna@example.pl"))
        let b = try store.addContact(ContactDetails(name: "Bogdan Listowany"))
        try store.recordAccess(.contactScreen, to: [a])
        try store.recordAccess(.contactsListed, to: [a, b])
        let receipt = DocumentReceipt(issued: store.now, operator: "Anna Nowak", head: store.head, seq: store.lastSeq)
        let report = try AccessReport(state: store.state, contact: a, history: try store.history(contact: a, scope: .all),
                                      receipt: receipt, language: .en)
        #expect(report.history.map(\.event.kind) == ["contact.add"])
        let md = report.render(.md)
        #expect(md.contains("## Who looked at the data"))
        #expect(md.contains("| Anna Nowak | the contact card on screen |"))
        #expect(md.contains("| Anna Nowak | 2 contacts: the contacts' data as JSON (zgoda contact list) |"))
        let json = try JSON.parse(report.render(.json))
        #expect(json["accesses"]?.arrayValue?.map { $0["what"]?.stringValue ?? "" } == ["screen.contact", "contact.list"])
        #expect(json["accesses"]?.arrayValue?.last?["count"]?.intValue == 2)
        // Nobody looked at Bogdan on his own: the report says no reads beyond the listing.
        let forB = try AccessReport(state: store.state, contact: b, history: try store.history(contact: b, scope: .all),
                                    receipt: receipt, language: .pl).render(.md)
        #expect(forB.contains("## Kto miał wgląd w dane") && forB.contains("2 kontakty: dane kontaktów w JSON"))
    }

    @Test func aReadRecordWithoutPeopleIsDamageAndANewerKindIsANewerZgoda() throws {
        var w = BinaryWriter()
        w.string("contact.show"); w.strings([])
        #expect(throws: EventCodec.Malformed.self) {
            try EventCodec.decode(kindCode: EventCodec.accessCode, publicBytes: w.bytes, personal: nil, tagged: true, at: Date(), operator: "x")
        }
        let parts = EventCodec.encode(.accessed(what: "screen.later", contacts: [ContactID("a1")]))
        let back = try EventCodec.decode(kindCode: parts.kindCode, publicBytes: parts.publicBytes, personal: nil, tagged: true, at: Date(), operator: "x")
        #expect(back == .accessed(what: "screen.later", contacts: [ContactID("a1")]), "a read this Zgoda does not name is kept as it is")
        #expect(DataAccess.label(of: "screen.later").en == "screen.later")
        #expect(throws: EventCodec.NewerFormat.self) {
            try EventCodec.decode(kindCode: 28, publicBytes: [], personal: nil, tagged: true, at: Date(), operator: "x")
        }
    }
}

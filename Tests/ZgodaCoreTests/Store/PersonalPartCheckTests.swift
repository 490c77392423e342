import Foundation
import Testing
@testable import ZgodaCore

/// `verify`'s check of every record's personal part judges each record exactly as the history
/// does: a part that does not open or does not parse is damage, unless its person (or, for an
/// export's own key, the export's texts) was lawfully erased.
@Suite("Personal-part check of the whole journal")
struct PersonalPartCheckTests {
    @Test func agreesWithTheHistoryOnErasuresAndDamage() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let anna = try store.addContact(.sample("Anna Kowalska", email: "anna@example.pl", city: "Poznań"))
        let ewa = try store.addContact(.sample("Ewa Nowak", email: "ewa@example.pl"))
        let jan = try store.addContact(.sample("Jan Zieliński"))
        _ = try store.editContact(anna) { $0.city = "Łódź" }
        _ = try store.editContact(ewa) { $0.city = "Gdańsk" }
        // An export whose filter names Ewa: her erasure erases its texts too.
        _ = try Exporter.export(store: store, format: .csv, query: "Ewa Nowak", destination: .file(dir.root + "/ewa.csv"))
        try store.anonymize(ewa)
        try store.compact()
        // Lawful erasures only, before and after the snapshot: nothing to report.
        #expect(try dir.open().unreadablePersonalParts().isEmpty)

        // Two records made by hand: one sealed with another person's key, one that opens with
        // its own key but does not parse.
        let slotAnna = try #require(store.state.contacts[anna]?.keySlot)
        let slotJan = try #require(store.state.contacts[jan]?.keySlot)
        let wrongKey = try #require(store.keys.key(slotJan))
        let ownKey = try #require(store.keys.key(slotAnna))
        let parts = EventCodec.encode(.contactEdited(id: anna, changes: [FieldChange(field: "city", old: "Łódź", new: "Kraków")]))
        var prev = store.headHash
        var seq = store.lastSeq
        var made: [UInt64] = []
        for sealed in [try Sealer.seal(SealedFields.details(.sample("x")).bytes, key: wrongKey),
                       try Sealer.seal([0x01, 0x07, 0xFF, 0xFF, 0xFF, 0x7F], key: ownKey)] {
            seq += 1
            var rec = JournalRecord(seq: seq, at: Date(millis: 0), flags: JournalRecord.flagTagged, prevHash: prev,
                                    operator: "x", kindCode: parts.kindCode, contact: anna.rawValue,
                                    publicBytes: parts.publicBytes, keySlot: slotAnna, sealed: sealed)
            let framed = rec.framed()
            let path = try #require(dir.segmentPaths.last)
            let fd = try Files.openReadWrite(path)
            try PosixIO().pwrite(fd, framed, at: Int64(Files.size(path) ?? 0))
            close(fd)
            prev = rec.hash
            made.append(seq)
        }

        var readOnly = dir.options()
        readOnly.readOnly = true
        let reopened = try dir.open(readOnly)
        let found = try reopened.unreadablePersonalParts()
        #expect(found.map(\.seq) == made)
        #expect(found.allSatisfy { $0.contact == anna })
        #expect(found.map(\.seq) == (try reopened.history()).filter(\.damaged).map(\.seq))
    }
}

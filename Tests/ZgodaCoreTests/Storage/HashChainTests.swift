import Foundation
import Testing
@testable import ZgodaCore

@Suite("Hash chain and damage detection")
struct HashChainTests {
    /// A directory with 12 records in one segment.
    func sampleDirectory() throws -> (TestDirectory, String, [(seq: UInt64, start: Int, end: Int)]) {
        let dir = TestDirectory()
        let store = try dir.open()
        let a = try store.addContact(.sample("Anna Nowak", email: "anna@example.pl"))
        let b = try store.addContact(.sample("Łucja Żak"))
        try store.recordConsent(a, purpose: "profiling", decision: .granted, source: .phone, evidence: "call")
        try store.editContact(b) { $0.city = "Łódź" }
        try store.recordConsent(b, purpose: "partners", decision: .refused, source: .paper)
        let path = dir.segmentPaths[0]
        let offsets = recordOffsets(try Files.read(path)!)
        #expect(offsets.count == 10)
        return (dir, path, offsets)
    }

    @Test func everyAlteredByteIsCaughtAndNamed() throws {
        let (dir, path, offsets) = try sampleDirectory()
        let original = try Files.read(path)!
        for rec in offsets {
            // Flip a byte at the start, the middle and the end of each record.
            for offset in [rec.start, (rec.start + rec.end) / 2, rec.end - 1] {
                var bytes = original
                bytes[offset] ^= 0x40
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let report = try Verifier.verify(dir.data)
                #expect(!report.ok, "flip at \(offset) of record \(rec.seq)")
                #expect(report.problems.first?.seq == rec.seq, "flip at \(offset): \(report.problems)")
            }
        }
        try Data(original).write(to: URL(fileURLWithPath: path))
        #expect(try Verifier.verify(dir.data).ok)
    }

    @Test func deletedRecordIsNamed() throws {
        let (dir, path, offsets) = try sampleDirectory()
        var bytes = try Files.read(path)!
        let victim = offsets[4]
        bytes.removeSubrange(victim.start..<victim.end)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let report = try Verifier.verify(dir.data)
        #expect(!report.ok)
        #expect(report.problems.first?.seq == victim.seq)
        #expect(report.problems.first?.message.contains("missing") == true)
    }

    @Test func reorderedRecordsAreNamed() throws {
        let (dir, path, offsets) = try sampleDirectory()
        let bytes = try Files.read(path)!
        let r3 = offsets[3], r4 = offsets[4]
        let swapped = Array(bytes[0..<r3.start]) + Array(bytes[r4.start..<r4.end]) + Array(bytes[r3.start..<r3.end]) + Array(bytes[r4.end...])
        try Data(swapped).write(to: URL(fileURLWithPath: path))
        let report = try Verifier.verify(dir.data)
        #expect(!report.ok)
        #expect(report.problems.first?.seq == r3.seq)
    }

    @Test func damageInTheMiddleOpensReadOnlyUntilRepair() throws {
        let (dir, path, offsets) = try sampleDirectory()
        let before = try dir.open().state
        var bytes = try Files.read(path)!
        bytes[(offsets[8].start + offsets[8].end) / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        let store = try dir.open()
        #expect(store.isReadOnly)
        #expect(store.damagedSeq == 9)
        #expect(throws: ZgodaError.self) { try store.addContact(.sample("Nobody")) }
        let after = try Files.read(path)!
        #expect(dir.segmentPaths.count == 1 && after == bytes, "a read-only open writes nothing")

        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("cut the journal before record 9") })
        let repaired = try dir.open()
        #expect(!repaired.isReadOnly)
        #expect(try Verifier.verify(dir.data).ok)
        // Record 10 was intact and came back; only record 9's change (an edit) is lost.
        #expect(repaired.state.contacts.count == before.contacts.count)
        #expect(repaired.state.decisions.values.map(\.count).reduce(0, +) == 2)
        let damaged = Files.list(dir.data.damagedDir)
        #expect(damaged.count == 1)
        try repaired.addContact(.sample("After repair"))
    }

    @Test func damagedSnapshotFallsBackToTheJournal() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        for i in 0..<5 { try store.addContact(.sample("Person \(i)")) }
        try store.compact()
        try store.addContact(.sample("Later"))
        let snap = dir.data.snapshots()[0].path
        var bytes = try Files.read(snap)!
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: snap))

        let reopened = try dir.open()
        #expect(reopened.state == store.state)
        #expect(reopened.warnings.contains { $0.contains("snapshot") && $0.contains("damaged") })
        let report = try Verifier.verify(dir.data)
        #expect(!report.ok)
        #expect(report.problems.contains { $0.file.hasPrefix("snapshots/") })
    }
}

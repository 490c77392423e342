import Foundation
import Testing
@testable import ZgodaCore

/// Only a damaged *last* record may be taken for a torn write; anything else is damage.
@Suite("Journal damage is never a torn tail")
struct JournalDamageTests {
    private func tenRecords(_ dir: TestDirectory) throws -> Store {
        let store = try dir.open()
        for i in 0..<10 { try store.addContact(.sample("Osoba \(i)")) }
        return store
    }

    @Test func aFlippedMarkerInTheMiddleOfTheNewestSegmentIsDamage() throws {
        let dir = TestDirectory()
        let store = try tenRecords(dir)
        let path = try #require(dir.segmentPaths.last)
        let offsets = recordOffsets(try #require(try Files.read(path)))
        let middle = offsets[offsets.count / 2]
        let lostName = try store.history().first { $0.seq == middle.seq }.flatMap { e -> String? in
            if case let .contactAdded(_, _, d, _) = e.event { return d.name }
            return nil
        }
        try dir.flip(path, at: middle.start + 1, mask: 0x01)

        let reopened = try dir.open()
        #expect(reopened.isReadOnly, "the records after it are acknowledged and must not be dropped")
        #expect(reopened.damagedSeq == middle.seq)
        #expect(!reopened.warnings.contains { $0.contains("incomplete") })
        #expect(throws: ZgodaError.self) { try reopened.addContact(.sample("Nowa")) }
        #expect(!(try Verifier.verify(dir.data).ok))

        // Repair keeps every intact record after the damaged one and says what it set aside.
        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("cut the journal before record \(middle.seq)") })
        let repaired = try dir.open()
        #expect(!repaired.isReadOnly)
        let names = Set(repaired.state.contacts.values.map(\.details.name))
        #expect(lostName != nil)
        #expect(names == Set(store.state.contacts.values.map(\.details.name)).subtracting([lostName].compactMap { $0 }))
        #expect(try Verifier.verify(dir.data).ok)
    }

    @Test func aRecordDamagedAnywhereButLastIsDamageAtEveryOffset() throws {
        // One flipped byte in any record but the last of the newest segment: never a torn tail.
        let dir = TestDirectory()
        _ = try tenRecords(dir)
        let path = try #require(dir.segmentPaths.last)
        let pristine = try #require(try Files.read(path))
        let offsets = recordOffsets(pristine)
        let notLast = offsets.dropLast()
        var checked = 0
        for rec in notLast {
            for at in stride(from: rec.start, to: rec.end, by: 7) {
                var bytes = pristine
                bytes[at] ^= 0x20
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let reopened = try dir.open()
                #expect(reopened.isReadOnly, "byte \(at) of record \(rec.seq)")
                #expect(reopened.lastSeq < rec.seq || reopened.damagedSeq != nil)
                checked += 1
            }
        }
        try Data(pristine).write(to: URL(fileURLWithPath: path))
        #expect(checked > 100)
    }

    @Test func aDamagedLastRecordIsTornAndDroppedAlone() throws {
        let dir = TestDirectory()
        let store = try tenRecords(dir)
        let path = try #require(dir.segmentPaths.last)
        let offsets = recordOffsets(try #require(try Files.read(path)))
        let last = try #require(offsets.last)
        try dir.flip(path, at: last.start + 30)
        let reopened = try dir.open()
        #expect(!reopened.isReadOnly)
        #expect(reopened.lastSeq == last.seq - 1)
        #expect(reopened.state.contacts.count == store.state.contacts.count - 1)
    }

    @Test func aJournalCutAtARecordBoundaryIsNoticed() throws {
        let dir = TestDirectory()
        _ = try tenRecords(dir)
        let path = try #require(dir.segmentPaths.last)
        let bytes = try #require(try Files.read(path))
        let offsets = recordOffsets(bytes)
        // Three whole records gone: what is left is a valid, shorter journal.
        try Data(bytes[0..<offsets[offsets.count - 3].start]).write(to: URL(fileURLWithPath: path))
        let reopened = try dir.open()
        let warning = try #require(reopened.headWarning)
        #expect(warning.contains("this machine saw it reach record \(offsets.last!.seq)"))
        #expect(reopened.warnings.contains(warning))
        #expect(try dir.open().headWarning != nil, "it keeps saying so")
        let report = try Verifier.verify(dir.data, options: dir.options())
        #expect(report.problems.contains { $0.message.contains("have been removed") })

        // Accepting it (restored from a backup, say) is a repair, and recorded.
        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("accepted the journal") })
        let accepted = try dir.open()
        #expect(accepted.headWarning == nil)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aDirectoryMadeAnewAtTheSamePlaceIsNotTakenForACutJournal() throws {
        let dir = TestDirectory()
        _ = try tenRecords(dir)
        try FileManager.default.removeItem(atPath: dir.data.path)
        // A new directory at the same path, made later: a shorter journal, but another one.
        let later = dir.options(at: TestDirectory.epoch.addingTimeInterval(3600))
        try Store.create(dir.data, options: later, encrypt: false)
        let fresh = try dir.open(later)
        #expect(fresh.headWarning == nil)
        #expect(fresh.warnings.isEmpty)
        #expect(try Verifier.verify(dir.data, options: later).ok)
    }

    @Test func aRewrittenHistoryIsNoticed() throws {
        let dir = TestDirectory()
        _ = try tenRecords(dir)
        let other = TestDirectory()
        _ = try tenRecords(other)
        // Another directory's journal of the same length put in place of this one's.
        unlink(dir.segmentPaths[0])
        try FileManager.default.copyItem(atPath: other.segmentPaths[0], toPath: dir.data.journalDir + "/" + (other.segmentPaths[0] as NSString).lastPathComponent)
        for f in [dir.data.keysPath, dir.data.keysCopyPath, dir.data.metaPath] { unlink(f) }
        for (from, to) in [(other.data.keysPath, dir.data.keysPath), (other.data.keysCopyPath, dir.data.keysCopyPath), (other.data.metaPath, dir.data.metaPath)] {
            try FileManager.default.copyItem(atPath: from, toPath: to)
        }
        let reopened = try dir.open()
        #expect(reopened.headWarning?.contains("not the one this machine saw") == true)
    }
}

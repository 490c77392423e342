import Foundation
import Testing
@testable import ZgodaCore

/// Every file carries a version; a newer one is refused by name, never read as something else;
/// enums are stored by stable names; personal parts are tagged, so fields can be added.
@Suite("Versioned formats")
struct FormatVersionTests {
    @Test func aNewDirectoryIsTheCurrentFormatWithAChecksum() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        let meta = try DirectoryMeta.load(dir.data)
        #expect(meta.format == DirectoryMeta.currentFormat)
        #expect(meta.checksum == meta.computedChecksum())
    }

    @Test func aNewerDirectoryIsRefusedByName() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        var json = try String(contentsOfFile: dir.data.metaPath, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"format\" : \(DirectoryMeta.currentFormat)", with: "\"format\" : 8")
        try json.write(toFile: dir.data.metaPath, atomically: true, encoding: .utf8)
        #expect(throws: ZgodaError.newerFormat(path: dir.data.path, format: 8)) { try dir.open() }
        #expect(throws: ZgodaError.newerFormat(path: dir.data.path, format: 8)) { try Verifier.verify(dir.data) }
        #expect(ZgodaError.newerFormat(path: "/d", format: 8).description.contains("written by a newer Zgoda (format 8); upgrade"))
    }

    @Test func damageInZgodaJsonIsFoundByVerify() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        var json = try String(contentsOfFile: dir.data.metaPath, encoding: .utf8)
        // Still valid JSON, one digit of the creation time changed.
        json = json.replacingOccurrences(of: "2026-03-01", with: "2026-03-02")
        try json.write(toFile: dir.data.metaPath, atomically: true, encoding: .utf8)
        let report = try Verifier.verify(dir.data)
        #expect(report.problems.contains { $0.file == "zgoda.json" && $0.message.contains("checksum") })
        #expect(throws: ZgodaError.self) { try dir.open() }
    }

    @Test func aNewerSnapshotIsRefusedByName() throws {
        let (dir, path, body) = try compactedSnapshot()
        var changed = body
        changed[3] = UInt8(ascii: "9")
        try writeSnapshot(changed, to: path)
        #expect(throws: ZgodaError.newerFormat(path: path, format: 9)) { try dir.open() }
        #expect(try Verifier.verify(dir.data).problems.contains { $0.message.contains("newer Zgoda") })
    }

    @Test func aSnapshotSectionOfANewerCapabilityIsRefusedNotDropped() throws {
        let (dir, path, body) = try compactedSnapshot()
        // The rest of the snapshot ends with its sections; here one: the starter purposes'
        // Polish wording (where Anna's data came from is in her own entry since version 6).
        let reopened = try dir.open()
        let translations = try #require(try PurposeTranslationSection.encode(reopened.state, keys: reopened.keys))
        func section(_ tag: UInt16, _ bytes: [UInt8]) -> [UInt8] {
            [UInt8(tag & 0xff), UInt8(tag >> 8)] + withUnsafeBytes(of: UInt32(bytes.count).littleEndian, Array.init) + bytes
        }
        let known = section(30, translations)
        let sections = [1, 0, 0, 0] + known
        let trailer = try body.withUnsafeBytes { all in
            var r = BinaryReader(all, offset: all.count - SnapshotCodec.Trailer.size)
            return try SnapshotCodec.Trailer.read(&r)
        }
        #expect(Array(body[(trailer.indexStart - sections.count)..<trailer.indexStart]) == sections)
        // One more section, of a tag this code does not know: a newer Zgoda's state. The index
        // moves along, and the trailer says so, with its digest, so nothing but the section is wrong.
        let extra = section(999, [1, 2, 3])
        let changed = Array(body[..<(trailer.indexStart - sections.count)]) + [2, 0, 0, 0] + known + extra
        let index = Array(body[trailer.indexStart..<(body.count - SnapshotCodec.Trailer.size)])
        var w = BinaryWriter()
        w.raw(changed + index)
        let tableEnd = changed.count + 8 + ((index[4...7].withUnsafeBytes { Int($0.loadUnaligned(as: UInt32.self)) }) * SnapshotPersonIndex.pageRowSize)
        let digest = SnapshotCodec.Trailer.globalDigest(w.bytes, catalogueEnd: trailer.catalogueEnd, restStart: trailer.restStart, tableEnd: tableEnd)
        SnapshotCodec.Trailer(catalogueEnd: trailer.catalogueEnd, restStart: trailer.restStart, indexStart: changed.count, digest: digest).write(into: &w)
        try writeSnapshot(w.bytes, to: path)
        #expect {
            try dir.open()
        } throws: { e in
            if case .newerFormat = e as? ZgodaError { return true }
            return false
        }
    }

    /// A directory with one person and a snapshot: the snapshot's path and its bytes without
    /// the checksum.
    private func compactedSnapshot() throws -> (TestDirectory, String, [UInt8]) {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.addContact(.sample("Anna"))
        try store.compact()
        let snap = try #require(dir.data.snapshots().first)
        let bytes = try #require(try Files.read(snap.path))
        return (dir, snap.path, Array(bytes.dropLast(32)))
    }

    /// Writes `body` as a snapshot with a checksum that matches it.
    private func writeSnapshot(_ body: [UInt8], to path: String) throws {
        try Data(body + SHA256Hex.digest(body)).write(to: URL(fileURLWithPath: path))
    }

    @Test func aRecordOfANewerKindIsRefusedByName() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        // A record this code cannot know, with a good checksum and chain.
        let rec = JournalRecord(seq: store.lastSeq + 1, at: Date(millis: 0), flags: JournalRecord.flagTagged,
                                prevHash: store.headHash, operator: "future", kindCode: 99, contact: "",
                                publicBytes: [], keySlot: JournalRecord.noSlot, sealed: [])
        try append(rec, to: dir)
        #expect {
            try dir.open()
        } throws: { e in
            if case .newerFormat = e as? ZgodaError { return true }
            return false
        }
    }

    @Test func decisionsAndSourcesAreStoredByName() throws {
        // Every source and decision survives a snapshot, whatever their order in Swift.
        let dir = TestDirectory()
        let store = try dir.open()
        let id = try store.addContact(.sample("Anna"))
        try store.addPurpose(Purpose(id: "analityka", title: "Analityka", description: "Statystyki sprzedaży.",
                                     legalBasis: .legitimateInterest, retention: Retention(months: 12)))
        for (i, source) in ConsentSource.allCases.enumerated() {
            // Every decision, each withdrawal after a grant; an objection is to legitimate
            // interest, a refusal to consent.
            let decision: Decision = [.granted, .withdrawn, .refused, .objected][i % 4]
            try store.recordConsent(id, purpose: decision == .objected ? "analityka" : "profiling", decision: decision, source: source)
        }
        try store.compact()
        let text = text(of: store, dir)
        for s in ConsentSource.allCases { #expect(text.contains(s.rawValue), "\(s) by name") }
        for d in Decision.allCases { #expect(text.contains(d.rawValue), "\(d) by name") }
        let reopened = try dir.open()
        #expect(reopened.state.decisions[id]?.map(\.source) == ConsentSource.allCases)
        #expect(reopened.state == store.state)
    }

    /// The newest snapshot's bytes as text (empty when there is none).
    private func text(of store: Store, _ dir: TestDirectory) -> String {
        guard let path = dir.data.snapshots().first?.path, let bytes = try? Files.read(path) else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aPersonalPartThatOpensButDoesNotParseIsDamage() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let id = try store.addContact(.sample("Anna"))
        // A record sealed with the right key whose content is not a personal part.
        let slot = try #require(store.state.contacts[id]?.keySlot)
        let key = try #require(store.keys.key(slot))
        let parts = EventCodec.encode(.contactEdited(id: id, changes: [FieldChange(field: "city", old: "", new: "Łódź")]))
        let rec = JournalRecord(seq: store.lastSeq + 1, at: Date(millis: 0), flags: JournalRecord.flagTagged,
                                prevHash: store.headHash, operator: "x", kindCode: parts.kindCode, contact: id.rawValue,
                                publicBytes: parts.publicBytes, keySlot: slot,
                                sealed: try Sealer.seal([0x01, 0x07, 0xFF, 0xFF, 0xFF, 0x7F], key: key))
        try append(rec, to: dir)
        let reopened = try dir.open()
        #expect(reopened.state.contacts[id]?.damaged == true)
        #expect(reopened.state.contacts[id]?.anonymized == false)
        #expect(reopened.isReadOnly)
        let last = try #require(try reopened.history(contact: id).last)
        #expect(last.damaged && !last.readable)
    }

    @Test func tagsMakeAddingAFieldAdditive() throws {
        // A part with a field this code does not know (as a newer Zgoda may write) still reads,
        // and a part without a field reads it as empty.
        var w = SealedFields.details(ContactDetails(name: "Anna", email: "a@example.pl", city: "Łódź"))
        w.string(200, "a field from the future")
        let back = try SealedFields.read(w.bytes) { try SealedFields.details($0) }
        #expect(back == ContactDetails(name: "Anna", email: "a@example.pl", city: "Łódź"))
        #expect(throws: SealedFields.Reader.NewerVersion.self) { try SealedFields.read([2, 1, 0, 0, 0, 0]) { _ in 0 } }
    }

    /// Appends a record made by hand to the newest segment.
    private func append(_ rec: JournalRecord, to dir: TestDirectory) throws {
        var rec = rec
        let path = try #require(dir.segmentPaths.last)
        let fd = try Files.openReadWrite(path)
        defer { close(fd) }
        try PosixIO().pwrite(fd, rec.framed(), at: Int64(Files.size(path) ?? 0))
    }
}

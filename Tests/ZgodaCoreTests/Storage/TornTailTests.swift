import Foundation
import Testing
@testable import ZgodaCore

@Suite("Torn tail and failed writes")
struct TornTailTests {
    @Test func cutAtEveryOffsetOfTheLastRecordStillOpens() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let a = try store.addContact(.sample("Anna Nowak"))
        let acknowledged = store.state
        try store.recordConsent(a, purpose: "profiling", decision: .granted, source: .phone, evidence: "ostatni")
        let path = dir.segmentPaths[0]
        let full = try Files.read(path)!
        let last = recordOffsets(full).last!
        for cut in last.start..<last.end {
            try Data(full[0..<cut]).write(to: URL(fileURLWithPath: path))
            let reopened = try dir.open()
            #expect(reopened.state == acknowledged, "cut at \(cut)")
            #expect(!reopened.isReadOnly)
            #expect(cut == last.start || reopened.warnings.contains { $0.contains("incomplete") }, "cut at \(cut)")
        }
        // The next change drops the torn bytes and the chain is whole again.
        let reopened = try dir.open()
        try reopened.recordConsent(a, purpose: "partners", decision: .refused, source: .email)
        #expect(try Verifier.verify(dir.data).ok)
        #expect(try dir.open().state.decisions[a]?.map(\.purpose) == ["partners"])
    }

    @Test func aZeroFilledTailIsTreatedAsTorn() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.addContact(.sample("Anna"))
        let path = dir.segmentPaths[0]
        var bytes = try Files.read(path)!
        let last = recordOffsets(bytes).last!
        for i in (last.start + 20)..<last.end { bytes[i] = 0 }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reopened = try dir.open()
        #expect(reopened.state.contacts.isEmpty)
        #expect(!reopened.isReadOnly)
    }

    @Test func anIncompleteAtomicGroupIsDroppedWhole() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let before = store.state
        try store.commit { _ in (0..<3).map { i in .contactAdded(id: ContactID("g\(i)"), keySlot: Store.newKeySlot, details: .sample("G \(i)")) } }
        let path = dir.segmentPaths[0]
        let bytes = try Files.read(path)!
        let offsets = recordOffsets(bytes)
        // Cut after the second record of the group of three: the first two must not appear.
        try Data(bytes[0..<offsets[offsets.count - 2].end]).write(to: URL(fileURLWithPath: path))
        let reopened = try dir.open()
        #expect(reopened.state == before)
    }

    /// Fails the n-th fsync (and every one after, if `sticky`).
    final class FailingIO: StorageIO, @unchecked Sendable {
        var fsyncs = 0
        var failAt: Int
        init(failAt: Int) { self.failAt = failAt }
        func write(_ fd: Int32, _ bytes: [UInt8]) throws { try PosixIO().write(fd, bytes) }
        func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws { try PosixIO().pwrite(fd, bytes, at: offset) }
        func fsync(_ fd: Int32) throws {
            fsyncs += 1
            if fsyncs == failAt { throw ZgodaError.writeFailed("fsync failed: Input/output error") }
            try PosixIO().fsync(fd)
        }
    }

    @Test func aFailedFsyncIsNotAcknowledgedAndStateIsReloaded() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        let io = FailingIO(failAt: .max)
        let store = try Store.open(dir.data, options: dir.options(io: io))
        let a = try store.addContact(.sample("Anna"))
        let acknowledged = store.state
        io.failAt = io.fsyncs + 1
        #expect(throws: ZgodaError.writeFailed("fsync failed: Input/output error")) {
            try store.recordConsent(a, purpose: "profiling", decision: .granted, source: .phone)
        }
        #expect(store.state == acknowledged)
        #expect(try dir.open().state == acknowledged)
        // The store keeps working after the failure.
        io.failAt = .max
        try store.recordConsent(a, purpose: "profiling", decision: .refused, source: .phone)
        #expect(try dir.open().state.decisions[a]?.map(\.decision) == [.refused])
        #expect(try Verifier.verify(dir.data).ok)
    }

    @Test func invalidInputChangesNothing() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let a = try store.addContact(.sample("Anna"))
        let bytes = try Files.read(dir.segmentPaths[0])!
        #expect(throws: ZgodaError.self) { try store.addContact(ContactDetails(name: " ")) }
        #expect(throws: ZgodaError.self) { try store.addContact(ContactDetails(name: "X", email: "not-an-email")) }
        #expect(throws: ZgodaError.self) { try store.addContact(ContactDetails(name: "X", phone: "12ab")) }
        #expect(throws: ZgodaError.unknownContact("nope")) { try store.editContact("nope") { $0.city = "X" } }
        #expect(throws: ZgodaError.unknownPurpose("golf")) { try store.recordConsent(a, purpose: "golf", decision: .granted, source: .phone) }
        #expect(try Files.read(dir.segmentPaths[0])! == bytes)
    }
}

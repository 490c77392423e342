import Foundation
import Testing
@testable import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// Every write the store makes can fail: a full disk (ENOSPC), an I/O error on fsync (EIO),
/// a short write, a failed rename. Each time: a clear error, the state in memory unchanged,
/// nothing half-made after a reopen, and the next write succeeds once the fault is gone.
@Suite("Fault injection")
struct FaultInjectionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var op: ScriptedIO.Op
        var after: Int
        var partial: Int?
        var message: String
        var testDescription: String { "\(op) after \(after)\(partial.map { ", \($0) bytes written" } ?? "")" }
    }

    /// Faults in a change (a new person: two key-file appends, a journal append, fsyncs).
    static let changeFaults: [Case] = [
        Case(op: .pwrite, after: 0, partial: nil, message: "No space left on device"),
        Case(op: .pwrite, after: 0, partial: 50, message: "No space left on device"),
        Case(op: .pwrite, after: 1, partial: nil, message: "No space left on device"),
        Case(op: .pwrite, after: 1, partial: 13, message: "No space left on device"),
        Case(op: .pwrite, after: 2, partial: nil, message: "No space left on device"),
        Case(op: .pwrite, after: 2, partial: 100, message: "No space left on device"),
        Case(op: .fsync, after: 0, partial: nil, message: "Input/output error"),
        Case(op: .fsync, after: 1, partial: nil, message: "Input/output error"),
        Case(op: .fsync, after: 2, partial: nil, message: "Input/output error"),
    ]

    @Test(arguments: changeFaults)
    func aFailedChangeChangesNothing(_ fault: Case) throws {
        let dir = TestDirectory()
        let io = ScriptedIO()
        let store = try dir.open(dir.options(io: io))
        let keep = try store.addContact(.sample("Anna", email: "anna@example.pl"))
        let before = store.state, seq = store.lastSeq
        io.failNext(fault.op, after: fault.after, with: fault.message, partial: fault.partial)
        #expect {
            try store.addContact(.sample("Bożena"))
        } throws: { e in
            (e as? ZgodaError)?.description.contains("not saved") == true && (e as? ZgodaError)?.description.contains(fault.message) == true
        }
        #expect(io.injectedCount == 1)
        #expect(store.state == before, "state in memory unchanged")
        #expect(store.lastSeq == seq)

        let reopened = try dir.open()
        #expect(reopened.state == before, "nothing half-made after a reopen")
        #expect(!reopened.isReadOnly)

        io.heal()
        let next = try store.addContact(.sample("Celina"))
        let after = try dir.open()
        #expect(after.state.contacts[next]?.details.name == "Celina")
        #expect(after.state.contacts[keep]?.details.name == "Anna")
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    /// Faults in writing a snapshot: the temp file's write or fsync, the rename, the directory
    /// fsync, the next segment's creation.
    static let compactionFaults: [Case] = [
        Case(op: .write, after: 0, partial: nil, message: "No space left on device"),
        Case(op: .write, after: 0, partial: 200, message: "No space left on device"),
        Case(op: .fsync, after: 0, partial: nil, message: "Input/output error"),
        Case(op: .rename, after: 0, partial: nil, message: "Input/output error"),
        Case(op: .fsync, after: 1, partial: nil, message: "Input/output error"),
        Case(op: .fsync, after: 2, partial: nil, message: "Input/output error"),
    ]

    @Test(arguments: compactionFaults)
    func aFailedCompactionLosesNothingAndLeavesNoTemporaryFile(_ fault: Case) throws {
        let dir = TestDirectory()
        let io = ScriptedIO()
        let store = try dir.open(dir.options(io: io))
        for i in 0..<30 { try store.addContact(.sample("Osoba \(i)", email: "o\(i)@example.pl")) }
        let before = store.state
        io.failNext(fault.op, after: fault.after, with: fault.message, partial: fault.partial)
        #expect(throws: ZgodaError.self) { try store.compact() }
        #expect(store.state == before)
        #expect(!Files.list(dir.data.snapshotDir).contains { $0.hasPrefix(Files.temporaryPrefix) }, "no temporary file left")
        io.heal()
        let reopened = try dir.open()
        #expect(reopened.state == before)
        try store.addContact(.sample("Po awarii"))
        try store.compact()
        let after = try dir.open()
        #expect(after.state.contacts.count == 31)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aFailedKeyDestructionAfterTheErasureRecordSaysWhatHappened() throws {
        let dir = TestDirectory()
        let io = ScriptedIO()
        let store = try dir.open(dir.options(io: io))
        let id = try store.addContact(.sample("Zofia Zagórska", email: "zofia@example.pl"))
        let slot = try #require(store.state.contacts[id]?.keySlot)
        // The journal's fsync goes through; every fsync after it (the keys') fails.
        io.failNext(.fsync, after: 1, with: "Input/output error", sticky: true)
        try store.anonymize(id)
        #expect(store.state.contacts[id]?.anonymized == true, "recorded, so done")
        #expect(store.pendingKeyErasures.contains { $0.contains(id.rawValue) && $0.contains("Input/output error") })
        io.heal()
        let reopened = try dir.open()
        #expect(reopened.state.contacts[id]?.anonymized == true)
        #expect(KeyStore.readKey(path: dir.data.keysPath, slot: slot, master: nil) == nil, "the next open destroyed the key")
        #expect(try dir.filesContaining("Zagórska").isEmpty)
    }

    @Test func theSearchCacheWriterGoesThroughTheSeam() throws {
        let dir = TestDirectory()
        let io = ScriptedIO()
        let store = try dir.open(dir.options(io: io))
        for i in 0..<10 { try store.addContact(.sample("Osoba \(i)")) }
        io.failNext(.write, with: "No space left on device")
        _ = store.searchIndex()
        #expect(io.injectedCount == 1)
        #expect(!Files.exists(SearchCache.path(dir.data)), "a failed cache write leaves no cache")
        #expect(!Files.exists(SearchCache.temporaryPath(dir.data)))
        io.heal()
        _ = try dir.open(dir.options(io: io)).searchIndex()
        #expect(Files.exists(SearchCache.path(dir.data)))
    }

    @Test func aRealFullDiskIsReportedAndRecoveredFrom() throws {
        // A real file system that fills up: a 1 MiB tmpfs (needs root to mount).
        guard geteuid() == 0 else {
            Issue.record("this test mounts a tmpfs and must run as root (CI does)")
            return
        }
        let dir = TestDirectory()
        let mount = dir.root + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        try ReadOnlyMount.run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", mount])
        defer { _ = try? ReadOnlyMount.run("/bin/umount", [mount]) }
        let data = DataDirectory(path: mount + "/data")
        let store = try Store.open(data, options: dir.options())
        var added: [ContactID] = []
        var failure: ZgodaError?
        let notes = String(repeating: "notatka ", count: 2_000)
        for i in 0..<400 {
            do { added.append(try store.addContact(ContactDetails(name: "Osoba \(i)", notes: notes))) } catch let e as ZgodaError {
                failure = e; break
            }
        }
        let error = try #require(failure, "the disk filled up")
        #expect(error.description.contains("not saved"))
        #expect(error.description.contains("No space left") || error.description.contains("space"))
        let full = try Store.open(data, options: dir.options())
        #expect(Set(full.state.contacts.keys) == Set(added), "every acknowledged person, and no other")
        // Space comes back: every later person reads back whole.
        try ReadOnlyMount.run("/bin/mount", ["-o", "remount,size=8m", mount])
        let later = try (0..<5).map { try full.addContact(.sample("Później \($0)")) }
        let reopened = try Store.open(data, options: dir.options())
        for id in later { #expect(reopened.state.contacts[id]?.details.name.hasPrefix("Później") == true) }
        #expect(reopened.state.contacts.values.allSatisfy { !$0.damaged && !$0.anonymized })
        #expect(try Verifier.verify(data, options: dir.options()).ok)
    }
}

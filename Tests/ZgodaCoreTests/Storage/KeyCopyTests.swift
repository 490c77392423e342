import Foundation
import Testing
@testable import ZgodaCore

/// The keys are kept twice, and nothing unreadable in them passes as an erasure.
@Suite("Key files: two copies, damage never read as erasure")
struct KeyCopyTests {
    /// Twenty people, like the reproduction: add 20 contacts, then damage the middle of keys.zk.
    private func twenty(_ dir: TestDirectory) throws -> (Store, [ContactID]) {
        let store = try dir.open()
        let ids = try (1...20).map { try store.addContact(.sample("Osoba \($0)", email: "o\($0)@example.pl")) }
        return (store, ids)
    }

    private func owner(ofMiddleOf path: String, _ store: Store) throws -> (offset: Int, id: ContactID) {
        let size = try #require(Files.size(path))
        let middle = size / 2
        let slot = UInt32((middle - KeyStore.headerSize) / KeyStore.slotSize)
        let id = try #require(store.state.contacts.values.first { $0.keySlot == slot }?.id)
        return (middle, id)
    }

    @Test func everyKeyIsWrittenToBothFilesAlike() throws {
        let dir = TestDirectory()
        _ = try twenty(dir)
        let a = try #require(try Files.read(dir.data.keysPath)), b = try #require(try Files.read(dir.data.keysCopyPath))
        #expect(a.count == KeyStore.headerSize + 21 * KeyStore.slotSize)
        #expect(a[KeyStore.headerSize...] == b[KeyStore.headerSize...])
        #expect(a[4] == 0 && b[4] == 1, "each file says which copy it is")
    }

    @Test func aFlippedByteInOneCopyLosesNothingAndRepairRestoresIt() throws {
        let dir = TestDirectory()
        let (store, ids) = try twenty(dir)
        let before = store.state
        let (offset, victim) = try owner(ofMiddleOf: dir.data.keysPath, store)
        try dir.flip(dir.data.keysPath, at: offset)

        let reopened = try dir.open()
        #expect(reopened.state == before, "every person reads from the good copy")
        #expect(!reopened.isReadOnly)
        #expect(reopened.warnings.contains { $0.contains("keys.zk") && $0.contains("zgoda repair") && $0.contains(victim.rawValue) })
        let report = try Verifier.verify(dir.data, options: dir.options())
        #expect(!report.ok)
        #expect(report.problems.contains { $0.file == "keys.zk" && $0.message.contains("damaged") })

        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("restored key slot") && $0.contains(victim.rawValue) && $0.contains("keys.zk") })
        #expect(result.unresolved.isEmpty)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
        #expect(try dir.open().state.contacts[ids[9]]?.details == before.contacts[ids[9]]?.details)
    }

    @Test func damageInTheCopyIsRepairedFromTheOriginal() throws {
        let dir = TestDirectory()
        let (store, _) = try twenty(dir)
        let before = store.state
        try dir.flip(dir.data.keysCopyPath, at: TestDirectory.slotOffset(5) + 40)
        #expect(try dir.open().state == before)
        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("in keys.copy.zk") })
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aKeyDamagedInBothCopiesIsDamageNeverAnErasure() throws {
        let dir = TestDirectory()
        let (store, _) = try twenty(dir)
        let (offset, victim) = try owner(ofMiddleOf: dir.data.keysPath, store)
        try dir.flip(dir.data.keysPath, at: offset)
        try dir.flip(dir.data.keysCopyPath, at: offset)

        let reopened = try dir.open()
        let c = try #require(reopened.state.contacts[victim])
        #expect(c.damaged && !c.anonymized)
        #expect(c.shownName == Contact.damagedLabel)
        #expect(reopened.isReadOnly)
        #expect(reopened.readOnlyReason?.contains(victim.rawValue) == true)
        #expect(throws: ZgodaError.self) { try reopened.addContact(.sample("Nowa")) }
        let history = try reopened.history(contact: victim)
        #expect(history.first?.damaged == true)
        #expect(HistoryText.summary(history[0], state: reopened.state).contains("damaged"))
        #expect(!HistoryText.summary(history[0], state: reopened.state).contains("erased"))

        let report = try Verifier.verify(dir.data, options: dir.options())
        #expect(!report.ok)
        let repaired = try Repairer.repair(dir.data, options: dir.options())
        #expect(!repaired.unresolved.isEmpty, "a key lost in both copies cannot be repaired, and repair says so")
    }

    @Test func aZeroedSlotOfALivePersonIsDamage() throws {
        // A bad sector read back as zeros looks like an erased key: without an erasure record
        // it is damage. Here both copies lose the slot, so the person's data is unreadable.
        let dir = TestDirectory()
        let (store, _) = try twenty(dir)
        let victim = store.state.contacts.values[3]
        for path in [dir.data.keysPath, dir.data.keysCopyPath] {
            var bytes = try #require(try Files.read(path))
            let at = TestDirectory.slotOffset(victim.keySlot)
            bytes.replaceSubrange(at..<at + KeyStore.slotSize, with: [UInt8](repeating: 0, count: KeyStore.slotSize))
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        let reopened = try dir.open()
        #expect(reopened.state.contacts[victim.id]?.damaged == true)
        #expect(reopened.state.contacts[victim.id]?.anonymized == false)
        #expect(reopened.isReadOnly)
        let report = try Verifier.verify(dir.data, options: dir.options())
        #expect(report.problems.contains { $0.message.contains(victim.id.rawValue) && $0.message.contains("never anonymised") })
    }

    @Test func aSlotZeroedInOneCopyOfALivePersonIsRestored() throws {
        let dir = TestDirectory()
        let (store, _) = try twenty(dir)
        let before = store.state
        let victim = store.state.contacts.values[7]
        var bytes = try #require(try Files.read(dir.data.keysPath))
        let at = TestDirectory.slotOffset(victim.keySlot)
        bytes.replaceSubrange(at..<at + KeyStore.slotSize, with: [UInt8](repeating: 0, count: KeyStore.slotSize))
        try Data(bytes).write(to: URL(fileURLWithPath: dir.data.keysPath))
        let reopened = try dir.open()
        #expect(reopened.state == before)
        #expect(reopened.warnings.contains { $0.contains("never erased") })
        #expect(!(try Verifier.verify(dir.data, options: dir.options()).ok))
        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("restored key slot \(victim.keySlot)") })
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func anErasureCutShortBetweenTheCopiesIsFinished() throws {
        let dir = TestDirectory()
        let (store, ids) = try twenty(dir)
        let slot = try #require(store.state.contacts[ids[2]]?.keySlot)
        let copy = try #require(try Files.read(dir.data.keysCopyPath))
        try store.anonymize(ids[2])
        // As if the process stopped after zeroing keys.zk, before keys.copy.zk.
        try Data(copy).write(to: URL(fileURLWithPath: dir.data.keysCopyPath))
        #expect(KeyStore.readKey(path: dir.data.keysPath, slot: slot, master: nil) != nil, "the copy still holds it")
        let reopened = try dir.open()
        #expect(reopened.state.contacts[ids[2]]?.anonymized == true)
        #expect(!reopened.isReadOnly)
        #expect(KeyStore.readKey(path: dir.data.keysPath, slot: slot, master: nil) == nil, "the open finished the erasure")
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aFullDiskLeavesNoPartialSlotBehind() throws {
        // The second file's write fails (ENOSPC) after the first one's went through: both are
        // cut back, and every contact added once space is back reads back whole.
        let dir = TestDirectory()
        let io = ScriptedIO()
        let store = try dir.open(dir.options(io: io))
        try store.addContact(.sample("Przed"))
        io.failNextPwrite(after: 1, with: "No space left on device", partial: 37)
        #expect(throws: ZgodaError.self) { try store.addContact(.sample("Podczas")) }
        #expect(!KeyStoreFiles(dir).anyPartialTail)
        let added = try (0..<5).map { try store.addContact(.sample("Po \($0)")) }
        let reopened = try dir.open()
        for id in added { #expect(reopened.state.contacts[id]?.details.name.hasPrefix("Po ") == true) }
        #expect(reopened.state.contacts.count == 6)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aKeyWrittenToOneFileOnlyIsCopiedWhenNothingUsesIt() throws {
        // A kill between the two files' writes of a new key: the record that would use it was
        // never written, so the key is unused, and the open makes the files agree.
        let dir = TestDirectory()
        let (store, _) = try twenty(dir)
        _ = try store.keys.allocate(1)
        let full = try #require(try Files.read(dir.data.keysCopyPath))
        try Data(full.dropLast(KeyStore.slotSize)).write(to: URL(fileURLWithPath: dir.data.keysCopyPath))
        let reopened = try dir.open()
        #expect(reopened.warnings.isEmpty)
        #expect(try Files.read(dir.data.keysCopyPath) == full)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aKeyMissingFromOneFileWhileInUseIsDamage() throws {
        let dir = TestDirectory()
        let (store, ids) = try twenty(dir)
        let before = store.state
        let full = try #require(try Files.read(dir.data.keysCopyPath))
        try Data(full.dropLast(KeyStore.slotSize)).write(to: URL(fileURLWithPath: dir.data.keysCopyPath))
        let reopened = try dir.open()
        #expect(reopened.state == before)
        #expect(reopened.warnings.contains { $0.contains("keys.copy.zk") && $0.contains(ids[19].rawValue) })
        #expect(!(try Verifier.verify(dir.data, options: dir.options()).ok))
        let result = try Repairer.repair(dir.data, options: dir.options())
        #expect(result.lines.contains { $0.contains("restored key slot 20") })
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func aDirectoryWithoutTheCopyGetsItOnOpen() throws {
        let dir = TestDirectory()
        let (store, _) = try twenty(dir)
        let before = store.state
        unlink(dir.data.keysCopyPath)
        let reopened = try dir.open()
        #expect(reopened.state == before)
        let a = try #require(try Files.read(dir.data.keysPath)), b = try #require(try Files.read(dir.data.keysCopyPath))
        #expect(a[KeyStore.headerSize...] == b[KeyStore.headerSize...])
    }
}

/// Reads the two key files of a test directory.
struct KeyStoreFiles {
    let dir: TestDirectory
    init(_ dir: TestDirectory) { self.dir = dir }

    var anyPartialTail: Bool {
        [dir.data.keysPath, dir.data.keysCopyPath].contains { p in
            let n = Files.size(p) ?? KeyStore.headerSize
            return (n - KeyStore.headerSize) % KeyStore.slotSize != 0
        }
    }
}

/// Key files read a slot at a time (a store opened for one person) say what the files read
/// whole say, slot for slot, and what is written through either is read back by the other.
@Suite("Key slots read on demand")
struct KeySlotsOnDemandTests {
    @Test func everySlotReadsTheSameEitherWay() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        var ids: [ContactID] = []
        for i in 0..<12 { ids.append(try store.addContact(.sample("Osoba \(i)"))) }
        _ = try store.anonymize(ids[3])
        let slots = ids.map { store.state.contacts[$0]!.keySlot }
        try dir.flip(dir.data.keysCopyPath, at: TestDirectory.slotOffset(slots[5]) + 10)
        try dir.flip(dir.data.keysPath, at: TestDirectory.slotOffset(slots[7]) + 70)
        try dir.flip(dir.data.keysPath, at: TestDirectory.slotOffset(slots[8]) + 3)
        try dir.flip(dir.data.keysCopyPath, at: TestDirectory.slotOffset(slots[8]) + 3)
        let whole = try KeyStore(path: dir.data.keysPath, master: nil, io: PosixIO(), writable: false)
        let onDemand = try KeyStore(path: dir.data.keysPath, master: nil, io: PosixIO(), writable: false, slotsOnDemand: true)
        #expect(onDemand.slotCount == whole.slotCount)
        for slot in 0..<(whole.slotCount + 2) {
            #expect(onDemand.health(slot) == whole.health(slot), "slot \(slot)")
            #expect(onDemand.key(slot).map { $0.withUnsafeBytes(Array.init) } == whole.key(slot).map { $0.withUnsafeBytes(Array.init) })
            #expect(onDemand.uncheckedKey(slot).map { $0.withUnsafeBytes(Array.init) } == whole.uncheckedKey(slot).map { $0.withUnsafeBytes(Array.init) })
        }
        // The slots read so far that differ: every damaged one, since all were read above.
        #expect(onDemand.differingSlots() == whole.differingSlots())
        #expect(Set(whole.differingSlots()) == Set([slots[5], slots[7]]))
    }

    @Test func writesThroughEitherAreReadByTheOther() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        let onDemand = try KeyStore(path: dir.data.keysPath, master: nil, io: PosixIO(), writable: true, slotsOnDemand: true)
        let made = try onDemand.allocate(3)
        try onDemand.erase(made[1])
        #expect(onDemand.isErased(made[1]) && onDemand.health(made[0]) == .good)
        let whole = try KeyStore(path: dir.data.keysPath, master: nil, io: PosixIO(), writable: true)
        #expect(whole.slotCount == onDemand.slotCount)
        #expect(whole.isErased(made[1]))
        #expect(whole.key(made[2]).map { $0.withUnsafeBytes(Array.init) } == onDemand.key(made[2]).map { $0.withUnsafeBytes(Array.init) })
        let more = try whole.allocate(2)
        try onDemand.reload()
        #expect(onDemand.slotCount == whole.slotCount)
        #expect(onDemand.health(more[1]) == .good && onDemand.differingSlots().isEmpty)
    }
}

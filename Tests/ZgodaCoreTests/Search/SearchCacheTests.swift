import Foundation
import Testing
@testable import ZgodaCore

/// The saved search index (`search.zc`): it answers only for the journal it was made from,
/// any damage sends readers back to the full open, and an erasure leaves nothing of it that
/// could be read.
@Suite struct SearchCacheTests {
    static func populated(_ scratch: ScratchDirectory, people: Int = 300, io: any StorageIO = PosixIO()) throws -> Store {
        let store = try scratch.open(io: io)
        try DemoData.populate(store, count: people, seed: 21)
        return store
    }

    static let person = ContactDetails(name: "Bronisława Żółtowska-Kęs", email: "bronka@kes-unikat.example.pl", phone: "+48 605 404 303",
                                       company: "Kęs i Córki", city: "Pcim", tags: ["unikat-tag"])

    @Test func savedIndexEqualsAFreshOneAndAnswersWithoutOpeningTheStore() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        #expect(SearchCache.load(scratch.directory) == nil, "nothing saved yet")
        let built = store.searchIndex()
        #expect(built == SearchIndex(state: store.state))
        let loaded = try #require(SearchCache.load(scratch.directory))
        #expect(loaded == built)
        for query in ["", "a", "kow", "łódź", "600 1", "nobody at all"] {
            #expect(loaded.search(query) == built.search(query), "query \(query)")
        }
        // A store opened later uses the saved index for the same state.
        let reopened = try scratch.open()
        #expect(reopened.loadSearchCache() == built)
    }

    @Test func anyChangeOrCompactionMakesItStale() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        _ = store.searchIndex()
        #expect(SearchCache.load(scratch.directory) != nil)
        let id = try store.addContact(Self.person)
        #expect(SearchCache.load(scratch.directory) == nil, "the journal grew")
        #expect(store.loadSearchCache() == nil)
        #expect(store.searchIndex().search("bronisława") == [id], "rebuilt with the new person")
        #expect(SearchCache.load(scratch.directory)?.search("bronisława") == [id], "and saved again")
        try store.compact()
        #expect(SearchCache.load(scratch.directory)?.search("bronisława") == [id], "a compaction changes nobody")
        _ = try store.editContact(id) { $0.name = "Bronisława Nowa" }
        #expect(SearchCache.load(scratch.directory) == nil, "an edit in the new segment")
    }

    /// Reads, decisions, documents and the catalogue change nobody's searchable values: the
    /// saved index stays in use across them (the terminal UI records a read whenever a card is
    /// opened), and only what changes people makes it stale.
    @Test func recordsThatChangeNobodyKeepItCurrent() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        let id = try store.addContact(Self.person)
        let saved = store.searchIndex()
        try store.recordAccess(.contactShown, to: [id])
        try store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .phone)
        try store.commit { _ in [.documentIssued(kind: "form", contact: id, format: "screen", destination: nil)] }
        try store.editPurpose("profiling", change: .editorial) { $0.description += " Raz w roku." }
        #expect(SearchCache.load(scratch.directory) == saved)
        let reopened = try scratch.open()
        #expect(reopened.loadSearchCache() == saved, "an open store takes it too")
        #expect(reopened.lastSeq == store.lastSeq)
        // A store that has not read the records after it yet does not: they must be its own state.
        let added = try scratch.open().addContact(ContactDetails(name: "Ktoś Nowy"))
        #expect(SearchCache.load(scratch.directory) == nil, "a person added")
        #expect(try scratch.open().searchIndex().search("ktoś nowy") == [added])
    }

    @Test func aJournalThatNoLongerHoldsItsRecordMakesItStale() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        _ = store.searchIndex()
        try store.recordAccess(.contactShown, to: [try #require(store.state.contacts.keys.first)])
        #expect(SearchCache.load(scratch.directory) != nil)
        // Another record where the cache's was (its hash differs), or a record after it that
        // does not link to it: either way not the journal the cache was made from.
        let segment = try #require(scratch.directory.segments().last)
        let original = try #require(FileManager.default.contents(atPath: segment.path))
        let header = try #require(try scratch.directory.searchCacheHeader())
        for at in [Int(header.segmentSize) - 1, Int(header.segmentSize) + FrameHeader.previousHashOffset + 3] {
            var bytes = original
            bytes[at] ^= 0xFF
            try bytes.write(to: URL(fileURLWithPath: segment.path))
            #expect(SearchCache.load(scratch.directory) == nil, "byte \(at) altered")
        }
        try original.write(to: URL(fileURLWithPath: segment.path))
        #expect(SearchCache.load(scratch.directory) != nil)
    }

    @Test func damagedOrForeignFilesAreIgnored() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        let good = store.searchIndex()
        let path = SearchCache.path(scratch.directory)
        let original = try #require(try Files.read(path))
        func write(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

        var flipped = original
        flipped[flipped.count / 2] ^= 0x40
        try write(flipped)
        #expect(SearchCache.load(scratch.directory) == nil, "a flipped byte in the sealed part")
        var header = original
        header[12] ^= 0x01
        try write(header)
        #expect(SearchCache.load(scratch.directory) == nil, "a changed header")
        try write(Array(original.prefix(original.count - 100)))
        #expect(SearchCache.load(scratch.directory) == nil, "cut short")
        var older = original
        older.replaceSubrange(0..<4, with: Array("ZGC3".utf8))
        try write(older)
        #expect(SearchCache.load(scratch.directory) == nil, "a cache of the previous format, without row masks")
        // Stale, not damaged: verify says nothing of it, and the next open replaces it.
        #expect(try Verifier.verify(scratch.directory, options: scratch.options()).problems.isEmpty)
        older.replaceSubrange(0..<4, with: Array("ZGC9".utf8))
        try write(older)
        #expect(try Verifier.verify(scratch.directory, options: scratch.options()).problems.map(\.message) == [Verifier.searchCacheDamaged.en])
        try write(Array("not a cache at all".utf8))
        #expect(SearchCache.load(scratch.directory) == nil)
        // The store falls back to building, and replaces the bad file with a good one.
        #expect(store.searchIndex() == good)
        #expect(SearchCache.load(scratch.directory) == good)
    }

    /// A large cache's chunks are opened on all cores: each lands in its place, and one
    /// damaged chunk among them fails the whole.
    @Test func chunksOpenedOnAllCoresMakeTheSameIndex() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch, people: 2_000)
        let built = store.searchIndex()
        let path = SearchCache.path(scratch.directory)
        let original = try #require(try Files.read(path))
        func write(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
        func open(_ bytes: [UInt8]) throws -> SearchIndex? {
            try bytes.withUnsafeBytes { all in
                let header = try #require(SearchCache.Header(all))
                let key = try #require(KeyStore.readKey(path: scratch.directory.keysPath, slot: header.keySlot, master: nil))
                return SearchCache.open(all, header: header, key: key, parallelFrom: 1)
            }
        }
        #expect(try open(original) == built)
        // Without its masks, the chunks that hold only masks are left sealed: damage there is
        // not seen, and the index answers as the full one does.
        var lastChunkFlipped = original
        lastChunkFlipped[original.count - 5] ^= 0x01
        try write(lastChunkFlipped)
        let bare = try #require(SearchCache.load(scratch.directory, masks: false))
        #expect(bare.masks.count == 0 && bare.ids == built.ids)
        for query in ["", "a", "kow", "łódź", "600 1"] { #expect(bare.search(query) == built.search(query), "query \(query)") }
        #expect(SearchCache.load(scratch.directory) == nil, "with its masks, the damage is found")
        try write(original)
        let chunks = original.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: SearchCache.headerSize, as: UInt32.self)) }
        #expect(chunks >= 4, "several chunks to open at once")
        for at in [SearchCache.headerSize + 200, original.count / 2, original.count - 5] {
            var flipped = original
            flipped[at] ^= 0x01
            #expect(try open(flipped) == nil, "a flipped byte at \(at) of \(original.count)")
        }
    }

    @Test func erasureDestroysTheKeyAndTheFile() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        let id = try store.addContact(Self.person)
        #expect(store.searchIndex().search("zoltowska") == [id])
        let kept = try #require(try Files.read(SearchCache.path(scratch.directory)))
        let slot = try #require(SearchCache.keySlot(scratch.directory))

        try store.anonymize(id)

        #expect(!Files.exists(SearchCache.path(scratch.directory)))
        #expect(!Files.exists(SearchCache.temporaryPath(scratch.directory)))
        #expect(KeyStore.readKey(path: scratch.directory.keysPath, slot: slot, master: nil) == nil)
        // Even a copy taken before the erasure no longer opens with anything in the directory.
        let keys = try KeyStore(path: scratch.directory.keysPath, master: nil, io: PosixIO())
        let opened = (0..<keys.slotCount).contains { s in
            guard let key = keys.key(s) else { return false }
            return kept.withUnsafeBytes { all in
                SearchCache.Header(all).flatMap { SearchCache.open(all, header: $0, key: key) } != nil
            }
        }
        #expect(!opened)
        for value in Self.person.personalValues {
            for form in GDPRFixtures.searchForms(value) { #expect(try scratch.filesContaining(form) == [], "\(form)") }
        }
        // The next index has a key of its own and no trace of the person.
        let next = store.searchIndex()
        #expect(next.search("zoltowska").isEmpty && next.search("pcim").isEmpty)
        #expect(SearchCache.keySlot(scratch.directory) != slot)
    }

    @Test func anIndexFromBeforeAnErasureIsNeverSaved() throws {
        let scratch = ScratchDirectory()
        let writer = try Self.populated(scratch)
        let id = try writer.addContact(Self.person)
        // A reader opened before the erasure still holds the person in memory...
        let reader = try scratch.open()
        let stale = SearchIndex(state: reader.state)
        let seq = reader.lastSeq
        try writer.anonymize(id)
        // ...and tries to save its index afterwards: the journal moved, so nothing is written.
        reader.saveSearchCache(stale, seq: seq)
        #expect(!Files.exists(SearchCache.path(scratch.directory)))
        #expect(reader.state.contacts[id]?.anonymized == true, "it caught up instead")
        #expect(reader.searchIndex().search("zoltowska").isEmpty)
    }

    @Test func anErasureCutShortIsFinishedOnTheNextOpenCacheIncluded() throws {
        let scratch = ScratchDirectory()
        let store = try Self.populated(scratch)
        let id = try store.addContact(Self.person)
        _ = store.searchIndex()
        let slot = try #require(SearchCache.keySlot(scratch.directory))
        // The erasure record reaches the disk, then the next fsync (the cache key's) fails.
        final class FailAfterFirst: StorageIO, @unchecked Sendable {
            var fsyncs = 0
            let real = PosixIO()
            func write(_ fd: Int32, _ bytes: [UInt8]) throws { try real.write(fd, bytes) }
            func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws { try real.pwrite(fd, bytes, at: offset) }
            func fsync(_ fd: Int32) throws {
                fsyncs += 1
                if fsyncs > 1 { throw ZgodaError.writeFailed("fsync failed (injected)") }
                try real.fsync(fd)
            }
        }
        let failing = try scratch.open(io: FailAfterFirst())
        // The erasure is recorded, so it is reported as done, with the keys still to destroy.
        try failing.anonymize(id)
        #expect(failing.state.contacts[id]?.anonymized == true)
        #expect(!failing.pendingKeyErasures.isEmpty)
        #expect(Files.exists(SearchCache.path(scratch.directory)), "cut short before the file went")

        let reopened = try scratch.open()
        #expect(reopened.state.contacts[id]?.anonymized == true)
        #expect(KeyStore.readKey(path: scratch.directory.keysPath, slot: slot, master: nil) == nil)
        #expect(!Files.exists(SearchCache.path(scratch.directory)))
        for form in GDPRFixtures.searchForms(Self.person.name) { #expect(try scratch.filesContaining(form) == []) }
    }

    @Test func encryptedDirectoriesAreLeftToTheFullOpen() throws {
        let scratch = TestDirectory()
        try Store.create(scratch.data, options: scratch.options(passphrase: "correct horse"), encrypt: true)
        let store = try scratch.open(scratch.options(passphrase: "correct horse"))
        let id = try store.addContact(Self.person)
        #expect(store.searchIndex().search("kes") == [id])
        #expect(store.loadSearchCache()?.search("kes") == [id], "the store itself may use it")
        #expect(SearchCache.load(scratch.data) == nil, "the quick path would need the passphrase")
    }
}

extension DataDirectory {
    /// The header of the saved search index, if there is one.
    func searchCacheHeader() throws -> SearchCache.Header? {
        guard let bytes = FileManager.default.contents(atPath: SearchCache.path(self)) else { return nil }
        return bytes.withUnsafeBytes { SearchCache.Header($0) }
    }
}

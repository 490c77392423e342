import Foundation
import Testing
@testable import ZgodaCore

/// A person's history through the saved locations of everyone's records (`history.zh`) and
/// the journal after them is the history found from every header: the same entries, however
/// far behind or ahead of the store the file is, and a file that is damaged, stale or from
/// another directory is never used.
@Suite(.enabled(if: !TestBackend.isPostgres, "the file is a directory's; a team's histories read the database"))
struct HistoryLocationsTests {
    /// `HistoryPagesTests.busyStore` and more: a read naming several people, an erasure, and
    /// someone added after the compaction.
    static func store(_ scratch: ScratchDirectory) throws -> (Store, [ContactID]) {
        let (store, anna, bogdan) = try HistoryPagesTests.busyStore(scratch)
        let celina = try store.addContact(ContactDetails(name: "Celina Nowa", email: "celina@example.pl"))
        _ = try store.recordAccess(.contactsListed, to: [anna, celina])
        try store.recordConsent(celina, purpose: "profiling", decision: .granted, source: .email)
        _ = try store.anonymize(bogdan)
        return (store, [anna, bogdan, celina, "zzzzzzzz"])
    }

    static func path(_ scratch: ScratchDirectory) -> String { HistoryLocations.path(scratch.directory) }

    /// The entries, and how each is found: its place in the journal and the decision before it.
    static func expectSame(_ store: Store, _ people: [ContactID], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for person in people {
            for scope in [HistoryScope.changes, .all] {
                let saved = try store.historyIndex(contact: person, scope: scope)
                let scanned = try store.historyIndexFromHeaders(contact: person, scope: scope)
                #expect(saved.locations.map { [UInt64($0.offset), $0.seq, UInt64($0.length), UInt64($0.segment), UInt64($0.kindCode)] }
                        == scanned.locations.map { [UInt64($0.offset), $0.seq, UInt64($0.length), UInt64($0.segment), UInt64($0.kindCode)] },
                        "\(person) \(scope)", sourceLocation: sourceLocation)
                #expect(saved.previousConsent == scanned.previousConsent, sourceLocation: sourceLocation)
                #expect(try store.historyEntries(saved, 0..<saved.count) == store.history(contact: person, scope: scope), sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aPersonsHistoryIsTheOneFoundFromEveryHeader() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, people) = try Self.store(scratch)
        try store.compact()
        #expect(Files.size(Self.path(scratch)) != nil, "compact saves the locations")
        try Self.expectSame(store, people)
        // The export named Anna in its public part; the read named Anna and Celina.
        let anna = try store.history(contact: people[0], scope: .all)
        #expect(anna.contains { if case .exported = $0.event { return true }; return false })
        #expect(anna.contains { if case .accessed = $0.event { return true }; return false })
    }

    @Test func recordsAfterTheFileAreReadFromTheJournal() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, people) = try Self.store(scratch)
        try store.compact()
        let saved = try #require(FileManager.default.contents(atPath: Self.path(scratch)))
        // In the same segment and in a new one after a snapshot.
        try store.recordConsent(people[0], purpose: "partners", decision: .refused, source: .phone)
        let dawid = try store.addContact(ContactDetails(name: "Dawid", email: "dawid@example.pl"))
        try Self.expectSame(store, people + [dawid])
        try store.compact()
        try saved.write(to: URL(fileURLWithPath: Self.path(scratch)))
        try store.recordConsent(dawid, purpose: "partners", decision: .granted, source: .email)
        try store.editContact(people[2]) { $0.city = "Opole" }
        try Self.expectSame(store, people + [dawid])
        #expect(try FileManager.default.contents(atPath: Self.path(scratch)) == saved, "a short tail leaves the file as it is")
    }

    /// Another process saved the file after more records: this store leaves out what it has
    /// not read, and does not write an older file over it.
    @Test func aFileAheadOfTheStoreIsCutToIt() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, people) = try Self.store(scratch)
        let other = try scratch.open()
        try other.recordConsent(people[0], purpose: "partners", decision: .granted, source: .phone)
        try other.compact()
        let ahead = try #require(FileManager.default.contents(atPath: Self.path(scratch)))
        try Self.expectSame(store, people)
        #expect(try FileManager.default.contents(atPath: Self.path(scratch)) == ahead)
    }

    @Test func theFirstHistoryMakesTheFile() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, people) = try Self.store(scratch)
        try FileManager.default.removeItem(atPath: Self.path(scratch))  // the one busyStore's compaction made
        _ = try store.historyIndex(contact: people[0])
        #expect(Files.size(Self.path(scratch)) != nil)
        try Self.expectSame(store, people)
        // The audit log never uses it: it reads every header anyway.
        let all = try store.historyIndex()
        #expect(all.count == (try store.historyIndexFromHeaders(contact: nil, scope: .changes)).count)
    }

    /// Written a part at a time: the same file whatever the size of the parts.
    @Test func theFileIsTheSameWrittenInSmallParts() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, people) = try Self.store(scratch)
        try store.compact()
        let whole = try #require(FileManager.default.contents(atPath: Self.path(scratch)))
        let saved = HistoryLocations.partBytes
        defer { HistoryLocations.partBytes = saved }
        for size in [1, 40, 333] {
            HistoryLocations.partBytes = size
            try FileManager.default.removeItem(atPath: Self.path(scratch))
            store.saveHistoryLocations()
            #expect(try FileManager.default.contents(atPath: Self.path(scratch)) == whole, "parts of \(size)")
        }
        try Self.expectSame(store, people)
    }

    /// The automatic snapshot saves them too, so they are never far behind the journal.
    @Test func theAutomaticSnapshotSavesThem() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open(compactEvery: 5)
        let ids = try (0..<3).map { try store.addContact(ContactDetails(name: "Osoba \($0)", email: "o\($0)@example.pl")) }
        #expect(Files.size(Self.path(scratch)) == nil)
        for id in ids { try store.recordConsent(id, purpose: "partners", decision: .granted, source: .email) }
        let file = try #require(try MappedFile.open(Self.path(scratch)))
        let (header, _) = try HistoryLocations.open(file.bytes)
        #expect(header.seq > 5 && header.seq <= store.lastSeq && header.head.count == 32)
        try Self.expectSame(store, ids)
    }

    /// Every byte of the file flipped in turn: the history is still the one from the headers
    /// (the file is refused, and made again).
    @Test func everyFlipOfTheFileIsRefused() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, people) = try Self.store(scratch)
        try store.compact()
        let good = try #require(FileManager.default.contents(atPath: Self.path(scratch)))
        let expected = try people.map { try store.historyIndexFromHeaders(contact: $0, scope: .all).locations.map(\.seq) }
        for i in 0..<good.count {
            var bad = good
            bad[i] ^= 0x20
            try bad.write(to: URL(fileURLWithPath: Self.path(scratch)))
            // Straight from the file: refused, or (a byte no one reads) the same answer.
            for (p, person) in people.enumerated() {
                if let found = store.historyIndexFromLocations(person, scope: .all) {
                    #expect(found.index.locations.map(\.seq) == expected[p], "byte \(i) of \(good.count), \(person)")
                }
            }
        }
        try Data(good.prefix(good.count / 2)).write(to: URL(fileURLWithPath: Self.path(scratch)))
        #expect(store.historyIndexFromLocations(people[0], scope: .all) == nil)
        try Self.expectSame(store, people)
    }

    /// A file that names records another journal holds (another directory's, or this one's
    /// before a repair rewrote it) is not used.
    @Test func aFileOfAnotherJournalIsNotUsed() throws {
        let a = ScratchDirectory(), b = ScratchDirectory()
        defer { for s in [a, b] { try? FileManager.default.removeItem(atPath: s.path + "-anna.csv") } }
        let (storeA, _) = try Self.store(a)
        let (storeB, people) = try Self.store(b)
        try storeA.compact()
        try storeB.compact()
        try FileManager.default.removeItem(atPath: Self.path(b))
        try FileManager.default.copyItem(atPath: Self.path(a), toPath: Self.path(b))
        #expect(storeB.historyIndexFromLocations(people[0], scope: .all) == nil)
        try Self.expectSame(storeB, people)
    }

    /// Ids, record numbers and places alone: no personal value is in the file.
    @Test func theFileHoldsNoPersonalValue() throws {
        let scratch = ScratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch.path + "-anna.csv") }
        let (store, _) = try Self.store(scratch)
        try store.compact()
        let bytes = try #require(FileManager.default.contents(atPath: Self.path(scratch)))
        for value in ["Anna", "Stronicowa", "Bogdan", "Celina", "example.pl", "Kraków", "Miasto"] {
            #expect(bytes.range(of: Data(value.utf8)) == nil, "\(value)")
        }
    }
}

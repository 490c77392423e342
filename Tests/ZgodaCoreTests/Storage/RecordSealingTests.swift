import Foundation
import Testing
@testable import ZgodaCore

/// A large group (an import) is encoded and sealed on all cores; each record must still be
/// sealed with its own person's key, in the order of the hash chain.
@Suite struct RecordSealingTests {
    /// People added with a decision each, in one group big enough to be sealed in parallel.
    func addInOneGroup(_ store: Store, count: Int) throws -> [ContactID] {
        let purpose = try #require(store.state.purposes["email-marketing"])
        var ids: [ContactID] = []
        try store.commit { state in
            var events: [Event] = []
            for i in 0..<count {
                let id = ContactID("P\(String(format: "%07d", i))")
                ids.append(id)
                events.append(.contactAdded(id: id, keySlot: Store.newKeySlot,
                                            details: .sample("Osoba Numer\(i)", email: "osoba\(i)@example.pl", city: "Miasto\(i)"),
                                            origin: DataOrigin(kind: .imported, detail: "a test", fromPerson: false)))
                events.append(.consentRecorded(ConsentDecision(contact: id, purpose: purpose.id, purposeVersion: purpose.version,
                                                               decision: i % 2 == 0 ? .granted : .refused, source: .import,
                                                               evidence: "row \(i) of the sheet", at: store.now, operator: "tester", expires: nil,
                                                               wordingHash: Wording.hash(controller: state.controller, purpose: purpose))))
            }
            return events
        }
        return ids
    }

    @Test func aLargeGroupReadsBackPersonByPerson() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let count = RecordSealing.parallelFrom + 300
        let ids = try addInOneGroup(store, count: count)
        #expect(store.state.contacts.count == count)

        // Replayed from the journal alone: every record opens with its person's key.
        let reopened = try dir.open()
        #expect(reopened.state == store.state)
        #expect(reopened.warnings.isEmpty)
        #expect(reopened.state.contacts[ids[count - 1]]?.details.name == "Osoba Numer\(count - 1)")
        #expect(reopened.state.decisions[ids[3]]?.first?.evidence == "row 3 of the sheet")
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)

        // One person's key opens their records and no one else's.
        _ = try reopened.anonymize(ids[7])
        let afterErasure = try dir.open()
        #expect(afterErasure.state.contacts[ids[7]]?.anonymized == true)
        #expect(afterErasure.state.contacts[ids[8]]?.details.name == "Osoba Numer8")
        #expect(afterErasure.state.decisions[ids[6]]?.first?.evidence == "row 6 of the sheet")
        #expect(afterErasure.warnings.isEmpty)
        if !TestBackend.isPostgres {
            #expect(try dir.filesContaining("Osoba Numer7").isEmpty)
            #expect(try dir.filesContaining("row 7 of the sheet").isEmpty)
        }
    }

    /// Parallel or not, the parts are the ones `EventCodec` gives one at a time.
    @Test func encodingInParallelKeepsTheOrder() throws {
        let events = (0..<(RecordSealing.parallelFrom * 3)).map { i in
            Event.contactEdited(id: ContactID("E\(String(format: "%07d", i))"),
                                changes: [FieldChange(field: "city", old: "A\(i)", new: "B\(i)")])
        }
        let parallel = RecordSealing.encode(events[...])
        let oneByOne = events.map(EventCodec.encode)
        #expect(parallel.map(\.publicBytes) == oneByOne.map(\.publicBytes))
        #expect(parallel.map(\.personalBytes) == oneByOne.map(\.personalBytes))
    }

    /// Decisions for everyone in `ids`, `rounds` each, as one group.
    func decideInOneGroup(_ store: Store, _ ids: [ContactID], rounds: Int) throws {
        let purpose = try #require(store.state.purposes["email-marketing"])
        try store.commit { state in
            (0..<rounds).flatMap { r in
                ids.map { id in
                    Event.consentRecorded(ConsentDecision(contact: id, purpose: purpose.id, purposeVersion: purpose.version,
                                                          decision: r % 2 == 0 ? .withdrawn : .granted, source: .phone,
                                                          evidence: "call \(r) with \(id)", at: store.now, operator: "tester", expires: nil,
                                                          wordingHash: Wording.hash(controller: state.controller, purpose: purpose)))
                }
            }
        }
    }

    /// A group larger than a batch is written a batch at a time and is still one group: read
    /// back whole, and verified.
    @Test func aGroupWrittenInBatchesIsOneGroup() throws {
        let dir = TestDirectory()
        var options = dir.options()
        options.appendBatch = 100
        let store = try dir.open(options)
        let ids = try addInOneGroup(store, count: 350)
        try decideInOneGroup(store, ids, rounds: 2)
        let reopened = try dir.open()
        #expect(reopened.state == store.state)
        #expect(reopened.head == store.head)
        #expect(reopened.state.decisions[ids[349]]?.last?.evidence == "call 1 with \(ids[349])")
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    /// A write that fails after some batches reached the file saves nothing of the group, and a
    /// crash there (the file not cut back) loses the group whole at the next open.
    @Test func aGroupCutBetweenBatchesIsDroppedWhole() throws {
        if TestBackend.isPostgres { return }
        let dir = TestDirectory()
        let io = ScriptedIO()
        var options = dir.options(io: io)
        options.appendBatch = 100
        let store = try dir.open(options)
        let ids = try addInOneGroup(store, count: 350)
        let before = store.state, head = store.head
        let size = try #require(Files.size(dir.segmentPaths.last!))

        // The third batch fails: the two before it are cut back off.
        io.failNextPwrite(after: 2, with: "No space left on device")
        #expect(throws: ZgodaError.self) { try decideInOneGroup(store, ids, rounds: 2) }
        #expect(io.injectedCount == 1)
        #expect(store.state == before && store.head == head)
        #expect(Files.size(dir.segmentPaths.last!) == size)

        // The same, but the process dies before it can cut them back.
        io.failNextPwrite(after: 2, with: "No space left on device")
        io.failNext(.truncate, with: "the process died", sticky: true)
        #expect(throws: ZgodaError.self) { try decideInOneGroup(store, ids, rounds: 2) }
        #expect(try #require(Files.size(dir.segmentPaths.last!)) > size, "two batches were left in the file")
        io.heal()
        let afterCrash = try dir.open()
        #expect(afterCrash.state == before)
        #expect(afterCrash.head == head)
        #expect(!afterCrash.isReadOnly)

        // The next change is written after what the crash left, which is dropped.
        try decideInOneGroup(afterCrash, ids, rounds: 1)
        let reopened = try dir.open()
        #expect(reopened.state == afterCrash.state)
        #expect(reopened.state.decisions[ids[0]]?.count == 2)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }
}

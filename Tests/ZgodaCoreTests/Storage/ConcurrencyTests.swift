import Foundation
import Testing
@testable import ZgodaCore

@Suite("Several writers on one directory")
struct ConcurrencyTests {
    /// Two stores (each with its own lock file descriptor, as two processes would have) add
    /// 500 contacts each at the same time: all 1000 arrive, sequence numbers have no gaps.
    @Test func twoWritersLoseNothing() async throws {
        let dir = TestDirectory()
        _ = try dir.open()
        let path = dir.data.path
        let options = (0..<2).map { dir.options(operator: "writer\($0)", compactEvery: 300) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<2 {
                group.addTask {
                    let store = try Store.open(DataDirectory(path: path), options: options[w])
                    for i in 0..<500 { try store.addContact(ContactDetails(name: "Writer \(w) person \(i)")) }
                }
            }
            try await group.waitForAll()
        }
        let store = try dir.open()
        #expect(store.state.contacts.count == 1000)
        let seqs = try store.history().map(\.seq)
        #expect(seqs == Array(1...UInt64(seqs.count)))
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func refreshPicksUpAnotherWritersChanges() throws {
        let dir = TestDirectory()
        let reader = try dir.open()
        let writer = try dir.open()
        #expect(try reader.refresh() == false)
        let id = try writer.addContact(.sample("Anna"))
        try writer.compact()
        try writer.recordConsent(id, purpose: "profiling", decision: .granted, source: .phone)
        #expect(try reader.refresh() == true)
        #expect(reader.state == writer.state)
        // The reader can write after catching up; the chain stays whole.
        try reader.editContact(id) { $0.city = "Kraków" }
        #expect(try writer.refresh())
        #expect(writer.state == reader.state)
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// A version 6 snapshot reads one person without the others, to the same values the whole
/// file gives for that person, and damage on the way is found, never read as another state.
@Suite("Snapshots read one person")
struct SnapshotPersonTests {
    /// A compacted directory with a bit of everything a person can have: edits (former
    /// values), decisions with evidence, an origin and its notice, documents, a request with a
    /// resolution, an export, a link, and an erased person.
    static func build() throws -> (TestDirectory, Store, [ContactID]) {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.setController { $0 = DataController(name: "Firma Sp. z o.o.", address: "ul. Długa 1, Gdańsk") }
        let a = try store.addContact(.sample("Zażółć Gęślą-Jaźń", email: "zazolc@example.pl", city: "Łódź"))
        let b = try store.addContact(.sample("Anna Kowalska", email: "anna@example.com"),
                                     origin: DataOrigin(kind: .imported, detail: "targi.csv", fromPerson: false))
        let c = try store.addContact(.sample("王伟 🐉", email: "wang@example.cn"))
        let d = try store.addContact(.sample("Piotr Nowak", email: "piotr@example.pl"),
                                     origin: DataOrigin(kind: .imported, detail: "targi.csv", fromPerson: false))
        try store.editContact(a) { $0.phone = "+48 600 100 200"; $0.city = "Kraków" }
        try store.recordConsent(a, purpose: "email-marketing", decision: .granted, source: .paper, evidence: "form no. 12")
        try store.recordConsent(b, purpose: "profiling", decision: .refused, source: .phone, evidence: "call of 3 March")
        try store.recordNotice([b], channel: .email)
        try store.issueDocument("form", contact: a, format: "text", destination: "/srv/forms/a.txt") { _, _ in "form" }
        try store.issueDocument("report", contact: b, format: "md", destination: nil) { _, _ in "report" }
        let request = try store.addRequest(b, type: .access)
        _ = try store.closeRequest(request.id, note: "sent by post")
        try store.commit { _ in [.exported(format: "csv", filter: "kowal", destination: "/srv/out.csv", contacts: [a, b])] }
        try store.issueLink(d, mail: true)
        _ = try store.anonymize(c)
        try store.compact()
        return (dir, store, [a, b, c, d])
    }

    /// The whole state cut down to what a reader of `id` alone gets.
    static func restricted(_ s: ZgodaState, to id: ContactID) -> ZgodaState {
        restricted(s, toPeople: [id])
    }

    /// What a state read for `people` alone holds: their part of the whole, and what everyone
    /// shares without the others' personal values.
    static func restricted(_ s: ZgodaState, toPeople people: Set<ContactID>) -> ZgodaState {
        var r = s
        r.contacts = s.contacts.filter { people.contains($0.key) }
        r.decisions = s.decisions.filter { people.contains($0.key) }
        r.formerDetails = s.formerDetails.filter { people.contains($0.key) }
        r.documents = s.documents.filter { people.contains($0.key) }
        r.origins = s.origins.filter { people.contains($0.key) }
        r.notices = s.notices.filter { people.contains($0.key) }
        for key in r.requests.keys where !people.contains(r.requests[key]!.contact) {
            r.requests[key]!.resolution = nil
            r.requests[key]!.extensionReason = nil
        }
        var links = ConsentLinks()
        for var l in s.links.byID.values {
            if !people.contains(l.contact) { l.mailedTo = nil }
            links.issue(l)
        }
        links.restore(lastNumber: s.links.lastNumber)
        r.links = links
        for i in r.exports.indices { r.exports[i].contacts = r.exports[i].contacts.filter { people.contains($0) } }
        r.loadedPeople = people
        return r
    }

    static func snapshotBytes(_ dir: TestDirectory) throws -> [UInt8] {
        let snap = try #require(dir.data.snapshots().first)
        return try #require(try Files.read(snap.path))
    }

    @Test func eachPersonReadAloneEqualsTheirPartOfTheWhole() throws {
        let (dir, store, ids) = try Self.build()
        let bytes = try Self.snapshotBytes(dir)
        let whole = try SnapshotCodec.decode(bytes, keys: store.keys)
        #expect(whole.state == store.state)
        for id in ids {
            let one = try #require(try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: id, keys: store.keys) })
            #expect(one.state == Self.restricted(whole.state, to: id), "\(id)")
            #expect(one.seq == whole.seq && one.headHash == whole.headHash)
        }
        // Someone the snapshot does not hold: the catalogue and registers, and no one.
        let nobody = try #require(try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: "zzzzzzzz", keys: store.keys) })
        #expect(nobody.state.contacts.isEmpty)
        #expect(nobody.state == Self.restricted(whole.state, to: "zzzzzzzz"))
        // What the person has beyond their details made it through.
        let b = try #require(try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: ids[1], keys: store.keys) })
        #expect(b.state.notices[ids[1]]?.channel == .email)
        #expect(b.state.origins[ids[1]]?.detail == "targi.csv")
        #expect(b.state.requests.values.first?.resolution == "sent by post")
        let a = try #require(try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: ids[0], keys: store.keys) })
        #expect(a.state.documents[ids[0]]?.first?.destination == "/srv/forms/a.txt")
        #expect(a.state.formerDetails[ids[0]]?.first?.city == "Łódź")
        #expect(a.state.decisions[ids[0]]?.first?.evidence == "form no. 12")
    }

    @Test func aStateOfOnePersonIsNeverSaved() throws {
        let (dir, store, ids) = try Self.build()
        let bytes = try Self.snapshotBytes(dir)
        let one = try #require(try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: ids[0], keys: store.keys) })
        #expect(throws: ZgodaError.self) {
            try SnapshotCodec.encode(one.state, seq: one.seq, headHash: one.headHash, keys: store.keys)
        }
    }

    @Test func anOlderSnapshotIsReadWhole() throws {
        let (_, store, _) = try Self.build()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/format5-plain/data/snapshots")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.path).sorted().last)
        let bytes = try [UInt8](Data(contentsOf: fixture.appendingPathComponent(name)))
        #expect(try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: "x", keys: store.keys) } == nil)
        try bytes.withUnsafeBytes { try SnapshotCodec.checkPersonIndex($0) }
    }

    /// Every byte flipped in turn: reading one person either fails or gives exactly what the
    /// good file gives (the byte was someone else's, or the whole-file checksum). `verify`'s
    /// index check finds every flip in the index.
    @Test func everyFlipIsFoundOrChangesNothingForThePersonRead() throws {
        let (dir, store, ids) = try Self.build()
        let good = try Self.snapshotBytes(dir)
        let expected = try ids.map { id in
            try #require(try good.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: id, keys: store.keys) }).state
        }
        let trailer = try good.withUnsafeBytes { all in
            var r = BinaryReader(all, offset: all.count - 32 - SnapshotCodec.Trailer.size)
            return try SnapshotCodec.Trailer.read(&r)
        }
        var found = 0, unchanged = 0
        for offset in 0..<good.count {
            var bytes = good
            bytes[offset] ^= 0x20
            for (i, id) in ids.enumerated() {
                let read = Result { try bytes.withUnsafeBytes { try SnapshotCodec.decodePerson($0, person: id, keys: store.keys) } }
                switch read {
                case .failure: found += 1
                case let .success(loaded):
                    #expect(loaded?.state == expected[i], "offset \(offset), person \(id)")
                    unchanged += 1
                }
            }
            if offset >= trailer.indexStart && offset < good.count - 32 {
                #expect(throws: (any Error).self, "index byte \(offset)") { try bytes.withUnsafeBytes { try SnapshotCodec.checkPersonIndex($0) } }
            }
        }
        #expect(found > 0 && unchanged > 0)
    }

    /// Thousands of people, so that the snapshot is read on several cores at once, each with
    /// documents whose destinations are opened with their keys there: the read must touch
    /// nothing shared (a first version cached keys from every core and crashed at 100k).
    @Test func manyPeopleWithDocumentsReadOnAllCores() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        var rng = SystemRandomNumberGenerator()
        let ids = (0..<6_000).map { _ in ContactID.random(using: &rng) }
        try store.commit { _ in
            ids.enumerated().map { i, id in
                .contactAdded(id: id, keySlot: Store.newKeySlot, details: .sample("Osoba \(i)", email: "osoba\(i)@example.pl"),
                              origin: DataOrigin(kind: .imported, detail: "plik \(i % 3)", fromPerson: i % 2 == 0))
            }
        }
        try store.commit { _ in
            ids.enumerated().map { i, id in .documentIssued(kind: "form", contact: id, format: "text", destination: "/srv/forms/\(i).txt") }
        }
        try store.compact()
        for _ in 0..<3 {
            let reopened = try dir.open()
            #expect(reopened.state == store.state)
            #expect(reopened.state.documents[ids[4_321]]?.first?.destination == "/srv/forms/4321.txt")
        }
    }
}

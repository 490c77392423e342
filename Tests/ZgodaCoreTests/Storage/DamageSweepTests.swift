import Foundation
import Testing
@testable import ZgodaCore

/// Flips bytes at hundreds of random offsets of every kind of file in a data directory that
/// has everything (edits, consents with evidence, an export, a snapshot, an erasure, records
/// after the snapshot, a search cache). Every flip is detected — the open refuses, or it warns
/// or opens read-only and `verify` fails — or it changes nothing anyone can see. A wrong state
/// is never shown as good, and nothing unreadable is ever shown as erased.
@Suite("Damage sweep")
struct DamageSweepTests {
    static let flipsPerKind = 100

    struct Built {
        let dir: TestDirectory
        let state: ZgodaState
        let pristine: [String: [UInt8]]
        let searchHits: Int
        let meta: DirectoryMeta
    }

    static func build() throws -> Built {
        let dir = TestDirectory()
        let store = try dir.open()
        var ids: [ContactID] = []
        for i in 0..<12 {
            ids.append(try store.addContact(.sample("Osoba \(i) Żółć", email: "o\(i)@example.pl", city: i % 2 == 0 ? "Łódź" : "Gdańsk")))
        }
        _ = try store.editContact(ids[1]) { $0.city = "Kraków"; $0.notes = "po zmianie" }
        try store.recordConsent(ids[2], purpose: "email-marketing", decision: .granted, source: .paper, evidence: "formularz 7")
        try store.recordConsent(ids[3], purpose: "profiling", decision: .refused, source: .phone)
        _ = try Exporter.export(store: store, format: .csv, selection: ExportSelection(query: "osoba"), destination: .file(dir.root + "/out.csv"))
        try store.compact()
        try store.anonymize(ids[4])
        try store.recordConsent(ids[5], purpose: "partners", decision: .granted, source: .webForm, evidence: "strona")
        _ = try store.editContact(ids[6]) { $0.phone = "+48 600 100 200" }
        let hits = store.searchIndex().search("osoba").count
        var pristine: [String: [UInt8]] = [:]
        for f in dir.allFiles() where !f.hasSuffix("/lock") { pristine[f] = try Files.read(f) }
        return Built(dir: dir, state: try dir.open().state, pristine: pristine, searchHits: hits, meta: try DirectoryMeta.load(dir.data))
    }

    static func restore(_ b: Built) throws {
        for (path, bytes) in b.pristine { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
    }

    enum Kind: String, CaseIterable, Sendable { case journal, snapshot, keys, keysCopy, meta, searchCache }

    private static func files(_ kind: Kind, _ b: Built) -> [String] {
        let d = b.dir.data
        return b.pristine.keys.sorted().filter { f in
            switch kind {
            case .journal: return f.hasPrefix(d.journalDir)
            case .snapshot: return f.hasPrefix(d.snapshotDir)
            case .keys: return f == d.keysPath
            case .keysCopy: return f == d.keysCopyPath
            case .meta: return f == d.metaPath
            case .searchCache: return f == SearchCache.path(d)
            }
        }
    }

    @Test(arguments: Kind.allCases)
    func everyFlipIsDetectedOrChangesNothing(_ kind: Kind) throws {
        let b = try Self.build()
        let targets = Self.files(kind, b)
        try #require(!targets.isEmpty, "the directory has a \(kind) file")
        var rng = SeededGenerator(seed: UInt64(kind.rawValue.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
        var refused = 0, flagged = 0, harmless = 0
        for n in 0..<Self.flipsPerKind {
            let file = targets[n % targets.count]
            let pristine = b.pristine[file]!
            // Key files: the slots (the header's reserved bytes are not data).
            let low = kind == .keys || kind == .keysCopy ? KeyStore.headerSize : 0
            let offset = Int.random(in: low..<pristine.count, using: &rng)
            var bytes = pristine
            bytes[offset] ^= UInt8.random(in: 1...255, using: &rng)
            // Every file as it was (an open may have finished an erasure or dropped the cache).
            try Self.restore(b)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let where_ = "\(kind) \((file as NSString).lastPathComponent) byte \(offset)"

            let store: Store
            do { store = try b.dir.open() } catch let e as ZgodaError {
                _ = e; refused += 1; continue
            }
            let report = try Verifier.verify(b.dir.data, options: b.dir.options())
            let warned = store.isReadOnly || !store.warnings.isEmpty
            if store.state != b.state {
                #expect(warned, "\(where_): a different state was shown as good")
            }
            #expect(store.state.contacts.values.filter(\.anonymized).count <= b.state.contacts.values.filter(\.anonymized).count,
                    "\(where_): someone shown as erased who was not")
            if warned { #expect(!report.ok, "\(where_): the open warned but verify passed: \(store.warnings) \(store.readOnlyReason ?? "")") }
            switch kind {
            case .journal, .snapshot:
                #expect(!report.ok, "\(where_): verify did not see it")
            case .meta:
                // JSON's white space may change without changing a thing (a tab for a space).
                let same = try DirectoryMeta.load(b.dir.data) == b.meta
                if !same { #expect(!report.ok, "\(where_): verify did not see it") }
            case .keys, .keysCopy:
                // Damage in an erased person's slot is finished off by the open (zeroed again,
                // which is what it was), silently; anything else is warned about (above).
                break
            case .searchCache:
                #expect(store.searchIndex().search("osoba").count == b.searchHits, "\(where_): the search changed")
            }
            if warned || !report.ok { flagged += 1 } else { harmless += 1 }
        }
        #expect(refused + flagged + harmless == Self.flipsPerKind)
        if kind == .meta { #expect(refused >= Self.flipsPerKind * 9 / 10, "nearly every flip in zgoda.json stops the open") }
    }
}

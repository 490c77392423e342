import Foundation
import Testing
@testable import ZgodaCore

/// A throwaway data directory for one test, removed when the value goes away.
final class ScratchDirectory {
    let path: String
    var directory: DataDirectory { DataDirectory(path: path) }

    /// The database the records go to when the tests run on PostgreSQL (see `TestBackend`).
    private(set) lazy var database: String = TestBackend.newDatabase()

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("zgoda-gdpr-\(UUID().uuidString)").path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func open(at instant: Date = GDPRFixtures.january15, compactEvery: Int = 20_000, io: any StorageIO = PosixIO(),
              operatorName: String = "Anna Nowak") throws -> Store {
        try Store.open(directory, options: options(at: instant, compactEvery: compactEvery, io: io, operatorName: operatorName))
    }

    func options(at instant: Date = GDPRFixtures.january15, compactEvery: Int = 20_000, io: any StorageIO = PosixIO(),
                 operatorName: String = "Anna Nowak") -> StoreOptions {
        var options = StoreOptions(operatorName: operatorName, clock: FixedClock(instant), io: io, compactEvery: compactEvery)
        if TestBackend.isPostgres { TestBackend.configure(&options, database: database, role: operatorName) }
        return options
    }

    /// `zgoda verify` of the directory, personal data included.
    func verify() throws -> VerificationReport {
        try Verifier.verify(directory, options: options())
    }

    /// Every file under the directory with its bytes (snapshots, journal, keys, meta, damaged copies).
    func allFiles() throws -> [(path: String, bytes: [UInt8])] {
        guard let e = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [(String, [UInt8])] = []
        while let rel = e.nextObject() as? String {
            let full = path + "/" + rel
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
            out.append((rel, Array(try Data(contentsOf: URL(fileURLWithPath: full)))))
        }
        return out
    }

    /// The files (relative paths) in which `needle` occurs as UTF-8 bytes; on PostgreSQL,
    /// `["pg_dump"]` when a dump of the whole database shows it.
    func filesContaining(_ needle: String) throws -> [String] {
        let n = Array(needle.utf8)
        return try allFiles().filter { GDPRFixtures.contains($0.bytes, n) }.map(\.path) + TestBackend.dumpContaining(needle, database: database)
    }
}

enum GDPRFixtures {
    static let january15 = ISOTime.parse("2026-01-15T10:00:00Z")!

    static let controller = DataController(name: "Hurtownia Żuraw Sp. z o.o.", address: "ul. Piotrkowska 12, 90-001 Łódź",
                                           email: "rodo@zuraw.example.pl", dpo: "Iwona Kęs, iod@zuraw.example.pl")

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first && memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// The forms of a value someone might search the directory for: as typed, lower- and
    /// upper-case, and folded (no diacritics).
    static func searchForms(_ value: String) -> Set<String> {
        [value, value.lowercased(), value.uppercased(), TextFolding.folded(value)]
    }
}

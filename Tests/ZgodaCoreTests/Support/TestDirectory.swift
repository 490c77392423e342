import Foundation
@testable import ZgodaCore

/// A fresh temporary data directory path, removed when the value is released.
final class TestDirectory {
    let root: String
    var data: DataDirectory { DataDirectory(path: root + "/data") }

    /// The database the records go to when the tests run on PostgreSQL (see `TestBackend`).
    private(set) lazy var database: String = TestBackend.newDatabase()

    init() {
        root = NSTemporaryDirectory() + "zgoda-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    static let epoch = ISOTime.parse("2026-03-01T09:00:00Z")!

    func options(operator op: String = "tester", at date: Date = TestDirectory.epoch, io: any StorageIO = PosixIO(),
                 compactEvery: Int = 20_000, passphrase: String? = nil) -> StoreOptions {
        var o = StoreOptions(operatorName: op, clock: FixedClock(date), io: io,
                             passphrase: passphrase.map { p in { @Sendable in p } }, compactEvery: compactEvery)
        // This machine's memory of journal heads stays inside the test's folder.
        o.stateDirectory = root + "/state"
        if TestBackend.isPostgres { TestBackend.configure(&o, database: database, role: op) }
        return o
    }

    func open(_ options: StoreOptions? = nil) throws -> Store {
        try Store.open(data, options: options ?? self.options())
    }

    /// Every journal segment's bytes concatenated, with the file names.
    var segmentPaths: [String] { data.segments().map(\.path) }

    func allFiles() -> [String] {
        var out: [String] = []
        let e = FileManager.default.enumerator(atPath: data.path)
        while let p = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = data.path + "/" + p
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { out.append(full) }
        }
        return out.sorted()
    }
}

extension TestDirectory {
    /// Flips the bits of the byte at `offset` of `path`.
    func flip(_ path: String, at offset: Int, mask: UInt8 = 0xFF) throws {
        var bytes = try Files.read(path)!
        bytes[offset] ^= mask
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The files of the data directory in which `needle` occurs as UTF-8 bytes.
    func filesContaining(_ needle: String) throws -> [String] {
        let n = Array(needle.utf8)
        return try allFiles().filter { GDPRFixtures.contains(try Files.read($0) ?? [], n) } + TestBackend.dumpContaining(needle, database: database)
    }

    /// The byte offset of key slot `slot` in a key file.
    static func slotOffset(_ slot: UInt32) -> Int { KeyStore.headerSize + Int(slot) * KeyStore.slotSize }
}

/// Offsets of each framed record in a journal segment.
func recordOffsets(_ bytes: [UInt8]) -> [(seq: UInt64, start: Int, end: Int)] {
    var out: [(UInt64, Int, Int)] = []
    var pos = 0
    bytes.withUnsafeBytes { buf in
        while pos < buf.count, case let .record(rec, end) = FrameReader.read(buf, at: pos) {
            out.append((rec.seq, pos, end)); pos = end
        }
    }
    return out
}

extension ContactDetails {
    static func sample(_ name: String, email: String = "", city: String = "") -> ContactDetails {
        ContactDetails(name: name, email: email, phone: "", company: "Firma", position: "", city: city, tags: ["vip"], notes: "note about \(name)")
    }
}

extension TestDirectory {
    /// A copy of the format 5 fixture (snapshots without a person index), with the modes a
    /// data directory must have (git keeps none).
    static func format5() throws -> TestDirectory {
        let dir = TestDirectory()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/format5-plain/data")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: dir.data.path)
        for item in try FileManager.default.subpathsOfDirectory(atPath: dir.data.path) {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir.data.path + "/" + item, isDirectory: &isDir)
            chmod(dir.data.path + "/" + item, isDir.boolValue ? 0o700 : 0o600)
        }
        chmod(dir.data.path, 0o700)
        return dir
    }
}

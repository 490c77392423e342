import Crypto
import CryptoExtras
import Foundation

/// Where a data directory lives and what is in it.
///
/// ```
/// DIR/                 0700
///   zgoda.json         format version, creation time, encryption parameters
///   lock               advisory lock serialising writers
///   keys.zk            per-person keys (see KeyStore)
///   search.zc          the search index, saved for quick listings (see SearchCache; derived)
///   journal/NNN.zj     append-only journal segments, named by their first sequence number
///   snapshots/NNN.zs   whole-state snapshots, named by the last sequence number they include
///   damaged/           what `zgoda repair` set aside
/// ```
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `--data-dir`, else `$ZGODA_DATA_DIR`, else `$XDG_DATA_HOME/zgoda`, else `~/.local/share/zgoda`.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DataDirectory {
        if let explicit, !explicit.isEmpty { return DataDirectory(path: absolute(explicit)) }
        if let env = environment["ZGODA_DATA_DIR"], !env.isEmpty { return DataDirectory(path: absolute(env)) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return DataDirectory(path: absolute(xdg) + "/zgoda") }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return DataDirectory(path: home + "/.local/share/zgoda")
    }

    static func absolute(_ p: String) -> String {
        let expanded = (p as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return FileManager.default.currentDirectoryPath + "/" + expanded
    }

    var metaPath: String { path + "/zgoda.json" }
    var lockPath: String { path + "/lock" }
    var keysPath: String { path + "/keys.zk" }
    var journalDir: String { path + "/journal" }
    var snapshotDir: String { path + "/snapshots" }
    var damagedDir: String { path + "/damaged" }

    /// True once `zgoda.json` exists.
    public var isInitialized: Bool { Files.exists(metaPath) }

    static func segmentName(firstSeq: UInt64) -> String { String(format: "%016llu.zj", firstSeq) }
    static func snapshotName(seq: UInt64) -> String { String(format: "%016llu.zs", seq) }

    /// Journal segments, oldest first, as (first sequence number, path).
    func segments() -> [(first: UInt64, path: String)] {
        Files.list(journalDir).compactMap { name in
            guard name.hasSuffix(".zj"), let n = UInt64(name.dropLast(3)) else { return nil }
            return (n, journalDir + "/" + name)
        }.sorted { $0.first < $1.first }
    }

    /// Snapshots, newest first.
    func snapshots() -> [(seq: UInt64, path: String)] {
        Files.list(snapshotDir).compactMap { name in
            guard name.hasSuffix(".zs"), let n = UInt64(name.dropLast(3)) else { return nil }
            return (n, snapshotDir + "/" + name)
        }.sorted { $0.seq > $1.seq }
    }
}

/// The contents of `zgoda.json`.
struct DirectoryMeta: Codable {
    var format: Int = 1
    var created: String
    var encryption: EncryptionParameters?

    struct EncryptionParameters: Codable {
        var kdf: String = "scrypt"
        var salt: String
        var n: Int
        var r: Int
        var p: Int
        /// A known text sealed with the derived key: opening it proves the passphrase.
        var check: String
    }

    static let checkText = Array("zgoda passphrase check".utf8)

    static func load(_ dir: DataDirectory) throws -> DirectoryMeta {
        guard let bytes = try Files.read(dir.metaPath) else { throw ZgodaError.notADataDirectory(dir.path) }
        do { return try JSONDecoder().decode(DirectoryMeta.self, from: Data(bytes)) } catch {
            throw ZgodaError.damaged("\(dir.metaPath) cannot be read: \(error.localizedDescription)")
        }
    }

    func save(_ dir: DataDirectory, io: StorageIO) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        try Files.writeAtomically(Array(try enc.encode(self)), to: dir.metaPath, io: io)
    }

    /// Derives the master key from a passphrase (scrypt) and proves it against `check`.
    func masterKey(passphrase: String) throws -> SymmetricKey? {
        guard let e = encryption else { return nil }
        guard let salt = Data(base64Encoded: e.salt), let check = Data(base64Encoded: e.check) else {
            throw ZgodaError.damaged("encryption parameters in zgoda.json are unreadable")
        }
        let key = try Self.derive(passphrase: passphrase, salt: Array(salt), n: e.n, r: e.r, p: e.p)
        guard Sealer.open(Array(check), key: key) == Self.checkText else { throw ZgodaError.wrongPassphrase }
        return key
    }

    static func derive(passphrase: String, salt: [UInt8], n: Int, r: Int, p: Int) throws -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: salt, outputByteCount: 32,
                                            rounds: n, blockSize: r, parallelism: p, maxMemory: 256 << 20)
        } catch {
            throw ZgodaError.io("key derivation failed: \(error)")
        }
    }

    static func newEncryption(passphrase: String) throws -> (EncryptionParameters, SymmetricKey) {
        var salt = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &rng) }
        let n = 1 << 15, r = 8, p = 1
        let key = try derive(passphrase: passphrase, salt: salt, n: n, r: r, p: p)
        let check = try Sealer.seal(checkText, key: key)
        return (EncryptionParameters(salt: Data(salt).base64EncodedString(), n: n, r: r, p: p,
                                     check: Data(check).base64EncodedString()), key)
    }
}

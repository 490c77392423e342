import Crypto
import CryptoExtras
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
    var keysCopyPath: String { path + "/" + KeyStore.copyFileName }
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

extension DataDirectory {
    /// Refuses a data directory, or a file or folder in it, that other users may read or write,
    /// and any symbolic link inside it. With `allowShared` (a group shares the directory on one
    /// host on purpose), group access is accepted; access by everyone else never is.
    func checkPermissions(allowShared: Bool) throws {
        let forbidden: mode_t = allowShared ? 0o007 : 0o077
        func check(_ p: String, directory: Bool) throws {
            var st = stat()
            guard lstat(p, &st) == 0 else { return }
            if st.st_mode & S_IFMT == S_IFLNK { throw ZgodaError.symlink(p) }
            if st.st_mode & forbidden != 0 {
                throw ZgodaError.sharedPermissions(path: p, mode: UInt32(st.st_mode), isDirectory: directory)
            }
        }
        // The data directory itself may be reached through a link (a home directory kept
        // elsewhere); everything inside it may not.
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        if st.st_mode & forbidden != 0 {
            throw ZgodaError.sharedPermissions(path: path, mode: UInt32(st.st_mode), isDirectory: true)
        }
        for name in Files.list(path) {
            let p = path + "/" + name
            let isDir = Files.isDirectory(p)
            try check(p, directory: isDir)
            if isDir && (name == "journal" || name == "snapshots") {
                for inner in Files.list(p) { try check(p + "/" + inner, directory: Files.isDirectory(p + "/" + inner)) }
            }
        }
    }
}

/// The contents of `zgoda.json`.
///
/// `format` is the data directory's format version: the version of the newest layout any of
/// its files may use. A Zgoda that meets a higher number stops and says so before reading
/// anything else. Format 1 directories carry no checksum; from format 2 on, `checksum` is the
/// SHA-256 of the file's other fields (encoded with sorted keys, without spaces), so that a
/// damaged byte is seen even where JSON still parses.
struct DirectoryMeta: Codable, Equatable {
    /// The format this code writes; it reads every format up to this one. Format 5 added
    /// purpose wordings in other languages (4 is a team member's file, below); format 6 the
    /// records of reads (record kind 26); format 7 snapshots that read one person without the
    /// others (snapshot version 6).
    static let currentFormat = 7
    /// The format of a team member's `zgoda.json`, which names the team database holding the
    /// records: a Zgoda that knows no team databases (format 3 and older) refuses it as newer
    /// rather than opening an empty directory. A data directory itself never has format 4.
    static let teamMemberFormat = 4
    /// The highest format this code reads.
    static let newestKnownFormat = max(currentFormat, teamMemberFormat)

    var format: Int = DirectoryMeta.currentFormat
    var created: String
    var encryption: EncryptionParameters?
    /// Set in a data directory whose records live in a team database: where (a connection
    /// string without a password). The team's own `zgoda.json`, kept in the database, has none.
    var database: String?
    /// In a team member's directory: whether the team's records are encrypted, so that a front
    /// can ask for the passphrase before it connects. The parameters themselves are the team's.
    var teamEncrypted: Bool?
    var checksum: String?

    struct EncryptionParameters: Codable, Equatable {
        var kdf: String = "scrypt"
        var salt: String
        var n: Int
        var r: Int
        var p: Int
        /// A known text sealed with the key derived from the passphrase: opening it proves the
        /// passphrase.
        var check: String
        /// The directory key, sealed with the key derived from the passphrase. Every key slot
        /// is wrapped with the directory key, so a new passphrase re-seals this one value and
        /// rewrites nothing else. Absent in directories made before it existed: their slots
        /// are wrapped with the derived key itself, which a passphrase change then seals here.
        var directoryKey: String?
    }

    static let checkText = Array("zgoda passphrase check".utf8)

    /// Reads and checks `zgoda.json`: a newer format stops here, damage is reported as such.
    static func load(_ dir: DataDirectory) throws -> DirectoryMeta {
        guard let bytes = try Files.read(dir.metaPath) else { throw ZgodaError.notADataDirectory(dir.path) }
        return try decode(bytes, origin: dir.metaPath, owner: dir.path)
    }

    /// The team's own `zgoda.json`, kept in its database; nil when the database holds no Zgoda
    /// schema yet.
    static func loadTeam(_ db: any TeamDatabase) throws -> DirectoryMeta? {
        guard let bytes = try db.loadMeta() else { return nil }
        return try decode(bytes, origin: "\(db.label) (zgoda.json)", owner: db.label)
    }

    /// The team's `zgoda.json`, or the error that the database holds no Zgoda records.
    static func requireTeam(_ db: any TeamDatabase) throws -> DirectoryMeta {
        guard let meta = try loadTeam(db) else {
            throw ZgodaError.invalidInput(ErrorReason(en: "\(db.label) holds no Zgoda records (run 'zgoda init --postgres URL') is not a Zgoda data directory",
                                                         pl: "\(db.label) nie zawiera rekordów Zgody (uruchom „zgoda init --postgres URL”) i nie jest katalogiem danych Zgody"))
        }
        return meta
    }

    /// Checks and decodes the bytes of a `zgoda.json` read from `origin` (a file, or the team
    /// database), `owner` being what a newer format is reported against.
    static func decode(_ bytes: [UInt8], origin: String, owner: String) throws -> DirectoryMeta {
        // The format first, read on its own, so that a newer file whose other fields changed
        // is still recognised as newer rather than as damaged.
        struct FormatOnly: Decodable { var format: Int }
        if let f = try? JSONDecoder().decode(FormatOnly.self, from: Data(bytes)), f.format > newestKnownFormat {
            throw ZgodaError.newerFormat(path: owner, format: f.format)
        }
        let meta: DirectoryMeta
        do { meta = try JSONDecoder().decode(DirectoryMeta.self, from: Data(bytes)) } catch {
            throw ZgodaError.damaged(ErrorReason(en: "\(origin) cannot be read (\(Self.describe(error))); restore it from a backup",
                    pl: "nie można odczytać \(origin) (\(Self.describe(error))); odtwórz plik z kopii zapasowej"))
        }
        guard meta.format >= 1 else { throw ZgodaError.damaged(ErrorReason(en: "\(origin) names no format version",
                    pl: "\(origin) nie podaje wersji formatu")) }
        guard (meta.format == teamMemberFormat) == (meta.database != nil) else {
            throw ZgodaError.damaged(ErrorReason(en: "\(origin) does not agree with itself about where the records are; restore it from a backup",
                    pl: "\(origin) jest niespójny co do położenia rekordów; odtwórz plik z kopii zapasowej"))
        }
        guard ISOTime.parse(meta.created) != nil else { throw ZgodaError.damaged(ErrorReason(en: "\(origin) has an unreadable creation time",
                    pl: "\(origin) ma nieczytelny czas utworzenia")) }
        // Format 1 files have no checksum; a file with one is checked whatever its format says
        // (a damaged "2" that reads "1" must not switch the check off).
        if meta.format >= 2 || meta.checksum != nil {
            guard let stored = meta.checksum, stored == meta.computedChecksum() else {
                throw ZgodaError.damaged(ErrorReason(en: "\(origin) does not match its checksum; restore it from a backup",
                    pl: "\(origin) nie zgadza się ze swoją sumą kontrolną; odtwórz plik z kopii zapasowej"))
            }
        }
        if let e = meta.encryption {
            guard Data(base64Encoded: e.salt) != nil, Data(base64Encoded: e.check) != nil, e.kdf == "scrypt",
                  e.n > 1, e.n & (e.n - 1) == 0, e.r > 0, e.p > 0 else {
                throw ZgodaError.damaged(ErrorReason(en: "encryption parameters in \(origin) are unreadable",
                    pl: "parametry szyfrowania w \(origin) są nieczytelne"))
            }
        }
        return meta
    }

    private static func describe(_ error: Error) -> String {
        if case let DecodingError.dataCorrupted(c) = error { return c.debugDescription }
        if case let DecodingError.keyNotFound(k, _) = error { return "no \(k.stringValue)" }
        if case let DecodingError.typeMismatch(_, c) = error { return c.debugDescription }
        return "not valid JSON"
    }

    /// The SHA-256 of every field but the checksum, encoded with sorted keys.
    func computedChecksum() -> String {
        var plain = self
        plain.checksum = nil
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return SHA256Hex.of(Array((try? enc.encode(plain)) ?? Data()))
    }

    /// Writes the file in the current format, with its checksum.
    func save(_ dir: DataDirectory, io: StorageIO, mode: mode_t = 0o600) throws {
        try Files.writeAtomically(try encoded(), to: dir.metaPath, io: io, mode: mode)
    }

    /// The bytes of the file in the current format, with its checksum.
    func encoded() throws -> [UInt8] {
        var meta = self
        meta.format = database == nil ? Self.currentFormat : Self.teamMemberFormat
        meta.checksum = meta.computedChecksum()
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        return Array(try enc.encode(meta))
    }

    /// Derives the key from a passphrase (scrypt), proves it against `check`, and returns the
    /// directory key that wraps every key slot.
    func masterKey(passphrase: String) throws -> SymmetricKey? {
        guard let e = encryption else { return nil }
        guard let salt = Data(base64Encoded: e.salt), let check = Data(base64Encoded: e.check) else {
            throw ZgodaError.damaged(ErrorReason(en: "encryption parameters in zgoda.json are unreadable",
                    pl: "parametry szyfrowania w zgoda.json są nieczytelne"))
        }
        let derived = try Self.derive(passphrase: passphrase, salt: Array(salt), n: e.n, r: e.r, p: e.p)
        guard Sealer.open(Array(check), key: derived) == Self.checkText else { throw ZgodaError.wrongPassphrase }
        guard let sealed = e.directoryKey else { return derived }
        guard let bytes = Data(base64Encoded: sealed), let key = Sealer.open(Array(bytes), key: derived), key.count == 32 else {
            throw ZgodaError.damaged(ErrorReason(en: "the directory key in zgoda.json cannot be opened although the passphrase is right",
                    pl: "nie można otworzyć klucza katalogu w zgoda.json, choć hasło jest poprawne"))
        }
        return SymmetricKey(data: key)
    }

    /// Parameters for a new passphrase that seal `directoryKey` (a new random one when nil).
    static func newEncryption(passphrase: String, directoryKey: SymmetricKey? = nil) throws -> (EncryptionParameters, SymmetricKey) {
        var salt = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &rng) }
        let n = 1 << 15, r = 8, p = 1
        let derived = try derive(passphrase: passphrase, salt: salt, n: n, r: r, p: p)
        let check = try Sealer.seal(checkText, key: derived)
        let master = directoryKey ?? SymmetricKey(size: .bits256)
        let sealed = try Sealer.seal(master.withUnsafeBytes { Array($0) }, key: derived)
        return (EncryptionParameters(salt: Data(salt).base64EncodedString(), n: n, r: r, p: p,
                                     check: Data(check).base64EncodedString(),
                                     directoryKey: Data(sealed).base64EncodedString()), master)
    }

    static func derive(passphrase: String, salt: [UInt8], n: Int, r: Int, p: Int) throws -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: salt, outputByteCount: 32,
                                            rounds: n, blockSize: r, parallelism: p, maxMemory: 256 << 20)
        } catch {
            throw ZgodaError.io(ErrorReason(en: "key derivation failed: \(error)",
                    pl: "wyprowadzenie klucza nie powiodło się: \(error)"))
        }
    }

}

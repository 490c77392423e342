import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import ZgodaCore

/// A team's records on PostgreSQL, through postgres-nio.
///
/// The store above is synchronous (commands, the terminal UI's loop, the consent desk's actor),
/// so every query waits on postgres-nio's event-loop futures, which complete on NIO's own
/// threads: waiting never needs a thread of Swift's cooperative pool, so it cannot starve it.
///
/// One connection per process. Appends are one transaction each (acknowledged when COMMIT
/// returns); writers take a session-level advisory lock around catching up and appending, and
/// the server's trigger refuses any record that does not follow the last one, whoever sends it.
/// Every commit sends NOTIFY on `zgoda_journal`; this connection LISTENs, so `hasNews` tells a
/// terminal UI to look without a query. A dropped connection is made again on the next call.
public final class PostgresTeamDatabase: TeamDatabase {
    public let address: ConnectionString
    public var label: String { address.label }
    public private(set) var signedIn: String = ""

    private let logger: Logger
    private var connection: PostgresConnection?
    private let news = NIOLockedValueBox(true)
    private var lockDepth = 0
    private var nextAttempt = Date.distantPast
    private static let retryInterval: TimeInterval = 2
    private static let lockKey: Int64 = 0x5A47_4F44_4131 // "ZGODA1"
    private static let channel = "zgoda_journal"

    public init(_ address: ConnectionString) throws {
        self.address = address
        var logger = Logger(label: "zgoda.postgres")
        // Nothing about people is ever logged; the driver's own chatter is not wanted either.
        logger.logLevel = .critical
        self.logger = logger
        try connect()
    }

    /// Connects to `text` (a postgres:// connection string).
    public static func connect(_ text: String) throws -> PostgresTeamDatabase {
        try PostgresTeamDatabase(try ConnectionString(text))
    }

    deinit { if let connection { try? connection.close().wait() } }

    public var isOnline: Bool { connection.map { !$0.isClosed } ?? false }

    // MARK: Connection

    private func connect() throws {
        let tls: PostgresConnection.Configuration.TLS
        switch address.tls {
        case .disable: tls = .disable
        case .prefer, .require, .verifyFull:
            var config = TLSConfiguration.makeClientConfiguration()
            if address.tls == .verifyFull {
                config.certificateVerification = .fullVerification
                if let ca = address.rootCertificate { config.trustRoots = .file(ca) }
            } else {
                // Like libpq's prefer and require: encrypted, the certificate not checked.
                config.certificateVerification = .none
            }
            let context: NIOSSLContext
            do { context = try NIOSSLContext(configuration: config) } catch {
                throw ZgodaError.database(ErrorReason(en: "cannot set up TLS for \(label): \(error)",
                    pl: "nie można przygotować TLS dla \(label): \(error)"))
            }
            tls = address.tls == .prefer ? .prefer(context) : .require(context)
        }
        var configuration: PostgresConnection.Configuration
        if let dir = address.socketDirectory {
            configuration = .init(unixSocketPath: "\(dir)/.s.PGSQL.\(address.port)", username: address.user,
                                  password: address.password, database: address.database)
        } else {
            configuration = .init(host: address.host, port: address.port, username: address.user,
                                  password: address.password, database: address.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(5)
        let made: PostgresConnection
        do {
            made = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                  id: 1, logger: logger).wait()
        } catch {
            throw ZgodaError.database(ErrorReason(en: "cannot reach the team database \(label): \(Self.describe(error))",
                    pl: "nie można połączyć się z bazą zespołu \(label): \(Self.describe(error))"))
        }
        connection = made
        lockDepth = 0
        let box = news
        made.addListener(channel: Self.channel) { _, _ in box.withLockedValue { $0 = true } }
        signedIn = try run("SELECT session_user::text").first.map { try $0.decode(String.self) } ?? address.user
        _ = try run("LISTEN \(unescaped: Self.channel)")
        // Whatever happened while offline is news.
        news.withLockedValue { $0 = true }
    }

    /// Runs one statement, connecting again first if the connection was lost. While the server
    /// cannot be reached, a new attempt is made at most every `retryInterval`; calls in between
    /// fail at once, so that a terminal UI polling twice a second never waits on the network.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        if connection == nil || connection!.isClosed {
            if lockDepth > 0 { throw ZgodaError.database(ErrorReason(en: "the connection to \(label) was lost while holding the write lock; nothing was saved",
                    pl: "połączenie z \(label) zostało zerwane w trakcie blokady zapisu; niczego nie zapisano")) }
            guard Date() >= nextAttempt else {
                throw ZgodaError.database(ErrorReason(en: "offline: the team database \(label) cannot be reached; trying again",
                    pl: "brak połączenia: nie można połączyć się z bazą zespołu \(label); ponawianie próby"))
            }
            do {
                try connect()
                nextAttempt = .distantPast
            } catch {
                nextAttempt = Date().addingTimeInterval(Self.retryInterval)
                throw error
            }
        }
        do {
            return try connection!.query(query, logger: logger).wait()
        } catch {
            throw Self.translate(error, label: label)
        }
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func transaction(_ body: () throws -> Void) throws {
        try run("BEGIN")
        do {
            try body()
            try run("COMMIT")
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    static func translate(_ error: Error, label: String) -> ZgodaError {
        if let e = error as? PSQLError, let state = e.serverInfo?[.sqlState] {
            let message = e.serverInfo?[.message] ?? "error \(state)"
            switch state {
            // 42501: insufficient privilege (a grant the member lacks).
            case "ZG003", "42501": return .notPermitted(ErrorReason(en: "the team database refused this: \(message)",
                    pl: "baza zespołu odmówiła: \(message)"))
            case "ZG001", "ZG002", "ZG004": return .damaged(ErrorReason(en: "the team database refused a record: \(message)",
                    pl: "baza zespołu odrzuciła rekord: \(message)"))
            default: return .database(ErrorReason(en: "the team database \(label) failed: \(message)",
                    pl: "błąd bazy zespołu \(label): \(message)"))
            }
        }
        return .database(ErrorReason(en: "the team database \(label) failed: \(describe(error))",
                    pl: "błąd bazy zespołu \(label): \(describe(error))"))
    }

    private static func describe(_ error: Error) -> String {
        if let e = error as? PSQLError {
            if let m = e.serverInfo?[.message] { return m }
            if let u = e.underlying { return "\(u)" }
            return "\(e.code)"
        }
        return "\(error)"
    }

    // MARK: Meta

    public func loadMeta() throws -> [UInt8]? {
        guard try run("SELECT to_regclass('zgoda_meta') IS NOT NULL").first?.decode(Bool.self) == true else { return nil }
        guard let row = try run("SELECT schema_version, meta FROM zgoda_meta WHERE id = 1").first else { return nil }
        let (version, meta) = try row.decode((Int, ByteBuffer).self)
        if version > Schema.version {
            throw ZgodaError.newerFormat(path: label, format: version)
        }
        return Array(meta.readableBytesView)
    }

    public func createSchema(meta: [UInt8]) throws {
        try transaction {
            if try run("SELECT to_regclass('zgoda_meta') IS NOT NULL").first?.decode(Bool.self) == true {
                throw ZgodaError.alreadyInitialized(label)
            }
            for statement in Schema.statements { try run(PostgresQuery(unsafeSQL: statement)) }
            try run("INSERT INTO zgoda_meta (id, schema_version, meta) VALUES (1, \(Schema.version), \(ByteBuffer(bytes: meta)))")
        }
    }

    public func saveMeta(_ meta: [UInt8]) throws {
        try run("UPDATE zgoda_meta SET meta = \(ByteBuffer(bytes: meta)) WHERE id = 1")
    }

    // MARK: Lock

    public func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        if lockDepth == 0 { try run("SELECT pg_advisory_lock(\(Self.lockKey))") }
        lockDepth += 1
        defer { release() }
        return try body()
    }

    public func withWriteLockIfFree<T>(_ body: () throws -> T) throws -> T? {
        if lockDepth == 0 {
            guard try run("SELECT pg_try_advisory_lock(\(Self.lockKey))").first?.decode(Bool.self) == true else { return nil }
        }
        lockDepth += 1
        defer { release() }
        return try body()
    }

    private func release() {
        lockDepth -= 1
        // A lost connection released the lock with it.
        if lockDepth == 0, isOnline { _ = try? run("SELECT pg_advisory_unlock(\(Self.lockKey))") }
    }

    // MARK: Journal

    public func records(after seq: UInt64) throws -> [UInt8] {
        var out: [UInt8] = []
        for row in try run("SELECT record FROM zgoda_journal WHERE seq > \(Int64(seq)) ORDER BY seq") {
            out += try row.decode(ByteBuffer.self).readableBytesView
        }
        return out
    }

    public func append(_ records: [FramedRecord], headSeq: UInt64, headHash: [UInt8], newHash: [UInt8]) throws {
        guard !records.isEmpty else { return }
        let seqs = records.map { Int64($0.seq) }
        let kinds = records.map { Int16($0.kind) }
        let contacts = records.map(\.contact)
        let frames = records.map { ByteBuffer(bytes: $0.bytes) }
        // One statement, so one transaction of its own: the row trigger checks every record
        // against its frame and the one before it, and the statement trigger's NOTIFY goes out
        // when it commits. Acknowledged once the statement returns, i.e. after COMMIT. (If the
        // connection breaks meanwhile the change is reported as not saved; the next catch-up
        // shows whether the server had committed it.)
        try run("""
            INSERT INTO zgoda_journal (seq, kind, contact, operator, record)
            SELECT s, k, c, '', r FROM unnest(\(seqs)::bigint[], \(kinds)::smallint[], \(contacts)::text[], \(frames)::bytea[]) AS t(s, k, c, r)
            """)
    }

    /// Records brought from elsewhere (`zgoda import-journal`), keeping the operators they
    /// name: the server allows that only to the tables' owner, and only while this session
    /// says it is importing. Appended in batches, each one transaction.
    public func importRecords(_ records: [FramedRecord]) throws {
        try run("SET zgoda.importing = 'on'")
        defer { _ = try? run("RESET zgoda.importing") }
        var start = 0
        while start < records.count {
            let batch = Array(records[start..<min(records.count, start + 5_000)])
            try append(batch, headSeq: batch[0].seq - 1, headHash: [], newHash: [])
            start += batch.count
        }
    }

    public func newestSeq() throws -> UInt64 {
        UInt64(try run("SELECT coalesce(max(seq), 0) FROM zgoda_journal").first?.decode(Int64.self) ?? 0)
    }

    public func hasNews() -> Bool {
        // Notifications are read off the socket by NIO whenever they arrive; a closed
        // connection is news too (the caller's next query reconnects and catches up).
        guard isOnline else { return true }
        return news.withLockedValue { let was = $0; $0 = false; return was }
    }

    // MARK: Snapshots

    public func snapshotSeqs() throws -> [UInt64] {
        try run("SELECT seq FROM zgoda_snapshots ORDER BY seq DESC").map { UInt64(try $0.decode(Int64.self)) }
    }

    public func snapshot(_ seq: UInt64) throws -> [UInt8]? {
        try run("SELECT snapshot FROM zgoda_snapshots WHERE seq = \(Int64(seq))").first.map { Array(try $0.decode(ByteBuffer.self).readableBytesView) }
    }

    public func saveSnapshot(_ seq: UInt64, _ bytes: [UInt8], keep: Int) throws {
        try transaction {
            try run("INSERT INTO zgoda_snapshots (seq, snapshot) VALUES (\(Int64(seq)), \(ByteBuffer(bytes: bytes))) ON CONFLICT (seq) DO UPDATE SET snapshot = EXCLUDED.snapshot")
            try run("DELETE FROM zgoda_snapshots WHERE seq NOT IN (SELECT seq FROM zgoda_snapshots ORDER BY seq DESC LIMIT \(keep))")
        }
    }

    // MARK: Keys

    public func addKeySlots(_ bytes: [UInt8], from first: UInt32) throws {
        let size = 80
        let count = bytes.count / size
        let slots = (0..<count).map { Int64(first) + Int64($0) }
        let keys = (0..<count).map { ByteBuffer(bytes: bytes[($0 * size)..<(($0 + 1) * size)]) }
        // Without waiting for its own WAL flush: the keys are read only through the records
        // that use them, and the COMMIT of those records (synchronous, later in the same WAL)
        // makes these durable too. One flush per change instead of two.
        try transaction {
            try run("SET LOCAL synchronous_commit = off")
            try run("INSERT INTO zgoda_keys (slot, key) SELECT * FROM unnest(\(slots)::bigint[], \(keys)::bytea[])")
        }
    }

    public func keySlotChanges(from first: UInt32) throws -> (added: [UInt8], erased: [UInt32]) {
        var added: [UInt8] = [], erased: [UInt32] = []
        var expected = Int64(first)
        // One query for both: a writer asks before every change.
        // Slots are made in order under the write lock: a hole is damage, never an erasure.
        for row in try run("SELECT slot, key FROM zgoda_keys WHERE slot >= \(Int64(first)) OR key IS NULL ORDER BY slot") {
            let (slot, key) = try row.decode((Int64, ByteBuffer?).self)
            if key == nil { erased.append(UInt32(slot)) }
            guard slot >= Int64(first) else { continue }
            guard slot == expected else { throw ZgodaError.damaged(ErrorReason(en: "key slot \(expected) is missing from \(label)",
                    pl: "w \(label) brakuje gniazda klucza \(expected)")) }
            if let key { added += key.readableBytesView } else { added += [UInt8](repeating: 0, count: 80) }
            expected += 1
        }
        return (added, erased)
    }

    public func eraseKeySlot(_ slot: UInt32) throws {
        try run("UPDATE zgoda_keys SET key = NULL, erased = coalesce(erased, now()) WHERE slot = \(Int64(slot))")
    }
}

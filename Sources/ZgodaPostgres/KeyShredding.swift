import PostgresNIO
import ZgodaCore

/// What `zgoda team shred` did.
public struct ShredReport: Sendable {
    /// Key slots destroyed so far (erased people, and the filters of exports that named them).
    public var erasedKeys: Int
    /// Whether the server's checkpoint ran (it needs a superuser or the pg_checkpoint role).
    public var checkpointed: Bool
}

extension PostgresTeamDatabase {
    /// Makes destroyed keys unrecoverable from the live database's files.
    ///
    /// An erasure sets a key to NULL, but PostgreSQL keeps the old row version in the table's
    /// pages until they are rewritten: a plain VACUUM only marks the space free. `VACUUM FULL`
    /// writes the key table anew without dead rows and drops the old file; the checkpoint then
    /// lets the server recycle the WAL that still holds the keys' first writes. What neither
    /// reaches are copies made before: WAL archives, replicas' lag and backups, which keep a
    /// destroyed key until they expire (docs/team.md). Run by the table's owner.
    public func shredErasedKeys() throws -> ShredReport {
        let erased = try run("SELECT count(*) FROM zgoda_keys WHERE key IS NULL").first.map { try $0.decode(Int64.self) } ?? 0
        try run("VACUUM (FULL) zgoda_keys")
        var checkpointed = true
        do { try run("CHECKPOINT") } catch ZgodaError.notPermitted(_) { checkpointed = false }
        return ShredReport(erasedKeys: Int(erased), checkpointed: checkpointed)
    }
}

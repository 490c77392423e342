import Foundation

/// A database server that keeps a store's records for a team: the journal, the snapshots and
/// the per-person keys, the same bytes as in a data directory.
///
/// This is the seam between the core and a server engine: the core frames, seals, chains and
/// checks every record exactly as it does for files, and the database only keeps bytes, in
/// order, atomically. `ZgodaPostgres` implements it on PostgreSQL; the core imports no driver.
///
/// Every method is synchronous and throws `ZgodaError` (`.database` for the server's own
/// failures): the store's callers are command-line commands, the terminal UI's loop and the
/// consent desk's actor, none of which may lose an error to a callback.
public protocol TeamDatabase: AnyObject {
    /// Where the records are, for messages: the connection string without its password.
    var label: String { get }
    /// The person signed in: the database role this connection authenticated as. The store
    /// records it as the operator of every change; it cannot be typed in by hand.
    var signedIn: String { get }

    /// The team's `zgoda.json` (format, encryption parameters), or nil when the database holds
    /// no Zgoda schema yet.
    func loadMeta() throws -> [UInt8]?
    /// Makes the schema and stores the team's `zgoda.json`; throws `.alreadyInitialized` if
    /// another process made it first.
    func createSchema(meta: [UInt8]) throws
    /// Replaces the team's `zgoda.json` (a format upgrade, a new passphrase).
    func saveMeta(_ meta: [UInt8]) throws

    /// Runs `body` holding the team's write lock (held by one connection at a time, released
    /// if the connection dies). Every append happens inside it.
    func withWriteLock<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` holding the write lock if it is free now; nil (and nothing run) otherwise.
    func withWriteLockIfFree<T>(_ body: () throws -> T) throws -> T?

    /// The framed records after `seq`, in order, one after another as in a journal segment.
    func records(after seq: UInt64) throws -> [UInt8]
    /// Appends framed records as one transaction that also moves the journal's head from
    /// (`headSeq`, `headHash`) to the last record; returns once COMMIT has. Throws with nothing
    /// written if the head is no longer where the caller last saw it.
    func append(_ records: [FramedRecord], headSeq: UInt64, headHash: [UInt8], newHash: [UInt8]) throws
    /// Appends records made elsewhere (an import into an empty database), keeping the
    /// operators they name; only the database's owner may.
    func importRecords(_ records: [FramedRecord]) throws
    /// The sequence number of the newest record (0 when there is none): a cheap check for news.
    func newestSeq() throws -> UInt64

    /// The snapshots' sequence numbers, newest first.
    func snapshotSeqs() throws -> [UInt64]
    func snapshot(_ seq: UInt64) throws -> [UInt8]?
    /// Stores a snapshot and keeps only the `keep` newest.
    func saveSnapshot(_ seq: UInt64, _ bytes: [UInt8], keep: Int) throws

    /// Every key slot from `first` on, each `KeyStore.slotSize` bytes (a destroyed one as
    /// zeros), and the numbers of every slot whose key was destroyed.
    func keySlotChanges(from first: UInt32) throws -> (added: [UInt8], erased: [UInt32])
    /// Stores new key slots from `first` (the current slot count) on. They need be durable
    /// only by the time a record that uses them is: the append's COMMIT.
    func addKeySlots(_ bytes: [UInt8], from first: UInt32) throws
    /// Deletes the key material of `slot` for good (the row stays, marked erased). Keys are
    /// never rewritten or brought back: the server refuses it.
    func eraseKeySlot(_ slot: UInt32) throws

    /// True when another connection committed since the last call (a NOTIFY arrived); a store
    /// without notifications answers true and lets the caller look.
    func hasNews() -> Bool
    /// False while the connection is down; the store reconnects on the next call.
    var isOnline: Bool { get }
}

/// One record as the database keeps it: the frame's bytes and the fields the database checks
/// and indexes (it re-reads both from the frame itself and refuses a record that disagrees).
public struct FramedRecord: Sendable {
    public var seq: UInt64
    public var kind: UInt8
    public var contact: String
    public var bytes: [UInt8]
}

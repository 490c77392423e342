import Foundation

/// How a store is opened.
public struct StoreOptions: Sendable {
    /// Who is making the changes (recorded in every journal record).
    public var operatorName: String
    public var clock: any Clock
    public var io: any StorageIO
    /// Asked once when the directory is encrypted.
    public var passphrase: (@Sendable () throws -> String)?
    /// A new snapshot is written after this many records since the last one.
    public var compactEvery: Int
    /// Create the directory (with the starter purposes) if it does not exist yet.
    public var createIfMissing: Bool
    /// Accept a data directory that a group may read and write (several users on one host);
    /// new files are then made group-writable. Others' access is refused either way.
    public var allowSharedPermissions: Bool = false
    /// Where this machine remembers the last journal head it saw of each data directory (to
    /// notice a journal cut back at a record boundary); nil: `$XDG_STATE_HOME/zgoda`, else
    /// `~/.local/state/zgoda`.
    public var stateDirectory: String? = nil
    /// Open without writing anything at all, not even the upkeep an open normally does
    /// (finishing an interrupted erasure, making the copy of the keys): for `verify`.
    public var readOnly: Bool = false
    /// Connects to a team database, given the connection string a data directory names (see
    /// `TeamDatabase`); nil in a build without a database driver.
    public var connect: (@Sendable (String) throws -> any TeamDatabase)? = nil
    /// Whose changes these are when they are not the operator's own: the customer on the
    /// consent page. On a team database the record then names both, the signed-in role first
    /// ("anna (customer (web form))"); in a data directory it names only this.
    public var onBehalfOf: String? = nil
    /// The team database a data directory created on first use joins (`ZGODA_DATABASE_URL`,
    /// or `database` in the config); nil makes a directory that keeps its own records.
    public var newDirectoryDatabase: String? = nil
    /// A large group (an import) is framed and written this many records at a time, so its
    /// memory is a batch's, not the whole group's; one fsync ends the group either way.
    var appendBatch = 16_384

    /// Connects to the team database `url` names, or says this build cannot.
    func connectTeam(_ url: String) throws -> any TeamDatabase {
        guard let connect else { throw ZgodaError.unsupported(ErrorReason(en: "this build of zgoda has no team database support",
                    pl: "ta kompilacja zgody nie obsługuje bazy zespołu")) }
        return try connect(url)
    }

    public init(operatorName: String, clock: any Clock = SystemClock(), io: any StorageIO = PosixIO(),
                passphrase: (@Sendable () throws -> String)? = nil, compactEvery: Int = 20_000, createIfMissing: Bool = true) {
        self.operatorName = operatorName; self.clock = clock; self.io = io; self.passphrase = passphrase
        self.compactEvery = compactEvery; self.createIfMissing = createIfMissing
    }
}

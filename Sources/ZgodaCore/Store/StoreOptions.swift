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

    public init(operatorName: String, clock: any Clock = SystemClock(), io: any StorageIO = PosixIO(),
                passphrase: (@Sendable () throws -> String)? = nil, compactEvery: Int = 20_000, createIfMissing: Bool = true) {
        self.operatorName = operatorName; self.clock = clock; self.io = io; self.passphrase = passphrase
        self.compactEvery = compactEvery; self.createIfMissing = createIfMissing
    }
}

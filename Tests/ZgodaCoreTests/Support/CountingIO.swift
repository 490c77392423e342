import Foundation
@testable import ZgodaCore

/// Real file operations that also count what is written, and can be told to fail every fsync:
/// to show that an operation's cost does not depend on the journal's size, that a batch is one
/// write, and that a failed fsync leaves nothing behind.
final class CountingIO: StorageIO, @unchecked Sendable {
    private let lock = NSLock()
    private var written = 0
    private var writes = 0
    private var failing = false
    private let real = PosixIO()

    var bytesWritten: Int { lock.withLock { written } }
    var pwrites: Int { lock.withLock { writes } }
    var failFsync: Bool {
        get { lock.withLock { failing } }
        set { lock.withLock { failing = newValue } }
    }
    func reset() { lock.withLock { written = 0; writes = 0 } }

    func write(_ fd: Int32, _ bytes: [UInt8]) throws {
        lock.withLock { written += bytes.count }
        try real.write(fd, bytes)
    }

    func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws {
        lock.withLock { written += bytes.count; writes += 1 }
        try real.pwrite(fd, bytes, at: offset)
    }

    func fsync(_ fd: Int32) throws {
        if failFsync { throw ZgodaError.writeFailed("fsync failed: Input/output error (injected)") }
        try real.fsync(fd)
    }
}

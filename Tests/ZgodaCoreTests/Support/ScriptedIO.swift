import Foundation
@testable import ZgodaCore

/// Real file operations, except the ones a test scripts to fail: the n-th next call of an
/// operation fails with an error (like ENOSPC or EIO), optionally after writing part of its
/// bytes (a short write). Every other call goes through to the file system.
final class ScriptedIO: StorageIO, @unchecked Sendable {
    enum Op: CaseIterable { case write, pwrite, fsync, truncate, rename }

    private struct Fault {
        var skip: Int
        var message: String
        var partial: Int?
        var sticky: Bool
    }

    private let lock = NSLock()
    private var faults: [Op: Fault] = [:]
    private(set) var injected = 0
    private let real = PosixIO()

    /// The call after `after` successful ones fails; with `sticky`, every call after it too.
    func failNext(_ op: Op, after: Int = 0, with message: String, partial: Int? = nil, sticky: Bool = false) {
        lock.withLock { faults[op] = Fault(skip: after, message: message, partial: partial, sticky: sticky) }
    }

    func failNextPwrite(after: Int = 0, with message: String, partial: Int? = nil) {
        failNext(.pwrite, after: after, with: message, partial: partial)
    }

    /// No more faults.
    func heal() { lock.withLock { faults.removeAll() } }

    var injectedCount: Int { lock.withLock { injected } }

    /// The fault due now for `op`, if any.
    private func due(_ op: Op) -> Fault? {
        lock.withLock {
            guard var f = faults[op] else { return nil }
            if f.skip > 0 { f.skip -= 1; faults[op] = f; return nil }
            if !f.sticky { faults[op] = nil }
            injected += 1
            return f
        }
    }

    func write(_ fd: Int32, _ bytes: [UInt8]) throws {
        if let f = due(.write) {
            if let n = f.partial { try real.write(fd, Array(bytes.prefix(n))) }
            throw ZgodaError.writeFailed("write failed: \(f.message) (injected)")
        }
        try real.write(fd, bytes)
    }

    func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws {
        if let f = due(.pwrite) {
            if let n = f.partial { try real.pwrite(fd, Array(bytes.prefix(n)), at: offset) }
            throw ZgodaError.writeFailed("write failed: \(f.message) (injected)")
        }
        try real.pwrite(fd, bytes, at: offset)
    }

    func fsync(_ fd: Int32) throws {
        if let f = due(.fsync) { throw ZgodaError.writeFailed("fsync failed: \(f.message) (injected)") }
        try real.fsync(fd)
    }

    func truncate(_ fd: Int32, to size: Int64) throws {
        if let f = due(.truncate) { throw ZgodaError.writeFailed("cannot truncate: \(f.message) (injected)") }
        try real.truncate(fd, to: size)
    }

    func rename(_ from: String, _ to: String) throws {
        if let f = due(.rename) { throw ZgodaError.writeFailed("cannot rename: \(f.message) (injected)") }
        try real.rename(from, to)
    }
}

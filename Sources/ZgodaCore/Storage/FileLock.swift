import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What serialises a store's writers: the directory's lock file, or the team database's lock.
protocol StoreLock: AnyObject {
    func withExclusive<T>(_ body: () throws -> T) throws -> T
    func withExclusiveIfFree<T>(_ body: () throws -> T) throws -> T?
    func withShared<T>(_ body: () throws -> T) throws -> T
}

/// The team database's write lock. Readers need none: the journal there only grows, each
/// query sees one committed state, and a snapshot never replaces records.
final class DatabaseLock: StoreLock {
    let database: any TeamDatabase
    init(_ database: any TeamDatabase) { self.database = database }
    func withExclusive<T>(_ body: () throws -> T) throws -> T { try database.withWriteLock(body) }
    func withExclusiveIfFree<T>(_ body: () throws -> T) throws -> T? { try database.withWriteLockIfFree(body) }
    func withShared<T>(_ body: () throws -> T) throws -> T { try body() }
}

/// An advisory lock on the data directory's `lock` file. Writers hold it exclusively for the
/// whole read-check-append-fsync cycle, so several processes never interleave records;
/// readers hold it shared so they never see a half-written snapshot switch.
final class FileLock: StoreLock {
    /// Why the lock could not be taken, around the system's own words.
    static func cannotLock(_ why: String) -> ErrorReason {
        ErrorReason(en: "cannot lock the data directory: \(why)", pl: "nie można zablokować katalogu danych: \(why)")
    }

    private let fd: Int32

    /// `writable` false (read-only media) opens an existing lock file for reading, which
    /// `flock` accepts, or works without one: where nobody can write, nothing needs serialising.
    init(path: String, writable: Bool = true, mode: mode_t = 0o600) throws {
        if writable {
            fd = try Files.openReadWrite(path, mode: mode)
        } else {
            fd = (try? Files.openForReading(path)) ?? -1
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    func withExclusive<T>(_ body: () throws -> T) throws -> T {
        try lock(LOCK_EX); defer { if fd >= 0 { flock(fd, LOCK_UN) } }
        return try body()
    }

    /// Runs `body` under the exclusive lock if it is free right now; nil (and nothing run) if
    /// another process holds the lock. For work that may simply be skipped, such as refreshing
    /// a cache, so that a reader never waits for a writer.
    func withExclusiveIfFree<T>(_ body: () throws -> T) throws -> T? {
        guard fd >= 0 else { return try body() }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return nil }
            throw ZgodaError.locked(Self.cannotLock(String(cString: strerror(errno))))
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    func withShared<T>(_ body: () throws -> T) throws -> T {
        try lock(LOCK_SH); defer { if fd >= 0 { flock(fd, LOCK_UN) } }
        return try body()
    }

    private func lock(_ op: Int32) throws {
        guard fd >= 0 else { return }
        while flock(fd, op) != 0 {
            if errno == EINTR { continue }
            throw ZgodaError.locked(Self.cannotLock(String(cString: strerror(errno))))
        }
    }
}

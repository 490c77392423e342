import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations whose failure matters for durability. Injected into the store so
/// tests can make a write or an fsync fail (ENOSPC, EIO) and check that nothing is acknowledged.
public protocol StorageIO: Sendable {
    func write(_ fd: Int32, _ bytes: [UInt8]) throws
    func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws
    func fsync(_ fd: Int32) throws
}

/// The real thing.
public struct PosixIO: StorageIO {
    public init() {}

    public func write(_ fd: Int32, _ bytes: [UInt8]) throws {
        var done = 0
        try bytes.withUnsafeBytes { buf in
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ZgodaError.writeFailed("write failed: \(String(cString: strerror(errno)))")
                }
                done += n
            }
        }
    }

    public func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws {
        var done = 0
        try bytes.withUnsafeBytes { buf in
            while done < buf.count {
                let n = Glibc.pwrite(fd, buf.baseAddress! + done, buf.count - done, off_t(offset) + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ZgodaError.writeFailed("write failed: \(String(cString: strerror(errno)))")
                }
                done += n
            }
        }
    }

    public func fsync(_ fd: Int32) throws {
        if Glibc.fsync(fd) != 0 {
            throw ZgodaError.writeFailed("fsync failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// Small POSIX helpers: private files (0600), whole-file reads, atomic replacement.
enum Files {
    static func openForAppend(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if fd < 0 { throw ZgodaError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        return fd
    }

    static func openReadWrite(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 { throw ZgodaError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        return fd
    }

    /// The whole file, or nil if it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw ZgodaError.io("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        return try readAll(fd: fd, from: 0)
    }

    /// The bytes of `fd` from `offset` to its current end.
    static func readAll(fd: Int32, from offset: Int) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ZgodaError.io("cannot stat: \(String(cString: strerror(errno)))") }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        var out = [UInt8](repeating: 0, count: size - offset)
        var done = 0
        try out.withUnsafeMutableBytes { buf in
            while done < buf.count {
                let n = pread(fd, buf.baseAddress! + done, buf.count - done, off_t(offset + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ZgodaError.io("read failed: \(String(cString: strerror(errno)))")
                }
                if n == 0 { break }
                done += n
            }
        }
        if done < out.count { out.removeLast(out.count - done) }
        return out
    }

    static func size(_ path: String) -> Int? {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : nil
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw ZgodaError.io("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Creates `path` and its parents; the last one gets mode 0700.
    static func makeDirectories(_ path: String) throws {
        var parent = (path as NSString).deletingLastPathComponent
        if parent.isEmpty { parent = "." }
        if !exists(parent) { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        try makeDirectory(path)
        chmod(path, 0o700)
    }

    static func syncDirectory(_ path: String, io: StorageIO) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw ZgodaError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try io.fsync(fd)
    }

    /// Temp file in the same directory, fsync, rename over `path`, fsync the directory: a reader
    /// sees either the old file or the whole new one, never a part.
    static func writeAtomically(_ bytes: [UInt8], to path: String, io: StorageIO) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let tmp = dir + "/.tmp-" + UUID().uuidString
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 { throw ZgodaError.io("cannot create \(tmp): \(String(cString: strerror(errno)))") }
        do {
            try io.write(fd, bytes)
            try io.fsync(fd)
            close(fd)
        } catch {
            close(fd); unlink(tmp); throw error
        }
        if rename(tmp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw ZgodaError.io("cannot rename into \(path): \(reason)")
        }
        try syncDirectory(dir, io: io)
    }

    static func list(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }
}

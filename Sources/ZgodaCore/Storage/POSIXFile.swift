import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations whose failure matters for durability. Injected into the store so tests
/// can make any of them fail (ENOSPC, EIO, a short write, a failed rename) and check that
/// nothing is acknowledged and nothing half-made is visible afterwards. Every write the store
/// makes to its data directory goes through here.
public protocol StorageIO: Sendable {
    func write(_ fd: Int32, _ bytes: [UInt8]) throws
    func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) throws
    func fsync(_ fd: Int32) throws
    /// Cuts (or extends with zeros) the file to `size` bytes.
    func truncate(_ fd: Int32, to size: Int64) throws
    /// Replaces `to` with `from` in one step.
    func rename(_ from: String, _ to: String) throws
}

extension StorageIO {
    public func truncate(_ fd: Int32, to size: Int64) throws {
        while ftruncate(fd, off_t(size)) != 0 {
            if errno == EINTR { continue }
            throw ZgodaError.writeFailed(ErrorReason(en: "cannot truncate: \(Files.reason())",
                    pl: "nie można skrócić pliku: \(Files.reason())"))
        }
    }

    public func rename(_ from: String, _ to: String) throws {
        if Glibc.rename(from, to) != 0 {
            throw ZgodaError.writeFailed(ErrorReason(en: "cannot rename into \((to as NSString).lastPathComponent): \(Files.reason())",
                    pl: "nie można zmienić nazwy na \((to as NSString).lastPathComponent): \(Files.reason())"))
        }
    }
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
                    throw ZgodaError.writeFailed(ErrorReason(en: "write failed: \(Files.reason())", pl: "zapis nie powiódł się: \(Files.reason())"))
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
                    throw ZgodaError.writeFailed(ErrorReason(en: "write failed: \(Files.reason())", pl: "zapis nie powiódł się: \(Files.reason())"))
                }
                done += n
            }
        }
    }

    public func fsync(_ fd: Int32) throws {
        if Glibc.fsync(fd) != 0 {
            throw ZgodaError.writeFailed(ErrorReason(en: "fsync failed: \(Files.reason())",
                    pl: "fsync nie powiodło się: \(Files.reason())"))
        }
    }
}

/// Small POSIX helpers for the data directory: private files, whole-file reads, atomic
/// replacement.
///
/// Nothing here follows a symbolic link: every open carries `O_NOFOLLOW` and checks that it got
/// a regular file. A link inside the data directory is either a mistake or an attack (a link
/// named `keys.zk` pointing elsewhere would have the store write keys into another file), so it
/// is refused with an error that says what to do.
enum Files {
    /// The creation mode of new files: private unless the directory is shared with a group.
    static func mode(shared: Bool) -> mode_t { shared ? 0o660 : 0o600 }

    static func reason(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Opens `path` without following a link. `create` makes it with `mode` if missing (and sets
    /// that mode whatever the umask). Throws `.symlink` for a link and `.io` for anything that
    /// is not a regular file.
    static func open(_ path: String, flags: Int32, create: Bool = false, mode: mode_t = 0o600) throws -> Int32 {
        var fd: Int32
        repeat {
            fd = Glibc.open(path, flags | O_NOFOLLOW | O_CLOEXEC | (create ? O_CREAT : 0), mode)
        } while fd < 0 && errno == EINTR
        if fd < 0 {
            let code = errno
            if code == ELOOP { throw ZgodaError.symlink(path) }
            throw ZgodaError.io(ErrorReason(en: "cannot open \(path): \(reason(code))",
                    pl: "nie można otworzyć \(path): \(reason(code))"))
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let r = reason(); close(fd); throw ZgodaError.io(ErrorReason(en: "cannot stat \(path): \(r)", pl: "nie można odczytać stanu \(path): \(r)")) }
        guard st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw ZgodaError.io(ErrorReason(en: "\(path) is not a regular file; move it out of the data directory",
                    pl: "\(path) nie jest zwykłym plikiem; przenieś go poza katalog danych"))
        }
        if create && st.st_size == 0 && st.st_mode & 0o777 != mode {
            // The umask may have taken bits away (or left group bits a private file must not have).
            _ = fchmod(fd, mode)
        }
        return fd
    }

    static func openReadWrite(_ path: String, mode: mode_t = 0o600) throws -> Int32 {
        try open(path, flags: O_RDWR, create: true, mode: mode)
    }

    /// Opens for reading only; nil if nothing is at `path`.
    static func openForReading(_ path: String) throws -> Int32? {
        guard exists(path) else { return nil }
        return try open(path, flags: O_RDONLY)
    }

    /// The whole file, or nil if it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        guard let fd = try openForReading(path) else { return nil }
        defer { close(fd) }
        return try readAll(fd: fd, from: 0)
    }

    /// The bytes of `fd` from `offset` to its current end.
    static func readAll(fd: Int32, from offset: Int) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ZgodaError.io(ErrorReason(en: "cannot stat: \(reason())",
                    pl: "nie można odczytać stanu pliku: \(reason())")) }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        return try read(fd: fd, count: size - offset, at: offset)
    }

    /// Up to `count` bytes of `fd` from `offset` (fewer at the end of the file).
    static func read(fd: Int32, count: Int, at offset: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ZgodaError.io(ErrorReason(en: "read failed: \(reason())", pl: "odczyt nie powiódł się: \(reason())"))
            }
            if n == 0 { break }
            done += n
        }
        if done < count { out.removeLast(count - done) }
        return out
    }

    /// The size of a regular file (links are not followed), or nil.
    static func size(_ path: String) -> Int? {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG ? Int(st.st_size) : nil
    }

    /// True if something (a file, a directory or a link, even a dangling one) is at `path`.
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
    }

    /// Makes a directory of the data directory (mode 0700, or 0770 when shared); an existing
    /// one must be a real directory, not a link.
    static func makeDirectory(_ path: String, shared: Bool = false) throws {
        let mode: mode_t = shared ? 0o770 : 0o700
        if mkdir(path, mode) == 0 { _ = chmod(path, mode); return }
        let code = errno
        guard code == EEXIST else { throw ZgodaError.io(ErrorReason(en: "cannot create \(path): \(reason(code))",
                    pl: "nie można utworzyć \(path): \(reason(code))")) }
        try checkDirectory(path)
    }

    /// Throws unless `path` is a directory reached without following a link.
    static func checkDirectory(_ path: String) throws {
        var st = stat()
        guard lstat(path, &st) == 0 else { throw ZgodaError.io(ErrorReason(en: "cannot read \(path): \(reason())",
                    pl: "nie można odczytać \(path): \(reason())")) }
        if st.st_mode & S_IFMT == S_IFLNK { throw ZgodaError.symlink(path) }
        guard st.st_mode & S_IFMT == S_IFDIR else { throw ZgodaError.io(ErrorReason(en: "\(path) is not a directory",
                    pl: "\(path) nie jest katalogiem")) }
    }

    /// Creates `path` and its parents; the last one gets mode 0700.
    static func makeDirectories(_ path: String, shared: Bool = false) throws {
        var parent = (path as NSString).deletingLastPathComponent
        if parent.isEmpty { parent = "." }
        if !exists(parent) {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw ZgodaError.io(ErrorReason(en: "cannot create \(parent): \(error.localizedDescription)",
                    pl: "nie można utworzyć \(parent): \(error.localizedDescription)"))
            }
        }
        let mode: mode_t = shared ? 0o770 : 0o700
        if mkdir(path, mode) == 0 { _ = chmod(path, mode); return }
        guard errno == EEXIST else { throw ZgodaError.io(ErrorReason(en: "cannot create \(path): \(reason())",
                    pl: "nie można utworzyć \(path): \(reason())")) }
    }

    static func syncDirectory(_ path: String, io: StorageIO) throws {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw ZgodaError.io(ErrorReason(en: "cannot open \(path): \(reason())",
                    pl: "nie można otworzyć \(path): \(reason())")) }
        defer { close(fd) }
        try io.fsync(fd)
    }

    /// The prefix of the temporary files `writeAtomically` makes; a file of that name left by a
    /// process killed mid-write is removed on the next open (see `removeLeftovers`).
    static let temporaryPrefix = ".tmp-"

    /// Temp file in the same directory, fsync, rename over `path`, fsync the directory: a reader
    /// sees either the old file or the whole new one, never a part. The temp file is made with
    /// `O_EXCL`, so it is never a link planted beforehand.
    static func writeAtomically(_ bytes: [UInt8], to path: String, io: StorageIO, mode: mode_t = 0o600) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let tmp = dir + "/" + temporaryPrefix + UUID().uuidString
        let fd = try open(tmp, flags: O_WRONLY | O_EXCL, create: true, mode: mode)
        do {
            try io.write(fd, bytes)
            try io.fsync(fd)
            close(fd)
        } catch {
            close(fd); unlink(tmp); throw error
        }
        if isLink(path) { unlink(tmp); throw ZgodaError.symlink(path) }
        do { try io.rename(tmp, path) } catch { unlink(tmp); throw error }
        try syncDirectory(dir, io: io)
    }

    /// Removes the temporary files of writes that a killed process never finished. Only under
    /// the exclusive lock, so no write in progress is removed.
    static func removeLeftovers(in dir: String) {
        for name in list(dir) where name.hasPrefix(temporaryPrefix) && !isDirectory(dir + "/" + name) {
            unlink(dir + "/" + name)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    static func list(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }
}

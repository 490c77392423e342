import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole file mapped read-only into memory. Opening a large snapshot this way costs neither
/// a zero-filled buffer nor a copy: the kernel maps the cached pages directly, all at once.
///
/// Only for files that are never shortened in place while mapped (snapshots, which are
/// replaced by rename; journal segments read under the directory lock): touching a page
/// beyond a file's new end would stop the process.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private let base: UnsafeMutableRawPointer?

    /// The file, or nil if it does not exist.
    /// `populate`: read the whole file in at once (a reader of all of it); without it, pages
    /// are read as they are touched (a reader of one person's entry in a large snapshot).
    static func open(_ path: String, populate: Bool = true) throws -> MappedFile? {
        guard let fd = try Files.openForReading(path) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ZgodaError.io(ErrorReason(en: "cannot stat \(path): \(String(cString: strerror(errno)))",
                    pl: "nie można odczytać stanu \(path): \(String(cString: strerror(errno)))")) }
        let size = Int(st.st_size)
        if size == 0 { return MappedFile(base: nil, count: 0) }
        guard let p = mmap(nil, size, PROT_READ, populate ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw ZgodaError.io(ErrorReason(en: "cannot map \(path): \(String(cString: strerror(errno)))",
                    pl: "nie można zmapować \(path): \(String(cString: strerror(errno)))"))
        }
        return MappedFile(base: p, count: size)
    }

    private init(base: UnsafeMutableRawPointer?, count: Int) {
        self.base = base
        bytes = UnsafeRawBufferPointer(start: base, count: count)
    }

    deinit { if let base { munmap(base, bytes.count) } }
}

/// Fresh memory taken straight from the kernel with every page mapped in one call, for a
/// large buffer filled at once (a decrypted search cache): cheaper than a first-touch fault
/// per page. `data(_:)` hands slices out as `Data` that keep the memory alive.
final class PageBuffer: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let count: Int

    init?(count: Int) {
        guard count > 0, let p = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0),
              p != MAP_FAILED else { return nil }
        base = p; self.count = count
    }

    deinit { munmap(base, count) }

    /// `range` of the buffer as `Data`, without copying; the buffer lives as long as the `Data`.
    func data(_ range: Range<Int>) -> Data {
        Data(bytesNoCopy: base + range.lowerBound, count: range.count, deallocator: .custom { [self] _, _ in _ = self })
    }
}

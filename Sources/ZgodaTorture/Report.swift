#if canImport(Glibc)
import Glibc
#endif

/// Lines to stdout, written straight to fd 1: the driver SIGKILLs this process at any moment, and
/// a line still sitting in a stdio buffer would be an acknowledgement the driver never sees.
enum Report {
    /// The change is about to be made; if the process dies now it may or may not be on disk.
    static func intent(_ text: String) { line("DO " + text) }

    /// The change returned, so it is fsynced and must survive any crash from now on.
    static func ack(_ text: String, seq: UInt64) { line("ACK \(text) seq=\(seq)") }

    static func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return }
            done += n
        }
    }

    /// Stops the worker: the driver reports the message as a storage failure.
    static func fail(_ text: String) -> Never {
        line("FAIL " + text.replacingOccurrences(of: "\n", with: " "))
        exit(3)
    }
}

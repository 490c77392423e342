import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// This process's scratch folder, for the targets that read files (key files, zgoda.json,
/// themes). It lives under `$ZGODA_FUZZ_TMP` (which scripts/fuzz.sh creates and removes) or
/// the system's temporary folder, and is removed when the process exits normally; a crashed
/// run leaves it for the script's cleanup.
public enum Scratch {
    public static let root: String = {
        let parent = ProcessInfo.processInfo.environment["ZGODA_FUZZ_TMP"].flatMap { $0.isEmpty ? nil : $0 }
            ?? NSTemporaryDirectory()
        let dir = (parent as NSString).appendingPathComponent("zgoda-fuzz-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return dir
    }()

    /// A folder inside the scratch folder, made on first use.
    public static func folder(_ name: String) -> String {
        let dir = root + "/" + name
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return dir
    }

    /// Writes `bytes` to `path` (mode 0600), replacing what was there.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { fatalError("cannot write \(path)") }
        defer { close(fd) }
        let array = Array(bytes)
        array.withUnsafeBytes { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                guard n > 0 else { fatalError("cannot write \(path)") }
                done += n
            }
        }
    }
}

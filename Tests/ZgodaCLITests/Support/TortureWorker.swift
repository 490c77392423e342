import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts the `zgoda-torture` binary on a data directory and SIGKILLs it at a chosen moment.
/// Its output goes to a file (read after the kill), so nothing it printed can be lost in a pipe.
struct TortureWorker {
    /// When to kill: so long after the start, or so long after the worker first said something.
    enum Moment: CustomStringConvertible {
        case afterStart(ms: Int)
        case afterReady(ms: Int)
        case afterFirstAck(ms: Int)

        var description: String {
            switch self {
            case let .afterStart(ms): return "\(ms) ms after start"
            case let .afterReady(ms): return "\(ms) ms after the store opened"
            case let .afterFirstAck(ms): return "\(ms) ms after the first acknowledgement"
            }
        }
    }

    struct Outcome {
        var output: String
        var stderr: String
        /// Nil when the kill stopped it; the exit status when it stopped by itself first.
        var exitedOnItsOwn: Int32?
    }

    /// `ZGODA_TORTURE_WORKER`, else next to the test bundle or in the package's `.build/debug`,
    /// the way ZgodaRunner finds `zgoda`.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ZGODA_TORTURE_WORKER"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("zgoda-torture"),
            Bundle.main.bundleURL.appendingPathComponent("zgoda-torture"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/zgoda-torture"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }()

    let dataDir: String
    /// Where the output files go: the test's folder, next to the data directory.
    let folder: String

    func run(seed: UInt64, killAt moment: Moment) throws -> Outcome {
        let out = folder + "/worker.out", err = folder + "/worker.err"
        for f in [out, err] { guard FileManager.default.createFile(atPath: f, contents: nil) else { throw CocoaError(.fileWriteUnknown) } }
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["--data-dir", dataDir, "--seed", String(seed)]
        // The head memory goes beside the data directory, where the check reads it too: a kill
        // must never make this machine think the journal was cut.
        p.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
                         "XDG_STATE_HOME": folder + "/state"]
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        defer { try? outHandle.close(); try? errHandle.close() }
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = FileHandle.nullDevice
        try p.run()

        let start = Date()
        func elapsedMs() -> Int { Int(Date().timeIntervalSince(start) * 1000) }
        func waitFor(_ word: String) -> Bool {
            // A slow machine may need seconds to open a big directory; give up rather than hang.
            while elapsedMs() < 20_000 && p.isRunning {
                if let text = try? String(contentsOfFile: out, encoding: .utf8), text.contains(word) { return true }
                usleep(500)
            }
            return false
        }
        switch moment {
        case let .afterStart(ms): sleepWhileRunning(p, ms: ms)
        case let .afterReady(ms): if waitFor("READY") { sleepWhileRunning(p, ms: ms) }
        case let .afterFirstAck(ms): if waitFor("\nACK ") { sleepWhileRunning(p, ms: ms) }
        }
        let wasRunning = p.isRunning
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let killed = p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL
        return Outcome(output: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "",
                       exitedOnItsOwn: wasRunning || killed ? nil : p.terminationStatus)
    }

    private func sleepWhileRunning(_ p: Process, ms: Int) {
        let end = Date().addingTimeInterval(Double(ms) / 1000)
        while p.isRunning && Date() < end { usleep(200) }
    }
}

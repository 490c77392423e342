import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A running `zgoda serve` on a free loopback port, stopped (SIGTERM) when the value goes away.
/// Its stdout and stderr go to files in the runner's folder, so a test can read the access log.
final class ServeProcess {
    let process = Process()
    let port: Int
    let stderrPath: String

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(_ runner: ZgodaRunner, arguments: [String] = [], environment: [String: String] = [:]) throws {
        let id = UUID().uuidString
        let out = runner.path(".serve-out-\(id)")
        stderrPath = runner.path(".serve-err-\(id)")
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = ZgodaRunner.binary
        process.arguments = ["serve", "--listen", "127.0.0.1:0"] + arguments
        process.environment = runner.environment.merging(environment) { $1 }
        process.currentDirectoryURL = runner.root
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The port is printed on stdout once the server listens (slowly on a machine busy with
        // the rest of the suite: the deadline only catches a server that never starts).
        let deadline = Date().addingTimeInterval(180)
        var found: Int? = nil
        while Date() < deadline {
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on http://127.0.0.1:") }),
               let p = Int(line.split(separator: ":").last ?? "") {
                found = p; break
            }
            if !process.isRunning { break }
            usleep(20_000)
        }
        guard let found else {
            let err = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            if process.isRunning { process.terminate() }
            throw Failure(description: "zgoda serve did not start: \(err)")
        }
        port = found
    }

    /// What the server wrote on stderr so far (its access log).
    var log: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Stops the server and waits for it; returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    deinit { stop() }
}

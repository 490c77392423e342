import Foundation

/// Runs the built `zgoda` binary the way a user or script would, on a private data directory.
struct CLI {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    let dataDir: String
    var environment: [String: String]

    /// A fresh temporary data directory and a fixed clock, so output is exact.
    init(now: String = "2026-01-15T10:00:00Z") {
        dataDir = NSTemporaryDirectory() + "zgoda-cli-" + UUID().uuidString
        environment = ["ZGODA_DATA_DIR": dataDir, "ZGODA_OPERATOR": "anna", "ZGODA_NOW": now,
                       "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
                       "SWIFT_BACKTRACE": "enable=no", "XDG_CONFIG_HOME": NSTemporaryDirectory() + "zgoda-no-config"]
    }

    /// `.build/debug/zgoda`, found from this source file's location.
    static let binary: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent(".build/debug/zgoda").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "zgoda"
    }()

    @discardableResult
    func run(_ args: String..., stdin: String? = nil) throws -> Result { try run(args, stdin: stdin) }

    func run(_ args: [String], stdin: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    /// Runs and expects success; returns stdout without the trailing newline.
    func ok(_ args: String...) throws -> String {
        let r = try run(args)
        guard r.status == 0 else { throw Failure(message: "zgoda \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)") }
        return r.stdout.hasSuffix("\n") ? String(r.stdout.dropLast()) : r.stdout
    }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    func cleanUp() { try? FileManager.default.removeItem(atPath: dataDir) }
}

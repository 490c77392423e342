import Foundation

/// The built `zgoda` binary and a private data directory with a fixed operator and clock.
struct Zgoda {
    let dataDir = NSTemporaryDirectory() + "zgoda-tui-" + UUID().uuidString
    /// More environment (a database URL, a member's password).
    var extraEnvironment: [String: String] = [:]
    /// A command the binary runs under, e.g. `ip netns exec HOST` for a test host of its own.
    var wrapper: [String] = []

    /// `.build/debug/zgoda`: next to the test bundle, else found from this source file.
    static let binary: String? = {
        var candidates: [URL] = [Bundle.main.bundleURL.appendingPathComponent("zgoda"),
                                 Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("zgoda")]
        for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") {
            candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("zgoda"))
        }
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            candidates.append(url.appendingPathComponent(".build/debug/zgoda"))
        }
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    var environment: [String: String] {
        ["ZGODA_DATA_DIR": dataDir, "ZGODA_OPERATOR": "anna", "ZGODA_NOW": "2026-01-15T10:00:00Z",
         "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
         "SWIFT_BACKTRACE": "enable=no", "XDG_CONFIG_HOME": dataDir + "-config", "XDG_DATA_HOME": dataDir + "-share",
         "XDG_STATE_HOME": dataDir + "-state"].merging(extraEnvironment) { $1 }
    }

    /// Runs a CLI command; returns stdout, or throws with stderr.
    @discardableResult
    func run(_ args: String..., expectStatus: Int32 = 0) throws -> String {
        try run(args, expectStatus: expectStatus)
    }

    @discardableResult
    func run(_ args: [String], expectStatus: Int32 = 0) throws -> String {
        guard let binary = Self.binary else { throw Tmux.Failure(description: "zgoda is not built; run swift build first") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: wrapper.first ?? binary)
        p.arguments = wrapper.isEmpty ? args : Array(wrapper.dropFirst()) + [binary] + args
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = Pipe()
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus != expectStatus {
            throw Tmux.Failure(description: "zgoda \(args.joined(separator: " ")) exited \(p.terminationStatus): \(String(decoding: e, as: UTF8.self))")
        }
        return String(decoding: expectStatus == 0 ? o : e, as: UTF8.self)
    }

    func json(_ args: String...) throws -> Any {
        let text = try run(args)
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The shell command that starts the terminal UI in a pane, the way a user would.
    func tuiCommand(extraArgs: String = "", pidFile: String? = nil) -> String {
        let env = environment.merging(["TERM": "xterm-256color"]) { $1 }
            .sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let start = pidFile.map { "echo \\$\\$ > '\($0)'; " } ?? ""
        let prefix = wrapper.map { "'\($0)'" }.joined(separator: " ")
        return "sh -c \"\(start)exec \(prefix) env -i \(env) '\(Self.binary ?? "zgoda")' \(extraArgs)\""
    }

    func cleanUp() {
        for suffix in ["", "-config", "-share"] { try? FileManager.default.removeItem(atPath: dataDir + suffix) }
    }
}

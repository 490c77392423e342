import Foundation

/// Runs the built `zgoda` binary against a private temp data directory and returns what it
/// printed. Each runner has its own directory (removed on deinit), a fixed clock
/// (`ZGODA_NOW`), a fixed operator, and no user config.
///
/// ```swift
/// let z = try ZgodaRunner()
/// let r = try z.run("contact", "add", "--name", "Jan")
/// #expect(r.exitCode == 0)
/// ```
final class ZgodaRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    enum Failure: Error, CustomStringConvertible {
        case binaryMissing(String)
        var description: String {
            switch self {
            case let .binaryMissing(path): return "the zgoda binary is not at \(path); run 'swift build' first"
            }
        }
    }

    /// A folder for the test's own files; the data directory is `root/data`.
    let root: URL
    var dataDir: URL { root.appendingPathComponent("data") }
    var environment: [String: String]

    init(now: String = "2026-01-15T10:00:00Z", operatorName: String = "Anna Operator") throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("zgoda-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        environment = [
            "ZGODA_DATA_DIR": root.appendingPathComponent("data").path,
            "ZGODA_NOW": now,
            "ZGODA_OPERATOR": operatorName,
            "HOME": root.path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no",
        ]
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The binary: next to the test bundle when there is one, else `.build/debug/zgoda` in the package.
    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("zgoda"),
            Bundle.main.bundleURL.appendingPathComponent("zgoda"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/zgoda"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }()

    /// A path in the runner's folder.
    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: root.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `zgoda ARGS…` in the runner's folder, output captured through files (no pipe can fill up).
    func run(_ arguments: String..., stdin: String? = nil) throws -> Result { try run(arguments, stdin: stdin) }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { throw Failure.binaryMissing(Self.binary.path) }
        return try runProgram(Self.binary.path, arguments, stdin: stdin)
    }

    /// Runs another program (`script`, say) the same way, with the runner's environment.
    func runProgram(_ program: String, _ arguments: [String], stdin: String? = nil) throws -> Result {
        let id = UUID().uuidString
        let out = root.appendingPathComponent(".out-\(id)"), err = root.appendingPathComponent(".err-\(id)")
        guard FileManager.default.createFile(atPath: out.path, contents: nil),
              FileManager.default.createFile(atPath: err.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        p.environment = environment
        p.currentDirectoryURL = root
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        p.standardOutput = outHandle
        p.standardError = errHandle
        if let stdin {
            let input = root.appendingPathComponent(".in-\(id)")
            try Data(stdin.utf8).write(to: input)
            p.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        try p.run()
        p.waitUntilExit()
        try outHandle.close(); try errHandle.close()
        return Result(stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
                      exitCode: p.terminationStatus)
    }
}

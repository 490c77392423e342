import Foundation

/// A value-style front for `ZgodaRunner`: `ok(…)` for commands that must succeed (returns
/// stdout without its final newline), `run(…)` when the test looks at failures too.
struct CLI {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    private let runner: ZgodaRunner

    init(now: String = "2026-01-15T10:00:00Z") {
        runner = try! ZgodaRunner(now: now, operatorName: "anna")
    }

    var dataDir: String { runner.dataDir.path }

    var environment: [String: String] {
        get { runner.environment }
        nonmutating set { runner.environment = newValue }
    }

    static var binary: String { ZgodaRunner.binary.path }

    @discardableResult
    func run(_ args: String..., stdin: String? = nil) throws -> Result { try run(args, stdin: stdin) }

    func run(_ args: [String], stdin: String? = nil) throws -> Result {
        let r = try runner.run(args, stdin: stdin)
        return Result(stdout: r.stdout, stderr: r.stderr, status: r.exitCode)
    }

    /// Runs and expects success; returns stdout without the trailing newline.
    @discardableResult
    func ok(_ args: String...) throws -> String { try ok(args) }

    @discardableResult
    func ok(_ args: [String]) throws -> String {
        let r = try run(args)
        guard r.status == 0 else { throw Failure(message: "zgoda \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)") }
        return r.stdout.hasSuffix("\n") ? String(r.stdout.dropLast()) : r.stdout
    }

    /// The runner removes its folder when released; kept for call sites that clean up early.
    func cleanUp() {}
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A detached tmux server of its own (private socket) running one pane of fixed size, driven
/// like a user would: keys in, `capture-pane` out. Waits poll the screen rather than sleep.
final class Tmux {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let socket = "zgoda-test-" + UUID().uuidString.prefix(8)
    /// Whether the terminal tests can run at all; a missing zgoda binary is a failure, not a skip.
    static var isInstalled: Bool { executable != nil }

    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Starts `command` (a shell command line) in a pane of `cols`×`rows`. When the command
    /// ends the pane prints `[exited N]` and stays open, so the shell's screen can be checked.
    init(command: String, cols: Int = 120, rows: Int = 40) throws {
        let wrapped = "\(command); echo \"[exited $?]\"; sleep 600"
        // The server forked here keeps any pipe it inherits open, so its output is not read.
        try run(["new-session", "-d", "-s", "main", "-x", String(cols), "-y", String(rows), "sh", "-c", wrapped], capture: false)
    }

    /// `kill-session` ends the server too (it exits when its last session goes); `kill-server`
    /// alone leaves this tmux version running.
    deinit {
        _ = try? run(["kill-session", "-t", "main"])
        _ = try? run(["kill-server"])
    }

    /// Runs one tmux command. Spawned with posix_spawn rather than `Process`: the server that
    /// `new-session` forks inherits the descriptors Foundation watches to see its child exit,
    /// so `Process` would wait for the server's end, not the client's.
    @discardableResult
    func run(_ args: [String], capture: Bool = true) throws -> String {
        guard let exe = Self.executable else { throw Failure(description: "tmux is not installed") }
        let argv = [exe, "-L", socket, "-f", "/dev/null"] + args
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        // Nothing else of this process (other tests' pipes) may stay open in the long-lived server.
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 && !(capture && (fd == fds[0] || fd == fds[1])) {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, exe, &actions, nil, &cArgs, environ)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw Failure(description: "cannot start tmux (\(rc))")
        }
        var output = Data()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n <= 0 { break }
                output.append(contentsOf: buffer[0..<n])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    /// Named keys (`Enter`, `Tab`, `C-s`, `Escape`, or single characters).
    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "main"] + keys) }

    /// Text typed as is, e.g. Polish letters.
    func type(_ text: String) throws { try run(["send-keys", "-t", "main", "-l", text]) }

    func screen() throws -> String { try run(["capture-pane", "-p", "-t", "main"]) }

    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `text` shows (or `timeout` seconds pass); returns the screen.
    /// The screen once it shows `text` and has stopped changing: a frame is painted cell by
    /// cell, and a capture taken between two of them can hold a box's title without its rows.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                Thread.sleep(forTimeInterval: 0.05)
                let again = try screen()
                if again == last { return last }
                last = again
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for \u{201C}\(text)\u{201D}; the screen was:\n\(last)")
    }
}

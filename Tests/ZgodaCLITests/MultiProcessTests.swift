import Foundation
import Testing

@Suite("CLI: several processes on one directory")
struct MultiProcessTests {
    /// Two real processes, each adding 500 contacts one command at a time, interleaving freely.
    @Test(.timeLimit(.minutes(5)))
    func twoProcessesAdding500EachLoseNothing() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        _ = try cli.ok("init")
        let script = "for i in $(seq 1 500); do \"$ZGODA\" contact add --name \"Writer $W person $i\" >/dev/null || exit 1; done"
        var processes: [Process] = []
        for w in 1...2 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script]
            var env = cli.environment
            env["ZGODA"] = CLI.binary
            env["W"] = String(w)
            env.removeValue(forKey: "ZGODA_NOW")
            p.environment = env
            try p.run()
            processes.append(p)
        }
        for p in processes { p.waitUntilExit(); #expect(p.terminationStatus == 0) }

        let ids = try cli.ok("contact", "list", "--format", "ids").split(separator: "\n")
        #expect(ids.count == 1000)
        #expect(Set(ids).count == 1000)
        let history = try JSONSerialization.jsonObject(with: Data(try cli.ok("history", "--format", "json").utf8)) as! [[String: Any]]
        let seqs = history.map { $0["seq"] as! Int }
        #expect(seqs == Array(1...seqs.count))
        #expect(try cli.run("verify").status == 0)
    }
}

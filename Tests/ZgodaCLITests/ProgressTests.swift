import Foundation
import Testing

/// Long work shows its progress on stderr only when stderr is a terminal and `--quiet` is not
/// given, and Ctrl-C stops it at a safe point with what was saved kept and said.
@Suite("Progress and interruption of long work")
struct ProgressTests {
    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let z = try ZgodaRunner()
        let r = try z.run("demo", "--contacts", "3000")
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stderr == "zgoda: added 3000 demo contacts to \(z.dataDir.path)\n")
    }

    /// Under a pseudo-terminal (`script`), the line is drawn and redrawn in place; `--quiet`
    /// leaves only the result.
    @Test(arguments: [false, true])
    func aProgressLineOnATerminal(quiet: Bool) throws {
        let z = try ZgodaRunner()
        let typescript = z.path("typescript")
        let command = [ZgodaRunner.binary.path, "demo", "--contacts", "6000"] + (quiet ? ["--quiet"] : [])
        let r = try z.runProgram("/usr/bin/script", ["-qefc", command.joined(separator: " "), typescript])
        #expect(r.exitCode == 0, "\(r.stdout)\(r.stderr)")
        let seen = z.read("typescript") ?? ""
        #expect(seen.contains("added 6000 demo contacts"))
        if quiet {
            #expect(!seen.contains("adding demo contacts"))
        } else {
            #expect(seen.contains("\r\u{1B}[2Kzgoda: adding demo contacts"))
            #expect(seen.contains("/ 6,000 ("))
            // The line is cleared before the result is printed.
            #expect(seen.contains("\r\u{1B}[2Kzgoda: added 6000 demo contacts"))
        }
    }

    @Test func importAndExportNameTheirPhases() throws {
        let z = try ZgodaRunner()
        #expect(try z.run("init").exitCode == 0)
        var csv = "name,email\n"
        for i in 0..<500 { csv += "Osoba \(i),osoba\(i)@example.pl\n" }
        let file = try z.write("ludzie.csv", csv)
        let env = "ZGODA_DATA_DIR=\(z.dataDir.path)"
        let r = try z.runProgram("/usr/bin/script", ["-qefc", "env \(env) \(ZgodaRunner.binary.path) import \(file)", z.path("ts-import")])
        #expect(r.exitCode == 0, "\(r.stdout)")
        let imported = z.read("ts-import") ?? ""
        #expect(imported.contains("zgoda: reading ludzie.csv"))
        #expect(imported.contains("zgoda: checking and saving 500 records"))
        let out = z.path("out.csv")
        let e = try z.runProgram("/usr/bin/script", ["-qefc", "env \(env) \(ZgodaRunner.binary.path) export --format csv --output \(out)", z.path("ts-export")])
        #expect(e.exitCode == 0, "\(e.stdout)")
        #expect((z.read("ts-export") ?? "").contains("zgoda: writing 500 contacts as csv"))
        #expect((z.read("out.csv") ?? "").components(separatedBy: "@example.pl").count == 501)
    }

    @Test func ctrlCStopsAtABatchAndKeepsWhatWasSaved() throws {
        let z = try ZgodaRunner()
        #expect(try z.run("init").exitCode == 0)
        let journal = z.dataDir.appendingPathComponent("journal/0000000000000001.zj").path
        let start = (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0
        let p = Process()
        p.executableURL = ZgodaRunner.binary
        p.arguments = ["demo", "--contacts", "200000"]
        p.environment = z.environment
        let err = z.path("stderr")
        FileManager.default.createFile(atPath: err, contents: nil)
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Once the first batch of people is saved (a batch is over a megabyte of records), the
        // handler is certainly in place.
        let deadline = Date().addingTimeInterval(60)
        while ((try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0) <= start + 500_000, Date() < deadline {
            usleep(20_000)
        }
        p.interrupt()
        p.waitUntilExit()
        let stderr = z.read("stderr") ?? ""
        #expect(p.terminationReason == .exit && p.terminationStatus == 130, "\(stderr)")
        let saved = try #require(stderr.firstMatch(of: /stopped: (\d+) of 200000 demo contacts were added and saved/)).1
        #expect(stderr.hasSuffix("zgoda: interrupted\n"))
        let ids = try z.run("contact", "list", "--format", "ids").stdout.split(separator: "\n")
        #expect(ids.count == Int(saved))
        #expect(ids.count > 0 && ids.count < 200_000)
        #expect(try z.run("verify").exitCode == 0)
    }
}

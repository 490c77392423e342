import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a user sees of the data-integrity promises on the command line: one-line errors that
/// say what to do, exit codes, and changes that happen only when they should.
@Suite("CLI: integrity")
struct IntegrityCommandsTests {
    private func populated() throws -> (ZgodaRunner, [String]) {
        let z = try ZgodaRunner()
        var ids: [String] = []
        for i in 0..<20 {
            let r = try z.run("contact", "add", "--name", "Osoba \(i)", "--email", "o\(i)@example.pl")
            ids.append(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return (z, ids)
    }

    @Test func aFlippedByteInTheKeysIsReportedAndRepaired() throws {
        let (z, _) = try populated()
        let keys = z.dataDir.appendingPathComponent("keys.zk").path
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: keys)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: keys))

        let verify = try z.run("verify")
        #expect(verify.exitCode == 1)
        #expect(verify.stdout.contains("FAIL  keys.zk: key slot") && verify.stdout.contains("run 'zgoda repair'"))
        let list = try z.run("contact", "list", "--format", "json")
        #expect(list.exitCode == 0)
        #expect(!list.stdout.contains("\"name\" : null"), "every name still reads from the copy")
        #expect(list.stderr.contains("zgoda: warning: keys.zk: key slot"))
        let repair = try z.run("repair")
        #expect(repair.exitCode == 0, "\(repair.stderr)")
        #expect(repair.stdout.contains("restored key slot"))
        #expect(try z.run("verify").exitCode == 0)
    }

    @Test func aDirectoryOthersCanReadIsRefusedUnlessSharedOnPurpose() throws {
        let (z, _) = try populated()
        chmod(z.dataDir.path, 0o755)
        let r = try z.run("contact", "list")
        #expect(r.exitCode == 1)
        #expect(r.stderr.hasPrefix("zgoda: error: ") && r.stderr.contains("chmod 700") && r.stderr.contains("--allow-shared-permissions"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        // Group access is what the flag (or the config key) allows; access by others never.
        chmod(z.dataDir.path, 0o750)
        #expect(try z.run("contact", "list").exitCode == 1)
        #expect(try z.run("--allow-shared-permissions", "contact", "list").exitCode == 0)
        try FileManager.default.createDirectory(at: z.root.appendingPathComponent("config/zgoda"), withIntermediateDirectories: true)
        try z.write("config/zgoda/config.toml", "allow_shared_permissions = true\n")
        #expect(try z.run("contact", "list").exitCode == 0)
        chmod(z.dataDir.path, 0o757)
        #expect(try z.run("contact", "list").exitCode == 1)
    }

    @Test func aNewerDirectoryStopsEveryCommandWithUpgrade() throws {
        let (z, _) = try populated()
        let meta = z.dataDir.appendingPathComponent("zgoda.json").path
        let json = try String(contentsOfFile: meta, encoding: .utf8)
            .replacingOccurrences(of: #""format" : \d+"#, with: "\"format\" : 99", options: .regularExpression)
        try json.write(toFile: meta, atomically: true, encoding: .utf8)
        chmod(meta, 0o600)
        for args in [["contact", "list"], ["verify"], ["repair"], ["contact", "add", "--name", "X"]] {
            let r = try z.run(args)
            #expect(r.exitCode == 1, "\(args)")
            #expect(r.stderr.contains("was written by a newer Zgoda (format 99); upgrade Zgoda to open it"), "\(args): \(r.stderr)")
        }
    }

    @Test func passphraseChangeOnTheCommandLine() throws {
        let z = try ZgodaRunner()
        z.environment["ZGODA_PASSPHRASE"] = "pierwsze hasło"
        #expect(try z.run("init", "--encrypt").exitCode == 0)
        let id = try z.run("contact", "add", "--name", "Tajna").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        z.environment["ZGODA_NEW_PASSPHRASE"] = "drugie hasło"
        z.environment["ZGODA_PASSPHRASE"] = "nie to"
        let wrong = try z.run("passphrase", "change")
        #expect(wrong.exitCode == 1 && wrong.stderr == "zgoda: error: wrong passphrase for this data directory\n")
        z.environment["ZGODA_PASSPHRASE"] = "pierwsze hasło"
        let changed = try z.run("passphrase", "change")
        #expect(changed.exitCode == 0, "\(changed.stderr)")
        #expect(try z.run("contact", "show", id).exitCode == 1, "the old passphrase no longer opens it")
        z.environment["ZGODA_PASSPHRASE"] = "drugie hasło"
        #expect(try z.run("contact", "show", id).stdout.contains("Tajna"))
        #expect(try z.run("verify").exitCode == 0)
    }
}

import Foundation
import Testing

/// Data directories written by earlier versions (in `Tests/Fixtures/`, made once by
/// `scripts/make-fixtures.sh` with the binary of their time and never changed) open in this
/// version to exactly the state they showed then, verify, and keep doing so after this version
/// writes to them and compacts them.
@Suite("Fixtures from earlier formats")
struct FormatCompatibilityTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let names = ["format1-plain", "format1-encrypted", "format2-plain", "format2-encrypted",
                         "format3-plain", "format3-encrypted", "format5-plain", "format5-encrypted",
                         "format6-plain", "format6-encrypted"]

    /// A runner whose data directory is a private copy of the fixture (permissions as a real
    /// directory has them: git does not keep modes).
    private func runner(_ name: String) throws -> ZgodaRunner {
        let z = try ZgodaRunner(now: "2026-03-10T08:00:00Z")
        let source = Self.fixtures.appendingPathComponent(name).appendingPathComponent("data")
        try FileManager.default.copyItem(at: source, to: z.dataDir)
        try Self.makePrivate(z.dataDir.path)
        if name.contains("encrypted") { z.environment["ZGODA_PASSPHRASE"] = "fixture passphrase" }
        return z
    }

    static func makePrivate(_ path: String) throws {
        let fm = FileManager.default
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        for item in fm.enumerator(atPath: path)?.allObjects as? [String] ?? [] {
            var isDir: ObjCBool = false
            let full = path + "/" + item
            fm.fileExists(atPath: full, isDirectory: &isDir)
            try fm.setAttributes([.posixPermissions: isDir.boolValue ? 0o700 : 0o600], ofItemAtPath: full)
        }
    }

    private func expected(_ name: String, _ file: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name).appendingPathComponent("expected").appendingPathComponent(file), encoding: .utf8)
    }

    /// The views the fixture's `expected/` holds, as this version prints them.
    private func views(_ z: ZgodaRunner, _ name: String) throws -> [(file: String, args: [String])] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent(name).appendingPathComponent("expected").path)
        var out: [(String, [String])] = []
        // Format 6 on: who looked, first (the other views are reads, and are recorded).
        if files.contains("accesses.json") { out.append(("accesses.json", ["history", "--access", "--format", "json"])) }
        out += [
            ("contacts.json", ["contact", "list", "--format", "json"]),
            ("history.json", ["history", "--format", "json"]),
            ("purposes.json", ["purpose", "list", "--format", "json"]),
            ("requests.json", ["request", "list", "--format", "json"]),
        ]
        // Format 3 on: the links and the breach register.
        if files.contains("links.json") { out.append(("links.json", ["link", "list", "--format", "json"])) }
        if files.contains("breaches.json") { out.append(("breaches.json", ["breach", "list", "--format", "json"])) }
        for f in files.sorted() where f.hasPrefix("consents-") {
            let id = String(f.dropFirst("consents-".count).dropLast(".json".count))
            out.append((f, ["consent", "list", id, "--format", "json"]))
        }
        return out
    }

    @Test(arguments: names)
    func opensToTheSameStateAndVerifies(_ name: String) throws {
        let z = try runner(name)
        // Verified first: the views below are reads of people's data, which are recorded.
        let verify = try z.run("verify")
        #expect(verify.exitCode == 0, "\(name): \(verify.stdout)\(verify.stderr)")
        let then = try JSONSerialization.jsonObject(with: Data(try expected(name, "verify.json").utf8)) as? [String: Any]
        let head = try #require(then?["head"] as? String)
        #expect(verify.stdout.contains("head  \(head)"), "\(name): the same head hash as when it was written")
        for (file, args) in try views(z, name) {
            let r = try z.run(args)
            #expect(r.exitCode == 0, "\(name): \(args.joined(separator: " ")): \(r.stderr)")
            #expect(r.stdout == (try expected(name, file)), "\(name): \(file)")
        }
        let after = try z.run("verify")
        #expect(after.exitCode == 0, "\(name): \(after.stdout)\(after.stderr)")
    }

    @Test(arguments: names)
    func keepsItsStateAfterThisVersionWritesAndCompacts(_ name: String) throws {
        let z = try runner(name)
        let added = try z.run("contact", "add", "--name", "Nowa Osoba", "--email", "nowa@example.pl")
        #expect(added.exitCode == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try z.run("consent", "grant", id, "partners", "--source", "paper", "--evidence", "karta").exitCode == 0)
        #expect(try z.run("compact").exitCode == 0)
        #expect(try z.run("verify").exitCode == 0)
        // Every earlier person and every earlier record reads as before; the new ones follow.
        let history = try z.run("history", "--format", "json").stdout
        let old = try expected(name, "history.json")
        #expect(old.hasSuffix("}\n]\n"))
        #expect(history.hasPrefix(String(old.dropLast("\n]\n".count))), "\(name): the old history is unchanged")
        for (file, args) in try views(z, name) where file.hasPrefix("consents-") || ["purposes.json", "requests.json", "links.json", "breaches.json"].contains(file) {
            #expect(try z.run(args).stdout == (try expected(name, file)), "\(name): \(file) after compaction")
        }
        let contacts = try z.run("contact", "list", "--format", "json").stdout
        #expect(contacts.contains("Nowa Osoba"))
        for line in try expected(name, "contacts.json").split(separator: "\n") where line.contains("\"name\"") {
            #expect(contacts.contains(line), "\(name): \(line)")
        }
    }
}

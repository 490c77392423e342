import Foundation
import Testing
import TestPostgresServer

/// The team database from the command line: where the database comes from, who signs in, the
/// members' commands and their one-line errors, moving a store with export-/import-journal.
@Suite struct TeamCommandTests {
    @Test func aNewDirectoryJoinsTheDatabaseNamedByTheEnvironmentOrTheConfig() throws {
        let server = try TestPostgres.server()
        let url = server.socketURL(database: try server.newDatabase())
        let owner = CLI()
        owner.environment["ZGODA_DATABASE_URL"] = url
        // Created on first use, as a member of the team, not as a directory of its own.
        #expect(try owner.ok("contact", "list", "--format", "ids") == "")
        let meta = try String(contentsOfFile: owner.dataDir + "/zgoda.json", encoding: .utf8)
        #expect(meta.contains("\"format\" : 4"))
        #expect(!FileManager.default.fileExists(atPath: owner.dataDir + "/journal"))
        let id = try owner.ok("contact", "add", "--name", "Jan Zespołowy")

        let member = CLI()
        let config = member.environment["XDG_CONFIG_HOME"]! + "/zgoda"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "database = \"\(url)\"\n".write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        #expect(try member.ok("contact", "list", "--format", "ids") == id)

        // On a team the operator is the role signed in: --operator is refused, ZGODA_OPERATOR ignored.
        let refused = try member.run("--operator", "someone", "contact", "add", "--name", "X")
        #expect(refused.status == 1)
        #expect(refused.stderr == "zgoda: error: on a team database the operator is the role you signed in as; --operator cannot change it\n")
        let history = try member.ok("history", id, "--format", "json")
        #expect(history.contains("\"operator\" : \"postgres\"") || history.contains("\"operator\": \"postgres\""), "\(history)")
    }

    @Test func membersAreListedAndBadUseIsOneLine() throws {
        let server = try TestPostgres.server()
        let url = server.socketURL(database: try server.newDatabase())
        let owner = CLI()
        try owner.ok("init", "--postgres", url)
        let role = "cli_" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let added = try owner.run(["team", "add", role, "--export", "deny", "--password-stdin"], stdin: "tajne hasło\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("who may not export"))
        let list = try owner.ok("team", "list", "--format", "json")
        #expect(list.contains("\"role\" : \"\(role)\"") || list.contains("\"role\": \"\(role)\""), "\(list)")
        #expect(try owner.ok("team", "limit", role, "--export", "allow", "--anonymize", "deny").isEmpty)

        for (args, message) in [
            (["team", "limit", "nobody_here", "--export", "deny"], "zgoda: error: nobody_here is not a member of this team ('zgoda team add nobody_here' first)\n"),
            (["team", "add", "pg_evil"], "zgoda: error: invalid role: 'pg_evil' is not a usable role name (letters, digits, _ . -; at most 63 bytes; not pg_…)\n"),
            (["team", "limit", role], "zgoda: error: say what changes: --export allow|deny, --anonymize allow|deny\n"),
        ] {
            let r = try owner.run(args)
            #expect(r.status == 1)
            #expect(r.stderr == message)
        }
        // On a directory of its own there is no team.
        let solo = CLI()
        try solo.ok("contact", "add", "--name", "Sam")
        let r = try solo.run("team", "list")
        #expect(r.status == 1)
        #expect(r.stderr == "zgoda: error: \(solo.dataDir) keeps its own records; teams need 'zgoda init --postgres URL'\n")
        let bad = try solo.run("init", "--postgres", "mysql://x")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("zgoda: error: "))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func aStoreMovesToTheDatabaseAndBackOnTheCommandLine() throws {
        let server = try TestPostgres.server()
        let url = server.socketURL(database: try server.newDatabase())
        let solo = CLI()
        try solo.ok("demo", "--contacts", "30", "--seed", "3")
        let file = solo.dataDir + "-move.zgj"
        defer { unlink(file) }
        try solo.ok("export-journal", "--output", file)
        let headBefore = try solo.ok("verify").split(separator: "\n").last.map(String.init)
        let again = try solo.run("export-journal", "--output", file)
        #expect(again.status == 1, "an existing file is not replaced without --force")

        let team = CLI()
        try team.ok("import-journal", file, "--postgres", url)
        #expect(try team.ok("verify").split(separator: "\n").last.map(String.init) == headBefore)
        #expect(try team.ok("contact", "list", "--format", "ids") == (try solo.ok("contact", "list", "--format", "ids")))
        let twice = try CLI().run("import-journal", file, "--postgres", url)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already holds Zgoda records"))
    }
}

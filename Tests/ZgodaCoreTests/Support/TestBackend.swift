import Foundation
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer

/// Which backend the store-level tests run on: data directories (the default), or a team
/// database on PostgreSQL with `ZGODA_TEST_BACKEND=postgres` (`.ci/run` runs the store-level
/// suites both ways). On PostgreSQL each test directory gets a database of its own, and each
/// operator name a role of that name, so that records carry the operator a test expects.
enum TestBackend {
    static let isPostgres = ProcessInfo.processInfo.environment["ZGODA_TEST_BACKEND"] == "postgres"

    /// A new database on the test server.
    static func newDatabase() -> String {
        do { return try TestPostgres.server().newDatabase() } catch {
            fatalError("ZGODA_TEST_BACKEND=postgres, but no PostgreSQL server: \(error)")
        }
    }

    /// Makes `options` keep a new directory's records in `database`, signed in as `role`.
    static func configure(_ options: inout StoreOptions, database: String, role: String) {
        let url: String
        do {
            let server = try TestPostgres.server()
            try ensureRole(role, on: server)
            let user = role.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? role
            url = "postgres://\(user)@/\(database)?host=\(server.socketDirectory)&port=\(server.port)"
        } catch {
            fatalError("ZGODA_TEST_BACKEND=postgres, but no PostgreSQL server: \(error)")
        }
        options.connect = { _ in try PostgresTeamDatabase.connect(url) }
        options.newDirectoryDatabase = url
    }

    /// `["pg_dump"]` when a dump of `database` shows `needle` (on PostgreSQL), else nothing.
    static func dumpContaining(_ needle: String, database: @autoclosure () -> String) throws -> [String] {
        guard isPostgres else { return [] }
        return try TestPostgres.server().dump(database()).contains(needle) ? ["pg_dump"] : []
    }

    private static let made = Made()
    private final class Made: @unchecked Sendable {
        let lock = NSLock()
        var roles: Set<String> = []
    }

    /// A login role named as the operator (a superuser: the tests are about the store, not
    /// about a member's limits, which `TeamMembersTests` covers). The server still checks that
    /// every record's operator is the role signed in.
    private static func ensureRole(_ role: String, on server: TestPostgres) throws {
        made.lock.lock(); defer { made.lock.unlock() }
        if made.roles.contains(role) { return }
        let name = "\"" + role.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try server.sql("DO $$ BEGIN CREATE ROLE \(name) LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        made.roles.insert(role)
    }
}

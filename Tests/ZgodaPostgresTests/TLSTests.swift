import Foundation
import Testing
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer

/// Across a network a team connects over TLS: with `verify-full` the server's certificate is
/// checked against the team's CA, and a server the CA did not sign is refused.
@Suite struct TLSTests {
    @Test func aMemberConnectsOverVerifiedTLSAndAWrongCAIsRefused() throws {
        let server = try TestPostgres.privateTLSServer()
        defer { server.stop() }
        let team = try TeamFixture(server: server)
        let role = "tls_" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        _ = try team.join("owner")
        try PostgresTeamDatabase.connect(team.url).addMember(TeamMember(role: role), password: "pw")
        let base = "postgres://\(role):pw@127.0.0.1:\(server.port)/\(team.database)"

        let anna = try team.join("anna", url: base + "?sslmode=verify-full&sslrootcert=\(server.caCertificate)")
        _ = try anna.addContact(.person("Przez TLS"))
        let ssl = try team.sql("SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = '\(role)'")
        #expect(ssl == "t\n")

        // Another CA: the certificate does not verify, and nothing is made.
        let otherCA = team.root + "/other-ca.crt"
        _ = try TestPostgres.run(["/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Other",
                                  "-keyout", team.root + "/other.key", "-out", otherCA], what: "openssl")
        #expect(throws: (any Error).self) {
            _ = try team.join("mallory", url: base + "?sslmode=verify-full&sslrootcert=\(otherCA)")
        }
        #expect(!FileManager.default.fileExists(atPath: team.directory("mallory").path))
        // Without TLS the server refuses the login (hostnossl … reject).
        #expect(throws: (any Error).self) { _ = try team.join("plain", url: base + "?sslmode=disable") }
    }
}

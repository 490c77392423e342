import Foundation
import Testing
@testable import ZgodaCore
import ZgodaPostgres

/// Members are database roles, and what a member may not do, the server refuses: not only
/// Zgoda's client, but also psql in the hands of the same role.
@Suite struct TeamMembersTests {
    /// Roles belong to the whole server, which the tests share: each test names its own.
    private static func uniqueRole(_ name: String) -> String { name + "_" + String(UInt32.random(in: 0...UInt32.max), radix: 36) }

    @Test func aMemberSignsInWithAPasswordAndIsRecordedAsTheirRole() throws {
        let team = try TeamFixture()
        _ = try team.join("owner")
        let role = Self.uniqueRole("ewa")
        try PostgresTeamDatabase.connect(team.url).addMember(TeamMember(role: role), password: "hasło ze spacją")
        let ewa = try team.join("ewa", url: team.server.tcpURL(database: team.database, user: role, password: "hasło%20ze%20spacją"))
        let id = try ewa.addContact(.person("Jan Nowak"))
        #expect(ewa.signedIn == role)
        #expect(try ewa.history(contact: id).map(\.operator) == [role])
        #expect(throws: (any Error).self) {
            _ = try team.join("mallory", url: team.server.tcpURL(database: team.database, user: role, password: "wrong"))
        }
        #expect(!FileManager.default.fileExists(atPath: team.directory("mallory").path), "a failed join leaves nothing")
    }

    @Test func aMemberWhoMayNotExportOrAnonymiseIsRefusedByTheServer() throws {
        let team = try TeamFixture()
        let owner = try team.join("owner")
        let keep = try owner.addContact(.person("Zofia Trwała", email: "zofia@example.pl"))
        let role = Self.uniqueRole("stazysta")
        let admin = try PostgresTeamDatabase.connect(team.url)
        try admin.addMember(TeamMember(role: role, mayExport: false, mayAnonymize: false), password: "pw-\(role)")
        #expect(try admin.members() == [TeamMember(role: role, mayExport: false, mayAnonymize: false)])
        let intern = try team.join("intern", url: team.server.tcpURL(database: team.database, user: role, password: "pw-\(role)"))

        _ = try intern.addContact(.person("Nowy Kontakt"))
        #expect(throws: ZgodaError.self) {
            _ = try intern.commit { _ in [.exported(format: "csv", filter: "", destination: "x.csv", contacts: [keep])] }
        }
        do {
            _ = try intern.anonymize(keep)
            Issue.record("an anonymisation by a role that may not anonymise went through")
        } catch let e as ZgodaError {
            guard case let .notPermitted(why) = e else { Issue.record("\(e)"); return }
            #expect(why.wording.en.contains("may not anonymise"))
        }
        // The same role with the database's own tools: no key destroyed, no limit lifted.
        for statement in [
            "UPDATE zgoda_keys SET key = NULL WHERE slot = 1",
            "DELETE FROM zgoda_keys",
            "UPDATE zgoda_members SET may_export = true",
            "UPDATE zgoda_meta SET meta = ''",
        ] {
            #expect(throws: (any Error).self, "\(statement)") { try team.server.sql(statement, database: team.database, user: role) }
        }
        let fresh = try team.join("check")
        #expect(fresh.state.contacts[keep]?.anonymized == false)
        #expect(fresh.state.contacts[keep]?.details.email == "zofia@example.pl")
        #expect(fresh.state.exports.isEmpty)
        #expect(fresh.readOnlyReason == nil)

        // Lifted by the owner, the same member may.
        try admin.setLimits(TeamMember(role: role, mayExport: true, mayAnonymize: true))
        _ = try intern.anonymize(keep)
        let after = try team.join("after")
        #expect(after.state.contacts[keep]?.anonymized == true)
    }

    @Test func aRemovedMemberCanNoLongerReadOrWrite() throws {
        let team = try TeamFixture()
        _ = try team.join("owner")
        let role = Self.uniqueRole("ex")
        let admin = try PostgresTeamDatabase.connect(team.url)
        try admin.addMember(TeamMember(role: role), password: "pw-\(role)")
        let url = team.server.tcpURL(database: team.database, user: role, password: "pw-\(role)")
        _ = try team.join("ex", url: url)
        try admin.removeMember(role)
        #expect(try admin.members().isEmpty)
        #expect(throws: (any Error).self) { _ = try team.open("ex", url: url) }
    }
}

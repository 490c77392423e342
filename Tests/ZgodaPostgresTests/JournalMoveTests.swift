import Foundation
import Testing
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer

/// A team moves from a data directory to a database and back with the same records, byte for
/// byte, and the same head; only the database's owner may bring in other people's records.
@Suite struct JournalMoveTests {
    @Test func fromADirectoryToADatabaseAndBack() throws {
        let team = try TeamFixture()
        let local = DataDirectory(path: team.root + "/local")
        let solo = try Store.open(local, options: team.options(member: "solo"))
        for i in 0..<12 { _ = try solo.addContact(.person("Osoba \(i)", email: "osoba\(i)@example.pl")) }
        let gone = try solo.addContact(.person("Bożena Ulotna", email: "bozena.ulotna@example.pl", city: "Zamość"))
        _ = try solo.anonymize(gone)
        let first = team.root + "/first.zgj"
        _ = try solo.exportJournal(to: first)

        let bundle = try JournalBundle(decoding: try #require(try Files.read(first)), origin: first)
        let opts = team.options(member: "anna")
        _ = try Store.importJournal(bundle, into: team.directory("anna"), options: opts, database: team.url)
        let anna = try team.open("anna")
        #expect(anna.head == bundle.head)
        #expect(anna.state == solo.state)
        // The records' operators are those of the directory, kept by the owner's import.
        #expect(try team.sql("SELECT DISTINCT operator FROM zgoda_journal") == "typed-solo\n")
        #expect(try Verifier.verify(team.directory("anna"), options: opts).ok)
        let dump = try team.server.dump(team.database)
        for value in ["Bożena", "Ulotna", "bozena.ulotna", "Zamość"] { #expect(!dump.contains(value), "\(value)") }

        // A member changes something there, then it all goes back to a directory.
        _ = try anna.addContact(.person("Nowa W Zespole"))
        let second = team.root + "/second.zgj"
        _ = try anna.exportJournal(to: second)
        let back = DataDirectory(path: team.root + "/back")
        let returned = try JournalBundle(decoding: try #require(try Files.read(second)), origin: second)
        _ = try Store.importJournal(returned, into: back, options: team.options(member: "solo"))
        let home = try Store.open(back, options: team.options(member: "solo"))
        #expect(home.head == anna.head)
        #expect(home.state == anna.state)
        let original = try local.segments().flatMap { try Files.read($0.path) ?? [] }
        let now = try back.segments().flatMap { try Files.read($0.path) ?? [] }
        #expect(Array(now.prefix(original.count)) == original, "the first records came back byte for byte")
        #expect(try Verifier.verify(back, options: team.options(member: "solo")).ok)
    }

    @Test func aMemberCannotBringInRecordsInOtherNames() throws {
        let team = try TeamFixture()
        // An empty team: the owner made the schema, a member was added, no record yet.
        let owner = try PostgresTeamDatabase.connect(team.url)
        try owner.createSchema(meta: try DirectoryMeta(created: "2026-03-01T09:00:00Z").encoded())
        let role = "imp_" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        try owner.addMember(TeamMember(role: role), password: "pw")

        let source = DataDirectory(path: team.root + "/src")
        let solo = try Store.open(source, options: team.options(member: "solo"))
        _ = try solo.addContact(.person("Jan Nowak"))
        let file = team.root + "/src.zgj"
        _ = try solo.exportJournal(to: file)
        let bundle = try JournalBundle(decoding: try #require(try Files.read(file)), origin: file)

        // Even saying it imports, a member may not write records in another operator's name.
        let member = try PostgresTeamDatabase.connect(team.server.tcpURL(database: team.database, user: role, password: "pw"))
        do {
            try member.importRecords(bundle.framedRecords())
            Issue.record("a member brought in records in other names")
        } catch let e as ZgodaError {
            guard case let .notPermitted(why) = e else { Issue.record("\(e)"); return }
            #expect(why.wording.en.contains("signed-in role"))
        }
        #expect(try team.sql("SELECT count(*) FROM zgoda_journal") == "0\n")
        // The owner may.
        try owner.importRecords(bundle.framedRecords())
        #expect(try team.sql("SELECT count(*) FROM zgoda_journal") == "\(bundle.recordCount)\n")
    }
}

import Foundation
import Testing
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer

/// The store on PostgreSQL: what one member writes, every member reads, with the same records,
/// the same chain and the same rules as in a data directory.
@Suite struct TeamStoreTests {
    @Test func whatOneMemberWritesAnotherReadsWithTheSameHead() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna")
        let id = try anna.addContact(.person("Anna Kowalska", email: "anna@example.pl", city: "Poznań"))
        try anna.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .phone, evidence: "call 12")
        _ = try anna.editContact(id) { $0.city = "Łódź" }

        let piotr = try team.join("piotr")
        #expect(piotr.state.contacts[id]?.details.name == "Anna Kowalska")
        #expect(piotr.state.contacts[id]?.details.city == "Łódź")
        #expect(piotr.lastSeq == anna.lastSeq)
        #expect(piotr.head == anna.head)
        #expect(piotr.state == anna.state)
        // Nothing of the records is kept in the members' directories.
        #expect(!FileManager.default.fileExists(atPath: team.directory("piotr").journalDir))
        #expect(!FileManager.default.fileExists(atPath: team.directory("anna").keysPath))
    }

    @Test func theOperatorIsTheSignedInRoleNotTheNameTyped() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna")
        _ = try anna.addContact(.person("Jan Nowak"))
        let operators = try team.sql("SELECT DISTINCT operator FROM zgoda_journal").split(separator: "\n")
        #expect(operators == ["postgres"])
        #expect(anna.signedIn == "postgres")
        #expect(try anna.history().allSatisfy { $0.operator == "postgres" })
    }

    @Test func aChangeByAnotherMemberShowsOnRefreshAndNotifies() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna")
        let piotr = try team.join("piotr")
        #expect(try piotr.refresh() == false)
        let id = try anna.addContact(.person("Ewa Zielińska"))
        #expect(try piotr.refresh() == true)
        #expect(piotr.state.contacts[id]?.details.name == "Ewa Zielińska")
        // The change was announced: a listener needs no query to know.
        let db = try PostgresTeamDatabase.connect(team.url)
        _ = db.hasNews()
        _ = try anna.addContact(.person("Olga Wiśniewska"))
        let deadline = Date().addingTimeInterval(5)
        while !db.hasNews() && Date() < deadline { usleep(10_000) }
        #expect(Date() < deadline, "no NOTIFY arrived within 5 s")
    }

    @Test func concurrentMembersGetGaplessSequenceNumbersAndOneChain() throws {
        let team = try TeamFixture()
        _ = try team.join("setup")
        let members = 4, each = 25
        let failures = LockedList()
        DispatchQueue.concurrentPerform(iterations: members) { m in
            do {
                let store = try team.join("m\(m)")
                for i in 0..<each { _ = try store.addContact(.person("Person \(m)-\(i)")) }
            } catch { failures.append("\(error)") }
        }
        #expect(failures.items.isEmpty)
        let seqs = try team.sql("SELECT seq FROM zgoda_journal ORDER BY seq").split(separator: "\n").compactMap { UInt64($0) }
        #expect(seqs == Array(1...UInt64(seqs.count)))
        let fresh = try team.open("setup")
        #expect(fresh.state.contacts.count == members * each)
        #expect(fresh.readOnlyReason == nil)
        #expect(fresh.warnings.isEmpty)
    }

    @Test func theDatabaseRefusesRecordsThatBreakTheJournal() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna")
        _ = try anna.addContact(.person("Jan Nowak"))
        let last = try team.sql("SELECT max(seq) FROM zgoda_journal").trimmingCharacters(in: .whitespacesAndNewlines)
        // Rewriting history, deleting it, or adding a copy of a record under the next number.
        for statement in [
            "UPDATE zgoda_journal SET contact = 'x' WHERE seq = 1",
            "DELETE FROM zgoda_journal WHERE seq = \(last)",
            "TRUNCATE zgoda_journal",
            "INSERT INTO zgoda_journal (seq, kind, contact, operator, record) SELECT seq + 1, kind, contact, operator, record FROM zgoda_journal WHERE seq = \(last)",
            "INSERT INTO zgoda_journal (seq, kind, contact, operator, record) SELECT seq + 5, kind, contact, operator, record FROM zgoda_journal WHERE seq = \(last)",
        ] {
            #expect(throws: (any Error).self, "\(statement)") { try team.sql(statement) }
        }
        #expect(try team.sql("SELECT count(*) FROM zgoda_journal") == "\(last)\n")
        let reopened = try team.open("anna")
        #expect(reopened.readOnlyReason == nil)
    }

    @Test func snapshotsAreKeptInTheDatabaseAndTheJournalStaysWhole() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna", compactEvery: 10)
        for i in 0..<30 { _ = try anna.addContact(.person("Person \(i)")) }
        let snapshots = try team.sql("SELECT count(*) FROM zgoda_snapshots")
        #expect(snapshots == "3\n")
        #expect(try team.sql("SELECT min(seq) FROM zgoda_journal") == "1\n")
        let piotr = try team.join("piotr")
        #expect(piotr.state == anna.state)
        #expect(piotr.head == anna.head)
    }

    @Test func anErasedPersonCannotBeReadFromAnyTable() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna")
        let keep = try anna.addContact(.person("Zofia Trwała", email: "zofia@example.pl"))
        let gone = try anna.addContact(.person("Bożena Ulotna", email: "bozena.ulotna@example.pl", city: "Zamość"))
        try anna.recordConsent(gone, purpose: "email-marketing", decision: .granted, source: .phone, evidence: "rozmowa z Bożeną")
        try anna.compact()
        let slot = anna.state.contacts[gone]!.keySlot
        let keyHex = try team.sql("SELECT encode(key, 'hex') FROM zgoda_keys WHERE slot = \(slot)").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(keyHex.count == 160)
        _ = try anna.anonymize(gone)

        let dump = try team.server.dump(team.database)
        for value in ["Bożena", "Ulotna", "bozena.ulotna", "Zamość", "rozmowa z Bożeną", "Zofia", "zofia@example.pl"] {
            #expect(!dump.contains(value), "\(value) is readable in pg_dump")
        }
        #expect(!dump.contains(keyHex), "the erased key is still in the database")
        #expect(try team.sql("SELECT key IS NULL, erased IS NOT NULL FROM zgoda_keys WHERE slot = \(slot)") == "t|t\n")
        let piotr = try team.join("piotr")
        #expect(piotr.state.contacts[gone]?.anonymized == true)
        #expect(piotr.state.contacts[gone]?.damaged != true)
        #expect(piotr.state.contacts[keep]?.details.email == "zofia@example.pl")
        #expect(piotr.readOnlyReason == nil)
    }

    @Test func anEncryptedTeamNeedsThePassphraseOfItsFirstMember() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna", encrypt: true, passphrase: "correct horse")
        let id = try anna.addContact(.person("Marta Szyfr"))
        #expect(throws: ZgodaError.wrongPassphrase) { _ = try team.join("piotr", passphrase: "wrong passphrase") }
        // A failed join leaves no directory behind.
        #expect(!FileManager.default.fileExists(atPath: team.directory("piotr").path))
        let piotr = try team.join("piotr", passphrase: "correct horse")
        #expect(Store.needsPassphrase(team.directory("piotr")))
        #expect(piotr.state.contacts[id]?.details.name == "Marta Szyfr")
    }

    @Test func aRestartedServerIsReachedAgainWithoutLosingAnAcknowledgedChange() throws {
        // Its own server: a restart must not disturb the other tests.
        let server = try TestPostgres.privateServer()
        defer { server.stop() }
        let team = try TeamFixture(server: server)
        let anna = try team.join("anna")
        let a = try anna.addContact(.person("Przed Restartem"))
        try team.server.restart()
        let b = try anna.addContact(.person("Po Restarcie"))
        let piotr = try team.join("piotr")
        #expect(piotr.state.contacts[a] != nil)
        #expect(piotr.state.contacts[b] != nil)
    }
}

final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return list }
}

@Suite struct TeamPassphraseTests {
    @Test func aNewPassphraseHoldsForEveryMemberAndAWrongOldOneChangesNothing() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna", encrypt: true, passphrase: "correct horse")
        let id = try anna.addContact(.person("Marta Szyfr"))
        let dir = team.directory("anna")
        #expect(throws: ZgodaError.wrongPassphrase) {
            try Store.changePassphrase(dir, options: team.options(member: "anna"), old: "wrong horse", new: "battery staple")
        }
        #expect(try team.open("anna", passphrase: "correct horse").state.contacts[id] != nil)
        try Store.changePassphrase(dir, options: team.options(member: "anna"), old: "correct horse", new: "battery staple")
        #expect(throws: ZgodaError.wrongPassphrase) { _ = try team.open("anna", passphrase: "correct horse") }
        let piotr = try team.join("piotr", passphrase: "battery staple")
        #expect(piotr.state.contacts[id]?.details.name == "Marta Szyfr")
    }
}

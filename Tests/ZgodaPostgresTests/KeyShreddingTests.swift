import Foundation
import Testing
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer

/// An erased person's key is gone from the live database's files once the key table is
/// shredded, and not before: PostgreSQL keeps old row versions until a table is rewritten.
@Suite struct KeyShreddingTests {
    @Test func shreddingLeavesNoCopyOfADestroyedKeyInTheTablesFiles() throws {
        // Its own server: the test reads the cluster's files and runs checkpoints.
        let server = try TestPostgres.privateServer()
        defer { server.stop() }
        let team = try TeamFixture(server: server)
        let anna = try team.join("anna")
        let gone = try anna.addContact(.person("Bożena Ulotna", email: "bozena@example.pl"))
        let slot = try #require(anna.state.contacts[gone]).keySlot
        let keyHex = try team.sql("SELECT encode(key, 'hex') FROM zgoda_keys WHERE slot = \(slot)").trimmingCharacters(in: .whitespacesAndNewlines)
        let key = try #require(Self.bytes(hex: keyHex))
        try team.sql("CHECKPOINT")
        let base = server.root + "/data/base"
        #expect(Self.files(under: base, contain: key), "the key reached the table's file")

        _ = try anna.anonymize(gone)
        try team.sql("CHECKPOINT")
        #expect(try team.sql("SELECT key IS NULL FROM zgoda_keys WHERE slot = \(slot)") == "t\n")
        #expect(Self.files(under: base, contain: key), "a dead row version still holds it: this is why shredding is needed")

        let report = try PostgresTeamDatabase.connect(team.url).shredErasedKeys()
        #expect(report.erasedKeys >= 1)
        #expect(report.checkpointed)
        #expect(!Self.files(under: base, contain: key), "the destroyed key is still in the database's files")
        // And the team works on as before.
        let piotr = try team.join("piotr")
        #expect(piotr.state.contacts[gone]?.anonymized == true)
        #expect(try Verifier.verify(team.directory("piotr"), options: team.options(member: "piotr")).ok)
    }

    static func bytes(hex: String) -> [UInt8]? {
        guard hex.count == 160 else { return nil }
        var out: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2)
            guard let b = UInt8(hex[i..<j], radix: 16) else { return nil }
            out.append(b); i = j
        }
        return out
    }

    static func files(under root: String, contain needle: [UInt8]) -> Bool {
        let e = FileManager.default.enumerator(atPath: root)
        while let p = e?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: root + "/" + p) else { continue }
            if data.range(of: Data(needle)) != nil { return true }
        }
        return false
    }
}

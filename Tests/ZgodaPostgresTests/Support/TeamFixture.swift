import Foundation
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer

/// One test's team: a fresh database on the test server, and members, each with a data
/// directory of their own that names the database (as `zgoda init --postgres` makes it).
final class TeamFixture: @unchecked Sendable {
    let server: TestPostgres
    let database: String
    let root: String
    static let epoch = ISOTime.parse("2026-03-01T09:00:00Z")!

    init(server: TestPostgres? = nil) throws {
        self.server = try server ?? TestPostgres.server()
        database = try self.server.newDatabase()
        root = NSTemporaryDirectory() + "zgoda-team-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var url: String { server.socketURL(database: database) }

    func options(member: String, url: String? = nil, compactEvery: Int = 20_000, passphrase: String? = nil) -> StoreOptions {
        var o = StoreOptions(operatorName: "typed-\(member)", clock: FixedClock(Self.epoch),
                             passphrase: passphrase.map { p in { @Sendable in p } }, compactEvery: compactEvery)
        o.stateDirectory = root + "/state-\(member)"
        let target = url ?? self.url
        o.connect = { _ in try PostgresTeamDatabase.connect(target) }
        return o
    }

    func directory(_ member: String) -> DataDirectory { DataDirectory(path: root + "/" + member) }

    /// The member's directory made (the first member also makes the schema) and opened.
    func join(_ member: String, url: String? = nil, encrypt: Bool = false, compactEvery: Int = 20_000, passphrase: String? = nil) throws -> Store {
        let dir = directory(member)
        let opts = options(member: member, url: url, compactEvery: compactEvery, passphrase: passphrase)
        if !dir.isInitialized { try Store.create(dir, options: opts, encrypt: encrypt, database: url ?? self.url) }
        return try Store.open(dir, options: opts)
    }

    func open(_ member: String, url: String? = nil, passphrase: String? = nil) throws -> Store {
        try Store.open(directory(member), options: options(member: member, url: url, passphrase: passphrase))
    }

    func sql(_ statement: String) throws -> String { try server.sql(statement, database: database) }
}

extension ContactDetails {
    static func person(_ name: String, email: String = "", city: String = "") -> ContactDetails {
        ContactDetails(name: name, email: email, phone: "", company: "Firma", position: "", city: city, tags: ["vip"], notes: "note about \(name)")
    }
}

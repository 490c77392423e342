import PostgresNIO
import ZgodaCore

/// A salesperson of the team: a database role, and what Zgoda lets it do.
public struct TeamMember: Equatable, Sendable, Codable {
    public var role: String
    public var mayExport: Bool
    public var mayAnonymize: Bool

    public init(role: String, mayExport: Bool = true, mayAnonymize: Bool = true) {
        self.role = role; self.mayExport = mayExport; self.mayAnonymize = mayAnonymize
    }
}

/// Managing the team's members: run by the role that made the schema (or another that may
/// create roles and owns the tables). Each change is one transaction.
extension PostgresTeamDatabase {
    /// Makes `member.role` a member: creates the role with `password` when it does not exist
    /// (a role that exists keeps its own password unless one is given), grants what a member
    /// needs, and records its limits, which the server's triggers enforce.
    public func addMember(_ member: TeamMember, password: String?) throws {
        try Self.checkRoleName(member.role)
        try transaction {
            let exists = try run("SELECT 1 FROM pg_roles WHERE rolname = \(member.role)").first != nil
            // DDL takes no bound parameters: the name is quoted as an identifier and the
            // password as a literal, each by doubling its quote character.
            let name = Schema.quoted(member.role)
            let secret = password.map { "PASSWORD " + Self.literal($0) } ?? ""
            if !exists {
                try run(PostgresQuery(unsafeSQL: "CREATE ROLE \(name) LOGIN \(secret)"))
            } else if password != nil {
                try run(PostgresQuery(unsafeSQL: "ALTER ROLE \(name) LOGIN \(secret)"))
            }
            try record(member)
        }
    }

    /// Changes what a member may do.
    public func setLimits(_ member: TeamMember) throws {
        try transaction {
            guard try run("SELECT 1 FROM zgoda_members WHERE role = \(member.role)").first != nil else {
                throw ZgodaError.invalidInput(ErrorReason(en: "\(member.role) is not a member of this team ('zgoda team add \(member.role)' first)",
                    pl: "\(member.role) nie jest członkiem tego zespołu (najpierw „zgoda team add \(member.role)”)"))
            }
            try record(member)
        }
    }

    /// Records a member's limits and gives the grants that match them (in the caller's transaction).
    private func record(_ member: TeamMember) throws {
        try run("""
            INSERT INTO zgoda_members (role, may_export, may_anonymize) VALUES (\(member.role), \(member.mayExport), \(member.mayAnonymize))
            ON CONFLICT (role) DO UPDATE SET may_export = EXCLUDED.may_export, may_anonymize = EXCLUDED.may_anonymize
            """)
        for statement in Schema.grants(to: member.role, mayAnonymize: member.mayAnonymize) {
            try run(PostgresQuery(unsafeSQL: statement))
        }
    }

    /// Takes every right on the team's tables away from `role` (the role itself stays: it may
    /// belong to other databases). Its past records keep its name.
    public func removeMember(_ role: String) throws {
        try transaction {
            guard try run("DELETE FROM zgoda_members WHERE role = \(role) RETURNING role").first != nil else {
                throw ZgodaError.invalidInput(ErrorReason(en: "\(role) is not a member of this team",
                    pl: "\(role) nie jest członkiem tego zespołu"))
            }
            try run(PostgresQuery(unsafeSQL: "REVOKE ALL ON zgoda_meta, zgoda_journal, zgoda_snapshots, zgoda_keys, zgoda_members FROM \(Schema.quoted(role))"))
        }
    }

    public func members() throws -> [TeamMember] {
        try run("SELECT role::text, may_export, may_anonymize FROM zgoda_members ORDER BY role").map { row in
            let (role, export, anonymize) = try row.decode((String, Bool, Bool).self)
            return TeamMember(role: role, mayExport: export, mayAnonymize: anonymize)
        }
    }

    /// What the signed-in role may do: a member's limits, or everything for one that is not
    /// listed (the team's owner).
    public func ownLimits() throws -> TeamMember {
        try members().first { $0.role == signedIn } ?? TeamMember(role: signedIn)
    }

    static func checkRoleName(_ role: String) throws {
        let allowed = role.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." || $0 == "-" }
        guard !role.isEmpty, role.utf8.count <= 63, allowed, !role.hasPrefix("pg_") else {
            throw ZgodaError.invalidValue(field: "role", reason: ErrorReason(
                en: "'\(role)' is not a usable role name (letters, digits, _ . -; at most 63 bytes; not pg_…)",
                pl: "„\(role)” nie nadaje się na nazwę roli (litery, cyfry, _ . -; najwyżej 63 bajty; bez pg_…)"))
        }
    }

    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}

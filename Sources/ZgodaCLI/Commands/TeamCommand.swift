import ArgumentParser
import Foundation
import ZgodaCore
import ZgodaPostgres

/// `zgoda team …`
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "The salespeople who share a team database: each signs in as a database role of their own.",
        discussion: "Run by the role that made the team ('zgoda init --postgres'), or another that may create roles. Limits are enforced by the database server itself.",
        subcommands: [TeamAdd.self, TeamLimit.self, TeamRemove.self, TeamList.self, TeamShred.self])
}

/// `allow` or `deny`.
enum Permission: String, ExpressibleByArgument, CaseIterable {
    case allow, deny
    var allowed: Bool { self == .allow }
}

/// Connects to the team database the data directory names.
private func teamDatabase(_ global: GlobalOptions) throws -> PostgresTeamDatabase {
    guard let url = try Store.teamDatabase(of: global.directory) else {
        throw ZgodaError.invalidInput(ErrorReason(CLIText.Team.notATeam(global.directory.path)))
    }
    guard let db = try TeamDatabaseOptions.connect(url) as? PostgresTeamDatabase else {
        throw ZgodaError.unsupported(ErrorReason(CLIText.Team.noMembers))
    }
    return db
}

struct TeamAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Make a database role a member of the team (creating it, with the password from $ZGODA_MEMBER_PASSWORD or --password-stdin, if it does not exist).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's database role, e.g. anna.") var role: String
    @Flag(help: "Read the new role's password from the first line of standard input.") var passwordStdin = false
    @Option(help: "Whether the member may export personal data.") var export: Permission = .allow
    @Option(help: "Whether the member may anonymise people (and so destroy their keys).") var anonymize: Permission = .allow

    func run() throws {
        try reportingErrors {
            var password = ProcessInfo.processInfo.environment["ZGODA_MEMBER_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            if passwordStdin {
                guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                    throw ZgodaError.invalidInput(ErrorReason(CLIText.Team.noPassword))
                }
                password = line
            }
            let db = try teamDatabase(global)
            let member = TeamMember(role: role, mayExport: export.allowed, mayAnonymize: anonymize.allowed)
            try db.addMember(member, password: password)
            Output.note(CLIText.Team.added(role, team: db.label, limits: TeamList.limits(member)).text)
        }
    }
}

struct TeamLimit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "limit", abstract: "Change what a member may do.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's database role.") var role: String
    @Option(help: "Whether the member may export personal data.") var export: Permission?
    @Option(help: "Whether the member may anonymise people.") var anonymize: Permission?

    func run() throws {
        try reportingErrors {
            guard export != nil || anonymize != nil else {
                throw ZgodaError.invalidInput(ErrorReason(CLIText.Team.sayWhatChanges))
            }
            let db = try teamDatabase(global)
            guard var member = try db.members().first(where: { $0.role == role }) else {
                throw ZgodaError.invalidInput(ErrorReason(CLIText.Team.notAMember(role)))
            }
            if let export { member.mayExport = export.allowed }
            if let anonymize { member.mayAnonymize = anonymize.allowed }
            try db.setLimits(member)
            Output.note(CLIText.Team.limited(role, limits: TeamList.limits(member)).text)
        }
    }
}

struct TeamRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take a member's rights on the team's records away (the role stays; its past changes keep its name).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's database role.") var role: String

    func run() throws {
        try reportingErrors {
            let db = try teamDatabase(global)
            try db.removeMember(role)
            Output.note(CLIText.Team.removed(role, team: db.label).text)
        }
    }
}

struct TeamList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The team's members and what each may do.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let db = try teamDatabase(global)
            let members = try db.members()
            switch format {
            case .json:
                Output.json(.array(members.map {
                    .object([("role", .string($0.role)), ("mayExport", .bool($0.mayExport)), ("mayAnonymize", .bool($0.mayAnonymize))])
                }))
            case .table:
                typealias T = CLIText.Team
                let yes = CLIText.Contact.yes.text, no = CLIText.Contact.no.text
                var t = Table(T.role.text, T.export.text, T.anonymise.text)
                for m in members { t.add(m.role, m.mayExport ? yes : no, m.mayAnonymize ? yes : no) }
                Output.line(t.rendered(maxColumnWidth: 40))
                Output.line(T.summary(count: members.count, signedIn: db.signedIn).text)
            }
        }
    }

    /// ", who may not export" and the like; empty for a member without limits.
    static func limits(_ m: TeamMember) -> Localized {
        CLIText.Team.limits(mayExport: m.mayExport, mayAnonymize: m.mayAnonymize)
    }
}

struct TeamShred: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shred",
        abstract: "Rewrite the key table so that destroyed keys leave nothing in the database's files (VACUUM FULL, then a checkpoint).",
        discussion: "An erasure destroys the person's key at once; this removes the old row versions PostgreSQL keeps until a table is rewritten. Run it after erasures (daily from cron or a systemd timer is enough) as the team's owner. Backups and WAL archives keep a destroyed key until they expire: see docs/team.md.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let db = try teamDatabase(global)
            let report = try db.shredErasedKeys()
            Output.note(CLIText.Team.shredded(db.label, keys: report.erasedKeys, checkpointed: report.checkpointed).text)
        }
    }
}

import ArgumentParser
import Foundation
import ZgodaCore
import ZgodaPostgres

/// `zgoda team …`
struct TeamCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "team",
        abstract: HelpText.Team.abstract.text,
        discussion: HelpText.Team.discussion.text,
        subcommands: [TeamAdd.self, TeamLimit.self, TeamRemove.self, TeamList.self, TeamShred.self]) }
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add",
        abstract: HelpText.Team.add.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Team.newRole)) var role: String
    @Flag(help: ArgumentHelp(HelpText.Team.passwordStdin)) var passwordStdin = false
    @Option(help: ArgumentHelp(HelpText.Team.export)) var export: Permission = .allow
    @Option(help: ArgumentHelp(HelpText.Team.anonymizeOnAdd)) var anonymize: Permission = .allow

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
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "limit", abstract: HelpText.Team.limit.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Team.role)) var role: String
    @Option(help: ArgumentHelp(HelpText.Team.export)) var export: Permission?
    @Option(help: ArgumentHelp(HelpText.Team.anonymize)) var anonymize: Permission?

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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "remove",
        abstract: HelpText.Team.remove.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Team.role)) var role: String

    func run() throws {
        try reportingErrors {
            let db = try teamDatabase(global)
            try db.removeMember(role)
            Output.note(CLIText.Team.removed(role, team: db.label).text)
        }
    }
}

struct TeamList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Team.list.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "shred",
        abstract: HelpText.Team.shred.text,
        discussion: HelpText.Team.shredDiscussion.text) }
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let db = try teamDatabase(global)
            let report = try db.shredErasedKeys()
            Output.note(CLIText.Team.shredded(db.label, keys: report.erasedKeys, checkpointed: report.checkpointed).text)
        }
    }
}

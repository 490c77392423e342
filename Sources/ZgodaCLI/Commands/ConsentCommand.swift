import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda consent …`
struct ConsentCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "consent",
        abstract: HelpText.Consent.abstract.text,
        subcommands: [ConsentGrant.self, ConsentRefuse.self, ConsentWithdraw.self, ConsentObject.self, ConsentList.self]) }
}

extension ConsentSource: ExpressibleByArgument {}

/// What every decision command takes.
struct DecisionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Argument(help: ArgumentHelp(HelpText.Consent.purpose)) var purpose: String
    @Option(help: ArgumentHelp(HelpText.Consent.source)) var source: ConsentSource
    @Option(help: ArgumentHelp(HelpText.Consent.evidence)) var evidence: String?

    func record(_ decision: Decision, expires: String? = nil) throws {
        try reportingErrors {
            var expiry: Date? = nil
            if let expires {
                guard let day = Day(parsing: expires) else {
                    throw ZgodaError.invalidValue(field: "expires", reason: ErrorReason(en: "'\(expires)' is not a date (YYYY-MM-DD)", pl: "\u{201E}\(expires)\u{201D} to nie jest data (RRRR-MM-DD)"))
                }
                expiry = day.date
            }
            let store = try global.openStore(person: id)
            let o = try store.decide(ContactID(id), purpose: purpose, decision: decision, source: source,
                                     evidence: evidence, expires: expiry)
            let d = o.decision
            Output.note(CLIText.Consent.saved(d.decision, purpose: d.purpose, version: Int(d.purposeVersion), contact: id).text)
            if o.basisLost {
                Output.note(CLIText.Consent.basisLost(id).text)
            }
        }
    }
}

struct ConsentGrant: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "grant", abstract: HelpText.Consent.grant.text) }
    @OptionGroup var options: DecisionOptions
    @Option(help: ArgumentHelp(HelpText.Consent.expires, valueName: "date")) var expires: String?
    func run() throws { try options.record(.granted, expires: expires) }
}

struct ConsentRefuse: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "refuse", abstract: HelpText.Consent.refuse.text) }
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.refused) }
}

struct ConsentWithdraw: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "withdraw", abstract: HelpText.Consent.withdraw.text) }
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.withdrawn) }
}

struct ConsentObject: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "object",
        abstract: HelpText.Consent.object.text) }
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.objected) }
}

struct ConsentList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Consent.list.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(person: id)
            let c = try store.contact(ContactID(id))
            try ReadRecording.record(store, .consentsListed, [c.id])
            let rows = store.state.consentRows(for: c.id, now: store.now)
            switch format {
            case .json: Output.json(.array(rows.map(JSONShapes.consentRow)))
            case .table: Output.line(ConsentTable.render(rows))
            }
        }
    }
}

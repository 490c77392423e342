import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda consent …`
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record consent decisions and list a contact's current consents.",
        subcommands: [ConsentGrant.self, ConsentRefuse.self, ConsentWithdraw.self, ConsentObject.self, ConsentList.self])
}

extension ConsentSource: ExpressibleByArgument {}

/// What every decision command takes.
struct DecisionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contact's id.") var id: String
    @Argument(help: "The purpose id (see 'zgoda purpose list').") var purpose: String
    @Option(help: "How the decision reached you: in-person, phone, email, web-form, paper or import.") var source: ConsentSource
    @Option(help: "Proof of the decision, e.g. \"signed form no. 12\".") var evidence: String?

    func record(_ decision: Decision, expires: String? = nil) throws {
        try reportingErrors {
            var expiry: Date? = nil
            if let expires {
                guard let day = Day(parsing: expires) else {
                    throw ZgodaError.invalidValue(field: "expires", reason: ErrorReason(en: "'\(expires)' is not a date (YYYY-MM-DD)", pl: "\u{201E}\(expires)\u{201D} to nie jest data (RRRR-MM-DD)"))
                }
                expiry = day.date
            }
            let store = try global.openStore()
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
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Record that the person granted consent.")
    @OptionGroup var options: DecisionOptions
    @Option(help: ArgumentHelp("The day the consent lapses (YYYY-MM-DD).", valueName: "date")) var expires: String?
    func run() throws { try options.record(.granted, expires: expires) }
}

struct ConsentRefuse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refuse", abstract: "Record that the person refused consent.")
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.refused) }
}

struct ConsentWithdraw: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Record that the person withdrew consent.")
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.withdrawn) }
}

struct ConsentObject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "object",
        abstract: "Record the person's objection (Art. 21) to a purpose based on legitimate interest.")
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record(.objected) }
}

struct ConsentList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The current consent status per purpose.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contact's id.") var id: String
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let c = try store.contact(ContactID(id))
            let rows = store.state.consentRows(for: c.id, now: store.now)
            switch format {
            case .json: Output.json(.array(rows.map(JSONShapes.consentRow)))
            case .table: Output.line(ConsentTable.render(rows))
            }
        }
    }
}

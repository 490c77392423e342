import ArgumentParser
import ZgodaCore

/// `zgoda admin …`
struct AdminCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "admin",
        abstract: HelpText.Admin.abstract.text,
        subcommands: [AdminShow.self, AdminSet.self]) }
}

struct AdminShow: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: HelpText.Admin.show.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let c = store.state.controller
            switch format {
            case .json: Output.json(JSONShapes.controller(c))
            case .table:
                typealias T = CLIText.Admin
                var t = Table(CLIText.Contact.field.text, CLIText.Contact.value.text)
                t.add(T.controllerName.text, c.name); t.add(T.address.text, c.address); t.add(T.email.text, c.email); t.add(T.dpo.text, c.dpo)
                t.add(T.grace.text, T.graceValue(store.state.retentionGraceDays).text)
                Output.line(t.rendered(maxColumnWidth: 70))
                if !c.isComplete { Output.warn(T.incomplete.text) }
            }
        }
    }
}

struct AdminSet: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "set", abstract: HelpText.Admin.set.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Admin.name)) var name: String?
    @Option(help: ArgumentHelp(HelpText.Admin.address)) var address: String?
    @Option(help: ArgumentHelp(HelpText.Admin.email)) var email: String?
    @Option(help: ArgumentHelp(HelpText.Admin.dpo)) var dpo: String?
    @Option(help: ArgumentHelp(HelpText.Admin.grace, valueName: "days"))
    var grace: String?

    func run() throws {
        try reportingErrors {
            if name == nil && address == nil && email == nil && dpo == nil && grace == nil {
                throw ZgodaError.invalidInput(ErrorReason(CLIText.Admin.nothingToChange))
            }
            let store = try global.openStore()
            if let grace {
                let digits = grace.hasSuffix("d") ? String(grace.dropLast()) : grace
                guard let days = Int(digits) else { throw ZgodaError.invalidValue(field: "grace", reason: ErrorReason(en: "'\(grace)' is not a number of days (e.g. 30d)", pl: "\u{201E}\(grace)\u{201D} to nie jest liczba dni (np. 30d)")) }
                if try store.setRetentionGrace(days: days) { Output.note(CLIText.Admin.graceSet(days).text) }
                if name == nil && address == nil && email == nil && dpo == nil { return }
            }
            try store.setController { c in
                if let name { c.name = name }
                if let address { c.address = address }
                if let email { c.email = email }
                if let dpo { c.dpo = dpo }
            }
            Output.note(CLIText.Admin.saved.text)
        }
    }
}

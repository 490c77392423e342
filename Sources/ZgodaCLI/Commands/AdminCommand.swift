import ArgumentParser
import ZgodaCore

/// `zgoda admin …`
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "The data controller named on consent forms and access reports.",
        subcommands: [AdminShow.self, AdminSet.self])
}

struct AdminShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the data controller.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: ShowFormat = .table

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
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the data controller's details.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Name of the company or person.") var name: String?
    @Option(help: "Postal address.") var address: String?
    @Option(help: "Contact e-mail for data protection matters.") var email: String?
    @Option(help: "The data protection officer's contact, if there is one.") var dpo: String?
    @Option(help: ArgumentHelp("How long someone who never had a legal basis is kept after being added, e.g. 30d (the default) or 14d; then 'zgoda retention --apply' erases them.", valueName: "days"))
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

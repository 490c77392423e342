import ArgumentParser
import ZgodaCore

/// `zgoda purpose …`
struct PurposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purpose",
        abstract: "The purpose catalogue: why data is processed, on which legal basis, for how long.",
        subcommands: [PurposeList.self, PurposeAdd.self, PurposeEdit.self])
}

extension LegalBasis: ExpressibleByArgument {}

struct RetentionArgument: ExpressibleByArgument {
    var value: Retention
    init?(argument: String) {
        guard let r = Retention(parsing: argument) else { return nil }
        value = r
    }
}

struct FieldListArgument: ExpressibleByArgument {
    var fields: [ContactField]
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let parsed = parts.compactMap(ContactField.init(rawValue:))
        guard parsed.count == parts.count else { return nil }
        fields = parsed
    }
}

struct PurposeList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the purposes.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let purposes = Array(store.state.purposes.values)
            switch format {
            case .json: Output.json(.array(purposes.map(JSONShapes.purpose)))
            case .table:
                var t = Table("ID", "Title", "Legal basis", "Retention", "Version", "Fields")
                for p in purposes {
                    t.add(p.id, p.title, p.legalBasis.rawValue, p.retention.description, "v\(p.version)",
                          p.neededFields.map(\.rawValue).joined(separator: ","))
                }
                Output.line(t.rendered())
            }
        }
    }
}

struct PurposeAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a purpose.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The purpose id: lowercase letters, digits and dashes.") var id: String
    @Option(help: "Title shown to people.") var title: String
    @Option(help: "What the data is used for, in plain words.") var description: String = ""
    @Option(name: .customLong("basis"), help: "consent, contract, legitimate-interest or legal-obligation.") var basis: LegalBasis = .consent
    @Option(help: ArgumentHelp("How long data may be kept once the basis ends: 24m, 2y.", valueName: "period")) var retention: RetentionArgument = .init(argument: "24m")!
    @Option(help: ArgumentHelp("Contact fields the purpose needs, comma-separated (name,email,…).", valueName: "fields")) var fields: FieldListArgument?

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            try store.addPurpose(Purpose(id: id, title: title, description: description, legalBasis: basis,
                                         retention: retention.value, neededFields: fields?.fields ?? []))
            Output.note("added purpose \(id) v1")
        }
    }
}

struct PurposeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a purpose; a change of wording makes a new version (older consents become outdated).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The purpose id.") var id: String
    @Option(help: "Title shown to people.") var title: String?
    @Option(help: "What the data is used for.") var description: String?
    @Option(name: .customLong("basis"), help: "consent, contract, legitimate-interest or legal-obligation.") var basis: LegalBasis?
    @Option(help: ArgumentHelp("Retention period: 24m, 2y.", valueName: "period")) var retention: RetentionArgument?
    @Option(help: ArgumentHelp("Contact fields the purpose needs, comma-separated.", valueName: "fields")) var fields: FieldListArgument?

    func run() throws {
        try reportingErrors {
            if title == nil && description == nil && basis == nil && retention == nil && fields == nil {
                throw ZgodaError.invalidInput("nothing to change: give at least one option, e.g. --title")
            }
            let store = try global.openStore()
            let before = store.state.purposes[id]?.version
            let p = try store.editPurpose(id) { p in
                if let title { p.title = title }
                if let description { p.description = description }
                if let basis { p.legalBasis = basis }
                if let retention { p.retention = retention.value }
                if let fields { p.neededFields = fields.fields }
            }
            Output.note(p.version != before ? "purpose \(id) is now v\(p.version); earlier consents show as outdated" : "purpose \(id) changed (still v\(p.version))")
        }
    }
}

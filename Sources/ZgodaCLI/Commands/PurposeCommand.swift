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

struct RetentionArgument: ExpressibleByArgument, CustomStringConvertible {
    var value: Retention
    init?(argument: String) {
        guard let r = Retention(parsing: argument) else { return nil }
        value = r
    }
    init(_ value: Retention) { self.value = value }
    /// What `--help` shows as the default: `2y`, as it is typed.
    var description: String { value.description }
    var defaultValueDescription: String { value.description }
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
                typealias T = CLIText.Purpose
                var t = Table(CLIText.Common.id.text, T.title.text, T.legalBasis.text, T.retention.text, CLIText.Contact.version.text,
                              T.consentsFrom.text, T.fields.text)
                for p in purposes {
                    t.add(p.id, p.title, CLIText.Cells.legalBasis(p.legalBasis), p.retention.description, "v\(p.version)", "v\(p.consentsFrom)",
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
    @Option(help: ArgumentHelp("How long data may be kept once the basis ends: 24m, 2y.", valueName: "period")) var retention: RetentionArgument = .init(Retention(months: 24))
    @Option(help: ArgumentHelp("Contact fields the purpose needs, comma-separated (name,email,…).", valueName: "fields")) var fields: FieldListArgument?

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            try store.addPurpose(Purpose(id: id, title: title, description: description, legalBasis: basis,
                                         retention: retention.value, neededFields: fields?.fields ?? []))
            Output.note(CLIText.Purpose.added(id).text)
        }
    }
}

struct PurposeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a purpose; a change of what people are shown makes a new version.",
        discussion: """
            Title, description, legal basis, retention and needed fields are all on the consent form, so changing \
            any of them makes a new version, and you say which kind: --material when people must agree again \
            (consents to earlier versions become outdated) or --editorial for a correction that keeps them. \
            Switching the legal basis is always material and asks for confirmation (--yes when there is no terminal).
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The purpose id.") var id: String
    @Option(help: "Title shown to people.") var title: String?
    @Option(help: "What the data is used for.") var description: String?
    @Option(name: .customLong("basis"), help: "consent, contract, legitimate-interest or legal-obligation.") var basis: LegalBasis?
    @Option(help: ArgumentHelp("Retention period: 24m, 2y.", valueName: "period")) var retention: RetentionArgument?
    @Option(help: ArgumentHelp("Contact fields the purpose needs, comma-separated.", valueName: "fields")) var fields: FieldListArgument?
    @Flag(help: "The new version changes what people agreed to: earlier consents become outdated.") var material = false
    @Flag(help: "The new version only corrects the wording: earlier consents stay valid.") var editorial = false
    @Flag(help: "Confirm a switch of the legal basis without being asked.") var yes = false

    func run() throws {
        try reportingErrors {
            if title == nil && description == nil && basis == nil && retention == nil && fields == nil {
                throw ZgodaError.invalidInput(ErrorReason(CLIText.Purpose.nothingToChange))
            }
            if material && editorial { throw ZgodaError.invalidInput(ErrorReason(CLIText.Purpose.materialOrEditorial)) }
            let store = try global.openStore()
            let kind: VersionChange? = material ? .material : editorial ? .editorial : nil
            var confirmed = yes
            if !confirmed, let basis, let old = store.state.purposes[id]?.legalBasis, old != basis {
                confirmed = try Confirmation.ask(CLIText.Purpose.switchQuestion(id, from: old.rawValue, to: basis.rawValue).text,
                                                 expect: CLIText.Confirm.yes.text, refusal: CLIText.Purpose.switchRefused)
            }
            let o = try store.editPurpose(id, change: kind, basisSwitchConfirmed: confirmed) { p in
                if let title { p.title = title }
                if let description { p.description = description }
                if let basis { p.legalBasis = basis }
                if let retention { p.retention = retention.value }
                if let fields { p.neededFields = fields.fields }
            }
            let p = o.after
            typealias T = CLIText.Purpose
            switch o.versionChange {
            case nil: Output.note(o.unchanged ? CLIText.Contact.nothingChanged.text : T.changedSameVersion(id, version: Int(p.version)).text)
            case .material?: Output.note(T.material(id, version: Int(p.version)).text)
            case .editorial?: Output.note(T.editorial(id, version: Int(p.version), consentsFrom: Int(p.consentsFrom)).text)
            }
            if o.basisSwitched { Output.note(T.basisSwitched(from: o.before.legalBasis.rawValue, to: p.legalBasis.rawValue).text) }
        }
    }
}

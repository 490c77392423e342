import ArgumentParser
import ZgodaCore

/// `zgoda purpose …`
struct PurposeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "purpose",
        abstract: HelpText.Purpose.abstract.text,
        subcommands: [PurposeList.self, PurposeAdd.self, PurposeEdit.self]) }
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
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.Purpose.list.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

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
                    t.add(p.id, p.shownTitle, CLIText.Cells.legalBasis(p.legalBasis), p.retention.description, "v\(p.version)", "v\(p.consentsFrom)",
                          p.neededFields.map(\.rawValue).joined(separator: ","))
                }
                Output.line(t.rendered())
            }
        }
    }
}

struct PurposeAdd: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: HelpText.Purpose.add.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Purpose.newID)) var id: String
    @Option(help: ArgumentHelp(HelpText.Purpose.title)) var title: String
    @Option(help: ArgumentHelp(HelpText.Purpose.descriptionOnAdd)) var description: String = ""
    @Option(name: .customLong("basis"), help: ArgumentHelp(HelpText.Purpose.basis)) var basis: LegalBasis = .consent
    @Option(help: ArgumentHelp(HelpText.Purpose.retentionOnAdd, valueName: "period")) var retention: RetentionArgument = .init(Retention(months: 24))
    @Option(help: ArgumentHelp(HelpText.Purpose.fieldsOnAdd, valueName: "fields")) var fields: FieldListArgument?
    @Option(name: .customLong("title-pl"), help: ArgumentHelp(HelpText.Purpose.titlePL)) var titlePL: String?
    @Option(name: .customLong("description-pl"), help: ArgumentHelp(HelpText.Purpose.descriptionPL)) var descriptionPL: String?
    @Option(name: .customLong("recipient"), help: ArgumentHelp(HelpText.Purpose.recipient, valueName: "recipient")) var recipients: [String] = []
    @Flag(name: .customLong("automated-decisions"), help: ArgumentHelp(HelpText.Purpose.automated)) var automated = false

    func run() throws {
        try reportingErrors {
            // Read here, not as an argument type: a bad one is one `zgoda: error:` line.
            let recipients = try self.recipients.map { spec throws(ZgodaError) in try Recipient(parsing: spec) }
            var translations: [Language: PurposeWording] = [:]
            if titlePL != nil || descriptionPL != nil {
                translations[.pl] = PurposeWording(title: titlePL ?? "", description: descriptionPL ?? "")
            }
            let store = try global.openStore()
            var purpose = Purpose(id: id, title: title, description: description, legalBasis: basis,
                                  retention: retention.value, neededFields: fields?.fields ?? [],
                                  translations: translations, recipients: recipients)
            purpose.automatedDecisions = automated
            try store.addPurpose(purpose)
            Output.note(CLIText.Purpose.added(id).text)
        }
    }
}

struct PurposeEdit: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "edit",
        abstract: HelpText.Purpose.edit.text,
        discussion: HelpText.Purpose.editDiscussion.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Purpose.id)) var id: String
    @Option(help: ArgumentHelp(HelpText.Purpose.title)) var title: String?
    @Option(help: ArgumentHelp(HelpText.Purpose.descriptionOnEdit)) var description: String?
    @Option(name: .customLong("basis"), help: ArgumentHelp(HelpText.Purpose.basis)) var basis: LegalBasis?
    @Option(help: ArgumentHelp(HelpText.Purpose.retentionOnEdit, valueName: "period")) var retention: RetentionArgument?
    @Option(help: ArgumentHelp(HelpText.Purpose.fieldsOnEdit, valueName: "fields")) var fields: FieldListArgument?
    @Flag(help: ArgumentHelp(HelpText.Purpose.material)) var material = false
    @Flag(help: ArgumentHelp(HelpText.Purpose.editorial)) var editorial = false
    @Flag(help: ArgumentHelp(HelpText.Purpose.yes)) var yes = false
    @Option(name: .customLong("title-pl"), help: ArgumentHelp(HelpText.Purpose.titlePLOnEdit)) var titlePL: String?
    @Option(name: .customLong("description-pl"), help: ArgumentHelp(HelpText.Purpose.descriptionPL)) var descriptionPL: String?
    @Option(name: .customLong("recipient"), help: ArgumentHelp(HelpText.Purpose.recipientOnEdit, valueName: "recipient")) var recipients: [String] = []
    @Flag(name: .customLong("no-recipients"), help: ArgumentHelp(HelpText.Purpose.noRecipients)) var noRecipients = false
    @Option(name: .customLong("automated-decisions"), help: ArgumentHelp(HelpText.Purpose.automatedOnEdit)) var automated: YesNo?

    func run() throws {
        try reportingErrors {
            if title == nil && description == nil && basis == nil && retention == nil && fields == nil
                && titlePL == nil && descriptionPL == nil && recipients.isEmpty && !noRecipients && automated == nil {
                throw ZgodaError.invalidInput(ErrorReason(CLIText.Purpose.nothingToChange))
            }
            if material && editorial { throw ZgodaError.invalidInput(ErrorReason(CLIText.Purpose.materialOrEditorial)) }
            if noRecipients && !recipients.isEmpty { throw ZgodaError.invalidInput(ErrorReason(CLIText.Purpose.recipientsOrNone)) }
            let newRecipients = try recipients.map { spec throws(ZgodaError) in try Recipient(parsing: spec) }
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
                if noRecipients { p.recipients = [] } else if !newRecipients.isEmpty { p.recipients = newRecipients }
                if let automated { p.automatedDecisions = automated == .yes }
                if titlePL != nil || descriptionPL != nil {
                    let was = p.translations[.pl]
                    let polish = PurposeWording(title: titlePL ?? was?.title ?? "", description: descriptionPL ?? was?.description ?? "")
                    p.translations[.pl] = polish.title.isEmpty && polish.description.isEmpty ? nil : polish
                }
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

/// An option that sets a yes-or-no property of a purpose on edit.
enum YesNo: String, ExpressibleByArgument, CaseIterable { case yes, no }

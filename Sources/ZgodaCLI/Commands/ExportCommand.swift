import ArgumentParser
import Foundation
import ZgodaCore

/// The exchange formats as command-line values.
enum ExchangeFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, vcard
    var core: InterchangeFormat { InterchangeFormat(rawValue: rawValue)! }
}

/// `zgoda export`
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: HelpText.Export.abstract.text,
        discussion: HelpText.Export.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Export.format)) var format: ExchangeFormat
    @Option(help: ArgumentHelp(HelpText.Export.query)) var query: String?
    @Option(help: ArgumentHelp(HelpText.Export.consent, valueName: "purpose=status"))
    var consent: [ConsentFilter] = []
    @Option(name: .customLong("id"), help: ArgumentHelp(HelpText.Export.id, valueName: "id"))
    var ids: [String] = []
    @Option(name: .shortAndLong, help: ArgumentHelp(HelpText.Export.output, valueName: "file"))
    var output: String
    @Flag(help: ArgumentHelp(HelpText.Export.force))
    var force = false
    @Flag(name: .customLong("preferences-links"), help: ArgumentHelp(HelpText.Export.preferencesLinks))
    var preferencesLinks = false
    @Option(name: .customLong("link-expires"), help: ArgumentHelp(HelpText.Export.linkExpires, valueName: "lifetime"))
    var linkExpires: String = "90d"
    @OptionGroup var url: PublicURLOption

    func run() throws {
        try reportingErrors {
            let links = preferencesLinks ? PreferencesLinks(base: try url.resolved(), lifetime: try LinkLifetime(parsing: linkExpires)) : nil
            let store = try global.openStore()
            let selection = ExportSelection(query: query, consent: consent.map { ConsentCriterion(purpose: $0.purpose, status: $0.status) },
                                            ids: ids.map { ContactID($0) })
            let result = try ProgressLine.run(quiet: global.quiet) { progress in
                try Exporter.export(store: store, format: format.core, selection: selection,
                                    destination: output == "-" ? .standardOutput : .file(output), replacing: force,
                                    preferencesLinks: links, progress: progress)
            }
            if let bytes = result.output { FileHandle.standardOutput.write(Data(bytes)) }
            Output.note(result.receiptLine)
        }
    }
}

import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda import`
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: HelpText.Import.abstract.text,
        discussion: HelpText.Import.discussion.text) }

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Import.file)) var file: String
    @Option(help: ArgumentHelp(HelpText.Import.format)) var format: ExchangeFormat?
    @Flag(help: ArgumentHelp(HelpText.Import.dryRun)) var dryRun = false
    @Option(help: ArgumentHelp(HelpText.Import.report)) var report: ReportFormat = .text
    @Option(name: .customLong("map"), help: ArgumentHelp(HelpText.Import.map, valueName: "COLUMN=FIELD"))
    var maps: [String] = []
    @Option(help: ArgumentHelp(HelpText.Import.duplicates))
    var duplicates: DuplicatesChoice = .skip
    @Flag(name: .customLong("from-person"), help: ArgumentHelp(HelpText.Notice.fromPerson)) var fromPerson = false

    enum DuplicatesChoice: String, ExpressibleByArgument, CaseIterable { case skip, update, add }

    func run() throws {
        try reportingErrors {
            let options = ImportOptions(columns: try maps.map(ImportOptions.parseMap),
                                        duplicates: ImportOptions.Duplicates(rawValue: duplicates.rawValue) ?? .skip)
            let store = try global.openStore()
            let result: ImportReport
            do {
                result = try ProgressLine.run(quiet: global.quiet) { progress in
                    try Importer.run(store: store, file: file, format: format?.core, dryRun: dryRun, options: options,
                                     fromPerson: fromPerson, progress: progress)
                }
            } catch ZgodaError.interrupted {
                Output.note(CLIText.Interchange.importStopped.text)
                throw ZgodaError.interrupted
            }
            switch report {
            case .json:
                Output.json(result.json)
            case .text:
                for line in result.lines { Output.line(SafeText.visible(line)) }
                // The preview shows how the columns were read, so that --map can correct it.
                if dryRun, let columns = result.columnLine { Output.line(columns) }
            }
            if dryRun {
                Output.note(CLIText.Interchange.dryRun.text)
            } else if let receipt = result.receipt {
                Output.note(CLIText.Interchange.imported((file as NSString).lastPathComponent, receipt: "\(receipt)").text)
                if !fromPerson && result.added > 0 {
                    Output.note(CLIText.Notice.toTell(result.added, by: Deadlines.response(received: Day(store.now))).text)
                }
            }
        }
    }
}

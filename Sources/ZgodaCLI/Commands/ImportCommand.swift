import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda import`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import contacts from CSV (Excel, Google Contacts), vCard (phones) or Zgoda's JSON.",
        discussion: """
            Prints `N added, M updated, K rejected, S skipped (asked to be forgotten)` and a line per \
            rejected, skipped, duplicate or updated record. A record whose e-mail or phone is already \
            in Zgoda is a duplicate: skipped unless --duplicates says update or add. Everything valid \
            is saved together, or nothing with --dry-run, which also shows how each column was read; \
            correct it with --map "Work Phone=phone". See docs/import-export.md for the column names recognised.
            """)

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The file to import.") var file: String
    @Option(help: "csv, vcard or json (else guessed from the file name).") var format: ExchangeFormat?
    @Flag(help: "Report what would be imported, and change nothing.") var dryRun = false
    @Option(help: "text or json: how the report is printed.") var report: ReportFormat = .text
    @Option(name: .customLong("map"), help: ArgumentHelp("COLUMN=FIELD: read a CSV column as a field (name, given-name, family-name, nickname, email, phone, company, position, city, tags, notes, consent:PURPOSE, ignore); repeatable.", valueName: "COLUMN=FIELD"))
    var maps: [String] = []
    @Option(help: "skip, update or add: what to do with a record whose e-mail or phone is already in Zgoda.")
    var duplicates: DuplicatesChoice = .skip

    enum DuplicatesChoice: String, ExpressibleByArgument, CaseIterable { case skip, update, add }

    func run() throws {
        try reportingErrors {
            let options = ImportOptions(columns: try maps.map(ImportOptions.parseMap),
                                        duplicates: ImportOptions.Duplicates(rawValue: duplicates.rawValue) ?? .skip)
            let store = try global.openStore()
            let result: ImportReport
            do {
                result = try ProgressLine.run(quiet: global.quiet) { progress in
                    try Importer.run(store: store, file: file, format: format?.core, dryRun: dryRun, options: options, progress: progress)
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
            }
        }
    }
}

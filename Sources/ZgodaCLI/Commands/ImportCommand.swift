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
            rejected, skipped or updated record. A person whose e-mail is already in Zgoda is updated, \
            not duplicated. Everything valid is saved together, or nothing with --dry-run. \
            See docs/import-export.md for the column names recognised.
            """)

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The file to import.") var file: String
    @Option(help: "csv, vcard or json (else guessed from the file name).") var format: ExchangeFormat?
    @Flag(help: "Report what would be imported, and change nothing.") var dryRun = false
    @Option(help: "text or json: how the report is printed.") var report: ReportFormat = .text

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let result = try Importer.run(store: store, file: file, format: format?.core, dryRun: dryRun)
            switch report {
            case .json:
                Output.json(result.json)
            case .text:
                for line in result.lines { Output.line(SafeText.visible(line)) }
            }
            if dryRun {
                Output.note("dry run: nothing was changed")
            } else if let receipt = result.receipt {
                Output.note("imported \((file as NSString).lastPathComponent) (receipt \(receipt))")
            }
        }
    }
}

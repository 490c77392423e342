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
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export contacts as CSV, JSON (the portability format) or vCard 4.0; every export is recorded in the history.",
        discussion: """
            `--consent email-marketing=granted` gives the mailing list of the people who consent now. \
            Anonymised people are never exported. The journal head at the time of the export is printed \
            on stderr as a receipt (and is the "receipt" field of the JSON).
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "csv, json or vcard.") var format: ExchangeFormat
    @Option(help: "Only contacts matching these words (as in 'contact list --query').") var query: String?
    @Option(help: ArgumentHelp("Only contacts with this consent status, e.g. email-marketing=granted; repeat to combine.", valueName: "purpose=status"))
    var consent: [ConsentFilter] = []
    @Option(name: .customLong("id"), help: ArgumentHelp("Exactly this person (repeat for several); with --format json, the portability copy (Art. 20).", valueName: "id"))
    var ids: [String] = []
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String
    @Flag(help: "Replace the output file if it exists (without it, an existing file is an error and nothing is exported).")
    var force = false
    @Flag(name: .customLong("preferences-links"), help: "Add a column 'preferences_link': a new personal consent link per person (CSV only; each is recorded), for the footer of a mailing.")
    var preferencesLinks = false
    @Option(name: .customLong("link-expires"), help: ArgumentHelp("How long those links work: 90d, 12w, or a day (YYYY-MM-DD).", valueName: "lifetime"))
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

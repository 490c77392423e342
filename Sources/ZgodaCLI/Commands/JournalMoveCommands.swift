import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda export-journal`
struct ExportJournalCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export-journal",
        abstract: HelpText.JournalMove.exportAbstract.text,
        discussion: HelpText.JournalMove.exportDiscussion.text) }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.JournalMove.output, valueName: "file")) var output: String
    @Flag(help: ArgumentHelp(HelpText.JournalMove.force)) var force = false

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(createIfMissing: false)
            let moved = try store.exportJournal(to: output, replacing: force)
            Output.note(CLIText.Integrity.journalWritten(records: Int(moved.records), keySlots: Int(moved.keySlots), to: output, head: "\(moved.head)").text)
        }
    }
}

/// `zgoda import-journal`
struct ImportJournalCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import-journal",
        abstract: HelpText.JournalMove.importAbstract.text,
        discussion: HelpText.JournalMove.importDiscussion.text) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.JournalMove.file, valueName: "file")) var file: String
    @Option(name: .customLong("postgres"), help: ArgumentHelp(HelpText.JournalMove.postgres, valueName: "postgres://user@host/db"))
    var postgres: String?

    func run() throws {
        try reportingErrors {
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: file)) else {
                throw ZgodaError.io(ErrorReason(CLIText.Integrity.cannotRead(file)))
            }
            let bundle = try JournalBundle(decoding: Array(bytes), origin: file)
            if postgres != nil && global.operatorName != nil { throw TeamDatabaseOptions.operatorRefused }
            let moved = try Store.importJournal(bundle, into: global.directory, options: global.storeOptions(), database: postgres)
            let team = try Store.teamDatabase(of: global.directory)
            Output.note(CLIText.Integrity.journalImported(records: Int(moved.records), keySlots: Int(moved.keySlots), team: team,
                                                          directory: global.directory.path, head: "\(moved.head)").text)
        }
    }
}

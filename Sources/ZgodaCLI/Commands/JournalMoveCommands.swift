import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda export-journal`
struct ExportJournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-journal",
        abstract: "Write the whole store (journal, keys, zgoda.json) to one file, to move it to a team database or back.",
        discussion: "The records go byte for byte: the hash chain and the head stay the same. The file holds everyone's personal data and keys (mode 0600); the export is recorded, naming everyone in it.")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The file to write.", valueName: "file")) var output: String
    @Flag(help: "Replace the output file if it exists.") var force = false

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
    static let configuration = CommandConfiguration(
        commandName: "import-journal",
        abstract: "Make a new store from an export-journal file: a data directory, or with --postgres an empty team database.",
        discussion: "The destination must be new: an empty or absent --data-dir, and with --postgres a database with no Zgoda schema (its owner runs this: the records keep the operators they name). The new store is opened and must end at the file's head.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The file written by export-journal.", valueName: "file")) var file: String
    @Option(name: .customLong("postgres"), help: ArgumentHelp("Put the records in this team database, with --data-dir as its first member's directory.", valueName: "postgres://user@host/db"))
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

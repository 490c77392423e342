import ArgumentParser
import ZgodaCore

/// `zgoda verify`
struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "verify",
        abstract: HelpText.Integrity.verify.text,
        discussion: HelpText.Integrity.verifyDiscussion.text) }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON))
    var format: VerifyFormat = .table

    enum VerifyFormat: String, ExpressibleByArgument { case table, json }

    func run() throws {
        var ok = true
        try reportingErrors {
            let report = try ProgressLine.run(quiet: global.quiet) { progress in
                try Verifier.verify(global.directory, options: global.storeOptions(createIfMissing: false), progress: progress)
            }
            ok = report.ok
            switch format {
            case .json:
                Output.json(.object([
                    ("ok", .bool(report.ok)),
                    ("records", .int(Int(report.records))),
                    ("snapshots", .int(report.snapshotsChecked)),
                    ("keySlots", .int(report.keySlotsChecked)),
                    ("contacts", .int(report.contactsChecked)),
                    ("head", .string(report.head)),
                    ("problems", .array(report.problems.map { p in
                        .object([("seq", p.seq.map { .int(Int($0)) } ?? .null), ("file", .string(p.file)), ("message", .string(p.message))])
                    })),
                    ("notes", .array(report.notes.map { .string($0) })),
                ]))
            case .table:
                for p in report.problems { Output.line(SafeText.visible("FAIL  \(p.file.isEmpty ? "" : p.file + ": ")\(p.wording.text)")) }
                for n in report.noteTexts { Output.line(SafeText.visible("note  \(n.text)")) }
                Output.line("\(report.ok ? "OK" : "DAMAGED")  " + CLIText.Integrity.checked(
                    records: Int(report.records), snapshots: report.snapshotsChecked, keySlots: report.keySlotsChecked,
                    contacts: report.contactsChecked).text)
                Output.line("head  \(report.head)")
            }
        }
        if !ok { throw ExitCode.failure }
    }
}

/// `zgoda compact`
struct CompactCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "compact",
        abstract: HelpText.Integrity.compact.text) }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(createIfMissing: false)
            try ProgressLine.run(quiet: global.quiet) { progress in
                progress.begin(CLIText.Integrity.writingSnapshot(store.state.contacts.count).text)
                try store.compact()
            }
            Output.note(CLIText.Integrity.snapshotWritten("\(store.lastSeq)").text)
        }
    }
}

/// `zgoda repair`
struct RepairCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "repair",
        abstract: HelpText.Integrity.repair.text) }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let result = try Repairer.repair(global.directory, options: global.storeOptions(createIfMissing: false))
            for line in result.lines { Output.line(SafeText.visible(line)) }
            for line in result.unresolved { Output.line(SafeText.visible("NOT REPAIRED  \(line)")) }
            if !result.unresolved.isEmpty {
                throw ZgodaError.damaged(ErrorReason(CLIText.Integrity.notRepaired(result.unresolved.count)))
            }
        }
    }
}

import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda`: with no subcommand, the terminal UI; every operation is also a subcommand.
public struct ZgodaCommand: ParsableCommand {
    public static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "zgoda",
        abstract: HelpText.Root.abstract.text,
        discussion: HelpText.Root.discussion.text,
        subcommands: [
            InitCommand.self, DemoCommand.self, ContactCommand.self, PurposeCommand.self, AdminCommand.self,
            ConsentCommand.self, HistoryCommand.self, VerifyCommand.self, CompactCommand.self, RepairCommand.self,
            ExportCommand.self, ImportCommand.self,
            FormCommand.self, ReportCommand.self, AnonymizeCommand.self, RequestCommand.self, RetentionCommand.self,
            PassphraseCommand.self, ServeCommand.self, LinkCommand.self, RegisterCommand.self, BreachCommand.self, NoticeCommand.self,
            TeamCommand.self, ExportJournalCommand.self, ImportJournalCommand.self,
        ]
    ) }

    @OptionGroup public var global: GlobalOptions

    @Option(help: ArgumentHelp(HelpText.Root.theme))
    public var theme: String?

    public init() {}

    public func run() throws {
        try TUILauncher.launch(global: global, theme: theme)
    }
}

/// Runs a command body and turns core errors into the contract's one-line message and exit 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch ZgodaError.interrupted {
        // Ctrl-C during long work: what was saved stays saved; the command said what, if anything.
        Output.note(CLIText.Run.interrupted.text)
        throw ExitCode(130)
    } catch let e as ZgodaError {
        Output.error(e.description)
        throw ExitCode.failure
    }
}

import ArgumentParser
import Foundation
import ZgodaCore
import ZgodaTerminal
import ZgodaViewModels

/// Opens the terminal UI. Lives in its own file so the CLI's command list stays readable.
enum TUILauncher {
    static func launch(global: GlobalOptions, theme: String?) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Output.error("the terminal UI needs a terminal; see 'zgoda --help' for commands")
            throw ExitCode.failure
        }
        try reportingErrors {
            let store = try global.openStore()
            let (chosen, problem) = ThemeLoader().load(requested: theme ?? UserConfig.load().theme)
            var message: StatusLine?
            // What the open found (damage, a read-only directory, a shortened journal) is said
            // on the screen too: the warnings printed before it are hidden behind it.
            if let reason = store.readOnlyReason {
                message = StatusLine("read-only: \(reason)", isError: true)
            } else if let first = store.warnings.first {
                message = StatusLine(first, isError: true)
            }
            if let problem {
                Output.error("\(problem); using the default theme")
                message = StatusLine("theme: \(problem); using the default theme", isError: true)
            }
            let status = try TerminalApp(store: store, theme: chosen, startupMessage: message).run()
            if status != 0 { throw ExitCode(status) }
        }
    }
}

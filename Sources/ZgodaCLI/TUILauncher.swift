import ArgumentParser
import Foundation
import ZgodaCore
import ZgodaTerminal
import ZgodaViewModels

/// Opens the terminal UI. Lives in its own file so the CLI's command list stays readable.
enum TUILauncher {
    static func launch(global: GlobalOptions, theme: String?) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Output.error(CLIText.Run.needsTerminal.text)
            throw ExitCode.failure
        }
        try reportingErrors {
            let directory = global.directory
            var options = global.storeOptions()
            // Asked before the screen is taken: the store opens while the first frame shows.
            if Store.needsPassphrase(directory) {
                let pass = try Passphrase.provider()
                options.passphrase = { pass }
            }
            let (chosen, problem) = ThemeLoader().load(requested: theme ?? UserConfig.load().theme)
            if let problem { Output.error(CLIText.Run.themeProblem("\(problem)").text) }
            let frozen = options
            // The list from the saved search index while everyone is read (an unencrypted
            // directory with a current index; `SearchCache.load` says nil otherwise).
            let preview: TerminalApp.PreviewSource = {
                guard let index = SearchCache.load(directory) else { return nil }
                return (index, { people in try? Store.openWindow(directory, options: frozen, people: people) })
            }
            let app = TerminalApp(open: { try Store.open(directory, options: frozen) }, preview: preview,
                                  directory: directory.path, theme: chosen) { store in
                // What the open found (damage, a read-only directory, a shortened journal) is
                // said on the screen; the theme's problem last, as it is the newest.
                if let problem { return StatusLine(CLIText.Run.themeStatus("\(problem)").text, isError: true) }
                if let reason = store.readOnlyReason { return StatusLine(CLIText.Run.readOnlyStatus(reason).text, isError: true) }
                return store.warnings.first.map { StatusLine($0, isError: true) }
            }
            let (status, store) = try app.run()
            // Printed once the terminal is given back, where they can be read.
            if let store {
                for w in store.warnings { Output.warn(w) }
                if store.writable, let reason = store.readOnlyReason {
                    Output.warn(CLIText.Integrity.readOnly(reason).text)
                }
            }
            if status != 0 { throw ExitCode(status) }
        }
    }
}

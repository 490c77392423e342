import ArgumentParser
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

extension ZgodaCommand {
    /// Runs the command line. A value or option the parser rejects (a bad `--source`, a
    /// missing argument) is reported like every other error: one `zgoda: error: …` line and
    /// exit status 1, with the usage left to `--help`. Help, version and the commands' own exit
    /// codes are ArgumentParser's.
    ///
    /// The language is settled before parsing and bound around it and around the printing of
    /// help and errors: ArgumentParser builds a help screen by reading the commands'
    /// `configuration` and making the commands (which evaluates their `help:`), so the screen
    /// is in the language of the run. A `--lang` Zgoda does not speak parses in English and is
    /// then reported as an error.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        let explicit = languageArgument(arguments ?? Array(CommandLine.arguments.dropFirst()))
        let environment = ProcessInfo.processInfo.environment
        // The config file names a language too, so a fault in it is told in the language
        // `--lang` or the locale asks for.
        let beforeConfig = (try? Language.resolve(explicit: explicit, configured: nil, environment: environment)) ?? .en
        let config = Language.$current.withValue(beforeConfig) { UserConfig.load() }
        let resolved = Result {
            try Language.resolve(explicit: explicit, configured: config.language, environment: environment)
        }
        let language = (try? resolved.get()) ?? .en
        do {
            var command = try Language.$current.withValue(language) { try parseAsRoot(arguments) }
            if case .failure(let refused) = resolved {
                Output.error(String(describing: refused))
                Glibc.exit(ExitCode.failure.rawValue)
            }
            try Language.$current.withValue(language) {
                try command.run()
            }
            Glibc.exit(0)
        } catch {
            Language.$current.withValue(language) { exitReporting(error) }
        }
    }

    /// Prints what ends the run, as ArgumentParser's `exit(withError:)` would (help on stdout,
    /// anything else on stderr), with a help screen's own headings in the language of the run.
    private static func exitReporting(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .validationFailure {
            let text = message(for: error).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            Output.error(ParseErrorText.localized(lowercasedFirst(text), in: Language.current) + " " + ParseErrorText.seeHelp.text)
            Glibc.exit(ExitCode.failure.rawValue)
        }
        // Polish help is wrapped again where its options' appended parts are translated, so it
        // is rendered to a width known here; English is ArgumentParser's own.
        let text = Language.current == .en ? fullMessage(for: error) : fullMessage(for: error, columns: HelpScaffold.screenWidth)
        if !text.isEmpty {
            if code == .success {
                print(HelpScaffold.localized(text, in: Language.current))
            } else {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
        }
        Glibc.exit(code.rawValue)
    }

    /// The value of `--lang` wherever it stands (every command takes it, through
    /// `GlobalOptions`), read here so that the whole run speaks it, errors included.
    static func languageArgument(_ arguments: [String]) -> String? {
        var found: String?
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count { found = arguments[i + 1]; i += 1 }
            else if a.hasPrefix("--lang=") { found = String(a.dropFirst("--lang=".count)) }
            i += 1
        }
        return found
    }

    private static func lowercasedFirst(_ s: String) -> String {
        guard let first = s.first, s.dropFirst().first?.isLowercase ?? true else { return s }
        return first.lowercased() + s.dropFirst()
    }
}

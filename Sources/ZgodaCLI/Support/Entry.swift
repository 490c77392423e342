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
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            let language: Language
            do {
                language = try Language.resolve(explicit: languageArgument(arguments ?? Array(CommandLine.arguments.dropFirst())),
                                                configured: UserConfig.load().language,
                                                environment: ProcessInfo.processInfo.environment)
            } catch let e as ZgodaError {
                Output.error(e.description)
                Glibc.exit(ExitCode.failure.rawValue)
            }
            try Language.$current.withValue(language) {
                try command.run()
            }
            Glibc.exit(0)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let text = message(for: error).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            Output.error(lowercasedFirst(text) + " (see --help)")
            Glibc.exit(ExitCode.failure.rawValue)
        }
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

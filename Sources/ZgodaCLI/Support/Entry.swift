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
            try command.run()
            Glibc.exit(0)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let text = message(for: error).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            Output.error(lowercasedFirst(text) + " (see --help)")
            Glibc.exit(ExitCode.failure.rawValue)
        }
    }

    private static func lowercasedFirst(_ s: String) -> String {
        guard let first = s.first, s.dropFirst().first?.isLowercase ?? true else { return s }
        return first.lowercased() + s.dropFirst()
    }
}

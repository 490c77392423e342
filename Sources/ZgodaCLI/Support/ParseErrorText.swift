import Foundation
import ZgodaCore

/// The messages ArgumentParser writes when it refuses a command line ("Missing expected
/// argument '<id>'"), in Polish for a Polish run. The library has no hook for its own words, so
/// a message is matched whole against the forms its `ErrorMessageGenerator` makes and rewritten
/// with the same quoted parts; a message of another form (a newer library's) stays as written.
enum ParseErrorText {
    /// One form: a pattern over the whole (one-line) message and its Polish, `$1`… the parts.
    private static let forms: [(pattern: String, polish: String)] = [
        (#"^missing expected argument '(.+)'$"#, "brak wymaganego argumentu '$1'"),
        (#"^missing one of: (.+)$"#, "brak jednego z: $1"),
        (#"^unknown option '([^']+)'\. Did you mean '([^']+)'\?$"#, "nieznana opcja '$1'; czy chodziło o '$2'?"),
        (#"^unknown option '(.+)'$"#, "nieznana opcja '$1'"),
        (#"^missing value for '(.+)'$"#, "brak wartości dla '$1'"),
        (#"^unexpected argument '(.+)'$"#, "nieoczekiwany argument '$1'"),
        (#"^(\d+) unexpected arguments: (.+)$"#, "nieoczekiwane argumenty ($1): $2"),
        (#"^missing required subcommand\.$"#, "brak wymaganego podpolecenia."),
        (#"^invalid option: (.+)$"#, "nieprawidłowa opcja: $1"),
        (#"^value to be set with (.+) had already been set with (.+)$"#, "wartość dla $1 podano już jako $2"),
        (#"^the value '(.*)' is invalid for '([^']+)'\. Please provide one of (.+)\.$"#,
         "wartość '$1' jest nieprawidłowa dla '$2'; podaj jedną z: $3."),
        (#"^the value '(.*)' is invalid for '([^']+)'\. Please provide one of the following: (.+)$"#,
         "wartość '$1' jest nieprawidłowa dla '$2'; podaj jedną z: $3"),
        (#"^the value '(.*)' is invalid for '([^']+)'$"#, "wartość '$1' jest nieprawidłowa dla '$2'"),
    ]

    /// `message` (already on one line, its first letter lowered) in `language`.
    static func localized(_ message: String, in language: Language) -> String {
        guard language == .pl else { return message }
        let range = NSRange(message.startIndex..., in: message)
        for form in forms {
            guard let regex = try? NSRegularExpression(pattern: form.pattern),
                  let match = regex.firstMatch(in: message, range: range) else { continue }
            var out = regex.replacementString(for: match, in: message, offset: 0, template: form.polish)
            // A list of values joined the English way.
            out = out.replacingOccurrences(of: "' or '", with: "' albo '").replacingOccurrences(of: "' and '", with: "' i '")
            return out
        }
        return message
    }

    /// What follows every refusal: where the usage is.
    static let seeHelp = Localized(en: "(see --help)", pl: "(zob. --help)")
}

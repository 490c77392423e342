import Foundation

/// The language a person reads Zgoda in. Machine-readable output (JSON keys and values, ids)
/// is the same in every language; everything a person reads follows this.
public enum Language: String, CaseIterable, Sendable {
    case pl, en

    /// `--lang`, else the config file's `language`, else the locale of the environment
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them: the first one set
    /// decides), else English. An explicit choice that is not a language Zgoda speaks is an
    /// error; a locale it does not speak means English.
    public static func resolve(explicit: String?, configured: String?, environment: [String: String]) throws -> Language {
        for (value, source) in [(explicit, "--lang"), (configured, "language in the config file")] {
            guard let value, !value.isEmpty else { continue }
            guard let language = Language(code: value) else {
                throw ZgodaError.invalidValue(field: source, reason: ErrorReason(
                    en: "'\(value)' is not a language Zgoda speaks (pl or en)",
                    pl: "„\(value)” nie jest językiem, którym mówi Zgoda (pl albo en)"))
            }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value) ?? .en
        }
        return .en
    }

    /// "pl", "PL", "en" — a language code as typed.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// A POSIX locale name: "pl_PL.UTF-8", "pl", "en_GB.utf8", "C". Nil for a language Zgoda
    /// does not speak.
    public init?(locale: String) {
        let language = locale.split(whereSeparator: { "_.@-".contains($0) }).first.map(String.init) ?? ""
        switch language.lowercased() {
        case "pl": self = .pl
        case "en", "c", "posix": self = .en
        default: return nil
        }
    }
}

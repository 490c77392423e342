import Foundation
import ZgodaCore
import TOMLKit

/// `$XDG_CONFIG_HOME/zgoda/config.toml` (else `~/.config/zgoda/config.toml`):
/// ```toml
/// operator = "Anna Nowak"
/// theme = "light"
/// language = "pl"                   # else the locale (LANG), else English
/// allow_shared_permissions = true   # a data directory shared by a group on one host
/// ```
public struct UserConfig: Sendable {
    public var operatorName: String?
    public var theme: String?
    public var allowSharedPermissions: Bool = false
    /// `database = "postgres://…"`: the team database a new data directory joins.
    public var database: String?
    /// `language = "pl"`: the language Zgoda speaks when `--lang` does not say.
    public var language: String?

    public static var path: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/zgoda/config.toml"
    }

    /// The config, or an empty one when the file is absent. A broken file is reported once on
    /// stderr and ignored.
    public static func load() -> UserConfig {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return UserConfig() }
        do {
            let table = try TOMLTable(string: text)
            return UserConfig(operatorName: table["operator"]?.string, theme: table["theme"]?.string,
                              allowSharedPermissions: table["allow_shared_permissions"]?.bool ?? false,
                              database: table["database"]?.string, language: table["language"]?.string)
        } catch {
            // TOMLKit's own description of the fault stays as it is, inside the sentence.
            Output.warn(Localized(en: "\(path): \(error); the config file is ignored",
                                  pl: "\(path): \(error); plik konfiguracji pominięto").text)
            return UserConfig()
        }
    }
}

import Foundation

/// Finds and loads the theme to use. Order: `NO_COLOR` (monochrome, always wins), then the
/// requested name (`--theme`, else the config file's `theme`, else `default`), looked up as a
/// path, then in `themes/` next to the executable's package, then `$XDG_DATA_HOME/zgoda/themes`,
/// then among the themes compiled into the binary.
public struct ThemeLoader: Sendable {
    public var environment: [String: String]
    public var executablePath: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "") {
        self.environment = environment
        self.executablePath = executablePath
    }

    /// The theme, and the problem that made it fall back to the default, if any.
    public func load(requested: String?) -> (theme: Theme, problem: ThemeError?) {
        if let nc = environment["NO_COLOR"], !nc.isEmpty { return (.monochrome, nil) }
        let fallback = Self.builtin("default")!
        let name = requested.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        do {
            return (try theme(named: name), nil)
        } catch {
            return (fallback, error)
        }
    }

    public func theme(named name: String) throws(ThemeError) -> Theme {
        let base = Self.builtin("default")
        if name.contains("/") || name.hasSuffix(".toml") {
            return try Self.read(path: name, base: base)
        }
        for dir in searchDirectories {
            let path = dir + "/" + name + ".toml"
            if FileManager.default.fileExists(atPath: path) { return try Self.read(path: path, base: base) }
        }
        if let t = Self.builtin(name) { return t }
        let known = Set(BuiltinThemes.sources.keys).union(availableNames).sorted().joined(separator: ", ")
        throw ThemeError(file: name, line: nil, message: "no such theme (available: \(known))")
    }

    /// Where theme files are looked for, in order.
    public var searchDirectories: [String] {
        var dirs: [String] = []
        if let d = Self.themesDirectory(above: executablePath) { dirs.append(d) }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        dirs.append(dataHome + "/zgoda/themes")
        return dirs
    }

    /// Names of the theme files found in the search directories.
    public var availableNames: [String] {
        searchDirectories.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
                .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        }
    }

    /// Walks up from the executable (e.g. `.build/debug/zgoda`) to the first directory holding
    /// a `themes/` folder: the package the binary was built from.
    static func themesDirectory(above executable: String) -> String? {
        guard !executable.isEmpty else { return nil }
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = url.appendingPathComponent("themes").path
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue,
               FileManager.default.fileExists(atPath: candidate + "/default.toml") {
                return candidate
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return nil
    }

    static func read(path: String, base: Theme?) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, line: nil, message: "cannot read the theme file")
        }
        // The shipped `themes/default.toml` is the compiled-in default, over which it would be
        // parsed to the same theme: taken as it is, which spares the first frame a TOML parse.
        if base == builtinDefault, let same = builtinDefault,
           text.trimmingCharacters(in: .newlines) == BuiltinThemes.sources["default"]?.trimmingCharacters(in: .newlines) {
            return same
        }
        return try ThemeParser.parse(text, file: path, base: base)
    }

    /// A theme compiled into the binary.
    public static func builtin(_ name: String) -> Theme? {
        if name == "default" { return builtinDefault }
        guard let source = BuiltinThemes.sources[name] else { return nil }
        return try? ThemeParser.parse(source, file: name + ".toml")
    }

    /// The default theme, parsed once: every start needs it (as the theme, or as the base of
    /// another), and a TOML parse is a good part of the time before the first frame.
    static let builtinDefault: Theme? = BuiltinThemes.sources["default"].flatMap { try? ThemeParser.parse($0, file: "default.toml") }
}

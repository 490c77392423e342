import TOMLKit

/// Reads a theme file:
/// ```toml
/// name = "default"
/// [roles]
/// selection = { fg = "black", bg = "cyan", attrs = ["bold"] }
/// "badge.granted" = { fg = "green" }
/// ```
/// Unknown roles, colours and attributes are errors that name the line, so a typo never
/// silently gives an unreadable screen.
public enum ThemeParser {
    public static func parse(_ text: String, file: String, base: Theme? = nil) throws(ThemeError) -> Theme {
        try rejectHeadersTOMLCannotParse(text, file: file)
        try ThemeSyntax.check(text, file: file)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw ThemeError(file: file, line: e.source.begin.line, message: e.description)
        } catch {
            throw ThemeError(file: file, line: nil, message: "not a TOML file")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func lineOf(_ key: String) -> Int? {
            let plain = key.split(separator: ".").last.map(String.init) ?? key
            for (i, l) in lines.enumerated() {
                let t = l.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("\"\(key)\"") || t.hasPrefix(key + " ") || t.hasPrefix(key + "=") || t.hasPrefix("[roles.\(key)]") { return i + 1 }
                if key.contains("."), t.hasPrefix(plain + " ") || t.hasPrefix(plain + "=") { return i + 1 }
            }
            return nil
        }
        let name = table["name"]?.string ?? String(file.split(separator: "/").last ?? "").replacingOccurrences(of: ".toml", with: "")
        guard let roles = table["roles"]?.table else {
            throw ThemeError(file: file, line: nil, message: "missing [roles] table")
        }
        var styles = base?.styles ?? [:]
        var flat: [(String, TOMLTable)] = []
        try flatten(roles, prefix: "", into: &flat, file: file, lineOf: lineOf)
        for (key, value) in flat {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(file: file, line: lineOf(key), message: "unknown role '\(key)' (see docs/themes.md)")
            }
            styles[role] = try style(value, key: key, file: file, line: lineOf(key))
        }
        return Theme(name: name, styles: styles)
    }

    /// A table header whose name does not start right after `[` or `[[` (`[# …`, `[=`) makes
    /// toml++ (inside TOMLKit) fail an assertion and abort the process instead of reporting a
    /// parse error, so such a line is refused here first. A theme never has a line that starts
    /// with `[` other than a table header.
    private static func rejectHeadersTOMLCannotParse(_ text: String, file: String) throws(ThemeError) {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            guard rest.first == "[" else { continue }
            rest = rest.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let c = rest.first, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" || c == "\"" || c == "'" else {
                throw ThemeError(file: file, line: i + 1, message: "a table name must follow '['")
            }
        }
    }

    /// Dotted keys (`badge.granted = {…}`) arrive as nested tables; a table holding style keys
    /// is a role, anything else is a group of roles.
    private static func flatten(_ t: TOMLTable, prefix: String, into out: inout [(String, TOMLTable)], file: String,
                                lineOf: (String) -> Int?) throws(ThemeError) {
        for key in t.keys {
            let full = prefix.isEmpty ? key : prefix + "." + key
            guard let sub = t[key]?.table else {
                throw ThemeError(file: file, line: lineOf(full), message: "'\(full)' must be a table like { fg = \"green\" }")
            }
            if sub.keys.contains(where: { ["fg", "bg", "attrs"].contains($0) }) || sub.keys.isEmpty {
                out.append((full, sub))
            } else {
                try flatten(sub, prefix: full, into: &out, file: file, lineOf: lineOf)
            }
        }
    }

    private static func style(_ t: TOMLTable, key: String, file: String, line: Int?) throws(ThemeError) -> Style {
        var s = Style()
        for k in t.keys {
            switch k {
            case "fg", "bg":
                let c: Color?
                if let n = t[k]?.int { c = (0...255).contains(n) ? .index(n) : nil }
                else if let n = t[k]?.string { c = Color(name: n) }
                else { c = nil }
                guard let c else {
                    throw ThemeError(file: file, line: line, message: "'\(key)': \(k) must be a colour name (red, bright-blue, default…) or 0–255")
                }
                if k == "fg" { s.fg = c } else { s.bg = c }
            case "attrs":
                guard let arr = t[k]?.array else {
                    throw ThemeError(file: file, line: line, message: "'\(key)': attrs must be a list like [\"bold\"]")
                }
                for v in arr {
                    guard let n = v.string, let a = Attributes.names[n] else {
                        throw ThemeError(file: file, line: line, message: "'\(key)': unknown attribute (use bold, reverse, underline, dim)")
                    }
                    s.attributes.insert(a)
                }
            default:
                throw ThemeError(file: file, line: line, message: "'\(key)': unknown key '\(k)' (use fg, bg, attrs)")
            }
        }
        return s
    }
}

import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// ArgumentParser's own words around a help screen (`OVERVIEW:`, `USAGE:`, the section
/// headings, the `--help` line, the pointer to `zgoda help`), which the library cannot translate,
/// put into Polish once the screen is rendered. Only whole lines, or a heading at the start of
/// its line, and only where the library writes them, are replaced: never words inside the
/// commands' own texts. The `(values: …; default: …)` the library appends to an option's text
/// is translated only where the option's lines, unwrapped and wrapped again as the library
/// wraps them, give back exactly what was printed: then the appended part is known to be the
/// library's, and the option is wrapped again with it in Polish. Anything else stays as it is.
enum HelpScaffold {
    /// Section headings, each alone on its line.
    private static let headings: [String: String] = [
        "ARGUMENTS:": "ARGUMENTY:",
        "OPTIONS:": "OPCJE:",
        "SUBCOMMANDS:": "PODPOLECENIA:",
    ]

    /// The help flag's line as the library pads it (labels take 26 columns).
    private static let helpLine = (en: "  -h, --help              Show help information.",
                                   pl: "  -h, --help              Pokaż pomoc.")

    private static let overview = (en: "OVERVIEW: ", pl: "OPIS: ")
    private static let usage = (en: "USAGE: ", pl: "UŻYCIE: ")
    private static let seeHelp = (prefix: "  See '", suffix: " <subcommand>' for detailed help.")
    private static let defaultSubcommand = (en: " (default)", pl: " (domyślne)")

    /// `text` (a help screen rendered in `language`) with the library's words in that language.
    static func localized(_ text: String, in language: Language) -> String {
        guard language == .pl else { return text }
        var lines = optionsInPolish(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        var section = ""
        var inUsage = false
        for i in lines.indices {
            let line = lines[i]
            if line.isEmpty { inUsage = false; continue }
            if let heading = headings[line] {
                section = line
                lines[i] = heading
            } else if i == 0, line.hasPrefix(overview.en) {
                lines[i] = overview.pl + line.dropFirst(overview.en.count)
            } else if line.hasPrefix(usage.en), !line.hasPrefix(" ") {
                lines[i] = usage.pl + line.dropFirst(usage.en.count)
                inUsage = true
            } else if inUsage, line.hasPrefix(String(repeating: " ", count: usage.en.count)) {
                // The usage's hanging indent follows its heading's width.
                lines[i] = String(repeating: " ", count: usage.pl.count - usage.en.count) + line
            } else if line == helpLine.en {
                lines[i] = helpLine.pl
            } else if line.hasPrefix(seeHelp.prefix), line.hasSuffix(seeHelp.suffix) {
                let command = line.dropFirst(seeHelp.prefix.count).dropLast(seeHelp.suffix.count)
                lines[i] = "  Szczegółowa pomoc: '\(command) <subcommand>'."
            } else if section == "SUBCOMMANDS:" {
                lines[i] = markingDefault(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The width ArgumentParser wraps help to: `$COLUMNS`, else the terminal's, else 80.
    static var screenWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Where an option's or argument's text starts (ArgumentParser's label column).
    private static let textColumn = 26

    /// The options and arguments of a screen wrapped to `screenWidth`, each with the part the
    /// library appended in Polish: `(wartości: table, json; domyślnie: table)`.
    private static func optionsInPolish(_ lines: [String]) -> [String] {
        let indent = String(repeating: " ", count: textColumn)
        var out: [String] = []
        var section = ""
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if headings[line] != nil || line.isEmpty { section = line.isEmpty ? section : line }
            guard section == "ARGUMENTS:" || section == "OPTIONS:", line.hasPrefix("  "), !line.hasPrefix("   ") else {
                out.append(line); i += 1; continue
            }
            var end = i + 1
            while end < lines.count, lines[end].hasPrefix(indent) { end += 1 }
            let element = Array(lines[i..<end])
            out.append(contentsOf: polishOption(element) ?? element)
            i = end
        }
        return out
    }

    /// One option's lines with the library's appended part in Polish, or nil when the lines
    /// are not exactly what the library makes of a label and a text, or nothing was appended.
    private static func polishOption(_ element: [String]) -> [String]? {
        let first = element[0]
        let label: String, rest: [String]
        let padded = String(first.prefix(textColumn))
        if first.count > textColumn, padded.hasSuffix(" ") {
            label = String(padded.reversed().drop(while: { $0 == " " }).reversed())
            rest = [String(first.dropFirst(textColumn))] + element.dropFirst().map { String($0.dropFirst(textColumn)) }
        } else {
            label = first
            rest = element.dropFirst().map { String($0.dropFirst(textColumn)) }
        }
        let text = rest.joined(separator: " ")
        guard !text.isEmpty, rendered(label: label, text: text) == element,
              let polish = appendedInPolish(text) else { return nil }
        return rendered(label: label, text: polish)
    }

    /// `text` with the `(values: …; default: …)` at its end in Polish; nil without one.
    private static func appendedInPolish(_ text: String) -> String? {
        guard text.hasSuffix(")") else { return nil }
        let start = ["(values: ", "(default as flag: ", "(default: "].compactMap { text.range(of: $0, options: .backwards) }
            .max { $0.lowerBound < $1.lowerBound }
        guard let start, start.lowerBound == text.startIndex || text[text.index(before: start.lowerBound)] == " " else { return nil }
        var appended = String(text[start.lowerBound...])
        for (en, pl) in [("(values: ", "(wartości: "), ("(default as flag: ", "(domyślnie jako flaga: "), ("(default: ", "(domyślnie: ")]
        where appended.hasPrefix(en) {
            appended = pl + appended.dropFirst(en.count)
            break
        }
        for (en, pl) in [("; default as flag: ", "; domyślnie jako flaga: "), ("; default: ", "; domyślnie: ")] {
            if let r = appended.range(of: en, options: .backwards) { appended.replaceSubrange(r, with: pl); break }
        }
        return String(text[..<start.lowerBound]) + appended
    }

    /// A label and its text as ArgumentParser lays them out: the text wrapped to the screen in
    /// the column after the label, or below a label too wide for it.
    private static func rendered(label: String, text: String) -> [String] {
        let wrapped = wrap(text, to: screenWidth - textColumn).map { String(repeating: " ", count: textColumn) + $0 }
        guard label.count < textColumn, let head = wrapped.first else { return [label] + wrapped }
        return [label + head.dropFirst(label.count)] + wrapped.dropFirst()
    }

    /// ArgumentParser's wrapping: at the last space that fits, else at the next space.
    private static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [text] }
        var lines: [String] = []
        var rest = Substring(text)
        while true {
            let chunk = rest.prefix(columns)
            if chunk.endIndex == rest.endIndex { lines.append(String(rest)); break }
            if let space = chunk.lastIndex(of: " ") ?? rest.firstIndex(of: " ") {
                lines.append(String(rest[..<space]))
                rest = rest[rest.index(after: space)...]
            } else {
                lines.append(String(rest)); break
            }
        }
        return lines
    }

    /// A subcommand's line with its label's ` (default)` in Polish, the description kept in
    /// its column: `  issue (default)         Issue…`.
    private static func markingDefault(_ line: String) -> String {
        guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return line }
        let rest = line.dropFirst(2)
        guard let name = rest.split(separator: " ", maxSplits: 1).first else { return line }
        let afterName = rest.dropFirst(name.count)
        guard afterName.hasPrefix(defaultSubcommand.en) else { return line }
        var tail = afterName.dropFirst(defaultSubcommand.en.count)
        let grown = defaultSubcommand.pl.count - defaultSubcommand.en.count
        if tail.prefix(grown + 1).allSatisfy({ $0 == " " }) && tail.count > grown { tail = tail.dropFirst(grown) }
        return "  \(name)\(defaultSubcommand.pl)\(tail)"
    }
}

import ZgodaCore

/// ArgumentParser's own words around a help screen (`OVERVIEW:`, `USAGE:`, the section
/// headings, the `--help` line, the pointer to `zgoda help`), which the library cannot translate,
/// put into Polish once the screen is rendered. Only whole lines, or a heading at the start of
/// its line, and only where the library writes them, are replaced: never words inside the
/// commands' own texts. What the library writes into those texts (`(default: …)`,
/// `(values: …)`) stays as it is.
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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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

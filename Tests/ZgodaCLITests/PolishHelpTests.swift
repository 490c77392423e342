import Foundation
import Testing

/// `--help` and `zgoda help …` in the language of the run: English help of every command is
/// what it was (Tests/Fixtures/help/en.txt), and Polish help leaves no English word of it
/// except the names, values and codes that are typed as they are.
@Suite("CLI: help in Polish")
struct PolishHelpTests {
    /// A runner with a fixed screen width, so help wraps the same everywhere.
    private func runner(lang: String = "C.UTF-8") throws -> ZgodaRunner {
        let z = try ZgodaRunner()
        z.environment["COLUMNS"] = "80"
        z.environment["LANG"] = lang
        return z
    }

    /// The help screen of `path`, as printed on stdout.
    private func help(_ z: ZgodaRunner, _ path: [String], _ extra: [String] = []) throws -> String {
        let r = try z.run(path + extra + ["--help"])
        #expect(r.exitCode == 0, "zgoda \((path + extra).joined(separator: " ")) --help: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        return r.stdout
    }

    /// The subcommands a help screen lists (English headings).
    private func subcommands(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        var names: [String] = []
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            if line.hasPrefix("  ") && !line.hasPrefix("   "), let name = line.split(separator: " ").first {
                names.append(String(name))
            }
        }
        return names
    }

    /// Every command path, depth first in the order help lists them, with its English help.
    private func englishHelp(_ z: ZgodaRunner) throws -> [(path: [String], text: String)] {
        var found: [(path: [String], text: String)] = []
        func walk(_ path: [String]) throws {
            let text = try help(z, path)
            found.append((path, text))
            for name in subcommands(text) { try walk(path + [name]) }
        }
        try walk([])
        return found
    }

    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/help/en.txt")

    @Test func englishHelpIsUnchanged() throws {
        let z = try runner()
        let transcript = try englishHelp(z).map { "$ " + (["zgoda"] + $0.path + ["--help"]).joined(separator: " ") + "\n" + $0.text }
            .joined()
        // A new option or reworded help: ZGODA_UPDATE_GOLDEN=1 writes the transcript, and its
        // diff shows what changed.
        if ProcessInfo.processInfo.environment["ZGODA_UPDATE_GOLDEN"] == "1" {
            try transcript.write(to: Self.fixture, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.fixture, encoding: .utf8)
        #expect(transcript == expected)
        if transcript != expected {
            let got = transcript.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
            if let i = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1): got \(got[i].debugDescription), expected \(want[i].debugDescription)")
            }
        }
    }

    /// What stays as typed in Polish help: option names, placeholders, quoted commands,
    /// variables and paths are taken out before words are compared; these words are then
    /// allowed: typed values, names, codes and formats, and short Polish words that are also
    /// English ones.
    private static let kept: Set<String> = [
        // typed values and fields
        "table", "json", "ids", "csv", "vcard", "text", "html", "md", "skip", "update", "add", "allow", "deny",
        "consent", "contract", "legitimate", "interest", "legal", "obligation", "access", "erasure", "rectification",
        "objection", "portability", "restriction", "in", "person", "phone", "email", "web", "form", "paper", "import",
        "granted", "marketing", "name", "given", "family", "nickname", "company", "position", "city", "tags", "notes",
        "ignore", "column", "field", "purpose", "pl", "en", "letter", "sms", "processor", "recipient",
        // names, formats and codes
        "zgoda", "rodo", "gdpr", "uodo", "prezes", "excel", "google", "vcard", "pdf", "postgresql", "wal", "vacuum", "full",
        "tls", "http", "rfc", "eml", "ctrl", "sigterm", "stdout", "stderr", "serve", "sendmail", "cron", "systemd",
        "checkpoint", "export", "journal", "loopback", "proxy", "cjk", "lc", "all", "messages", "lang", "d", "w", "h", "m", "y",
        "l", "r", "b", "id", "md", "yes",
        // Polish words that are also English words, or English ones Polish uses
        "a", "to", "do", "go", "on", "i", "no", "nr", "np", "art", "ust", "same", "e", "mail", "tag", "format", "link",
        "weekend", "crm", "dd", "mm", "lodz", "łódź", "receipt", "port", "laptop", "anna",
    ]

    /// The words of a help screen that a person reads: without option names, placeholders,
    /// quoted text, variables, paths and numbers.
    private static func words(_ text: String) -> Set<String> {
        var kept = ""
        var quote: Character?
        for line in text.components(separatedBy: "\n") {
            for token in line.split(separator: " ") {
                var t = Substring(token)
                if quote != nil {
                    if t.contains(quote!) { quote = nil }
                    continue
                }
                while let f = t.first, "([„\"".contains(f) { t = t.dropFirst() }
                if let q = t.first, q == "'" || q == "`" {
                    if t.dropFirst().contains(q) == false { quote = q }
                    continue
                }
                if t.hasPrefix("-") || t.hasPrefix("<") || t.hasPrefix("[") || t.hasPrefix("$") || t.contains("/")
                    || t.contains("=") || t.contains("_") || t.contains("<") || t.contains(".toml") || t.contains("zgoda.json")
                    || t.hasPrefix("X-Forwarded-For") || t.hasPrefix("Ctrl-C") {
                    continue
                }
                kept += t + " "
            }
            kept += "\n"
        }
        let parts = kept.lowercased().split(whereSeparator: { !$0.isLetter })
        return Set(parts.map(String.init))
    }

    @Test func polishHelpLeavesNoEnglishWords() throws {
        let z = try runner()
        let commands = try englishHelp(z)
        let names = Set(commands.flatMap(\.path))
        for (path, english) in commands {
            let polish = try help(z, path, ["--lang", "pl"])
            let left = Self.words(polish).intersection(Self.words(english)).subtracting(Self.kept).subtracting(names)
            #expect(left.isEmpty, "zgoda \(path.joined(separator: " ")) --help --lang pl still says \(left.sorted()):\n\(polish)")
            #expect(try z.run(["help"] + path + ["--lang", "pl"]).stdout == polish, "zgoda help \(path.joined(separator: " "))")
        }
    }

    @Test func theLocaleAndLangDecide() throws {
        let en = try runner()
        let rootEnglish = try help(en, [])
        #expect(rootEnglish.hasPrefix("OVERVIEW: A terminal CRM with GDPR (RODO) consent management built in."))

        let pl = try runner(lang: "pl_PL.UTF-8")
        let root = try help(pl, [])
        #expect(root.hasPrefix("OPIS: CRM w terminalu z wbudowaną obsługą zgód zgodnie z RODO."))
        #expect(root.contains("\nOPCJE:\n") && root.contains("\nPODPOLECENIA:\n"))
        #expect(root.contains("\n  -h, --help              Pokaż pomoc.\n"))
        #expect(root.contains("\n  Szczegółowa pomoc: 'zgoda help <subcommand>'.\n"))
        #expect(try help(pl, [], ["--lang", "en"]) == rootEnglish)
        #expect(try help(en, ["contact", "add"], ["--lang", "pl"]).hasPrefix("OPIS: Dodaj kontakt; na stdout wypisuje tylko jego nowy identyfikator."))
        #expect(try help(pl, ["contact", "add"], ["--lang", "en"]) == help(en, ["contact", "add"]))
        #expect(try help(pl, ["link"]).contains("\n  issue (domyślne)        Wydaj osobisty link"))
        // What ArgumentParser appends to an option's text, in Polish and wrapped again.
        #expect(try help(pl, ["purpose", "add"]).contains("""
              --retention <period>    Jak długo można przechowywać dane po ustaniu
                                      podstawy: 24m, 2y. (domyślnie: 2y)

            """))
        #expect(try help(pl, ["consent", "list"]).contains("""
              --format <format>       table albo json. (wartości: table, json; domyślnie:
                                      table)

            """))

        // A language Zgoda does not speak is refused as before, help or not; the parser's own
        // complaints come first, in English.
        for args in [["contact", "list", "--lang", "xx"], ["contact", "add", "--lang", "xx", "--help"], ["help", "contact", "--lang", "xx"]] {
            let refused = try pl.run(args)
            #expect(refused.exitCode == 1)
            #expect(refused.stderr.hasPrefix("zgoda: error: invalid --lang: 'xx' "))
            #expect(refused.stdout.isEmpty)
        }
        let unknown = try pl.run("contact", "add", "--lang", "xx", "--bogus")
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.hasPrefix("zgoda: error: unknown option '--bogus'"))
    }
}

import Foundation
import Testing

/// Under `--lang pl` the command line's error messages, the store's warnings, the `verify` and
/// `repair` reports and the retention table speak Polish; English output and the JSON reports
/// stay as they are, and so do the line keywords scripts match (`OK`, `DAMAGED`, `FAIL`, `head`).
@Suite("CLI: Polish messages")
struct PolishMessagesTests {
    private func ok(_ z: ZgodaRunner, _ args: String...) throws -> (out: String, err: String) {
        let r = try z.run(args)
        #expect(r.exitCode == 0, "zgoda \(args.joined(separator: " ")): \(r.stderr)")
        return (r.stdout, r.stderr)
    }

    /// Words of a message, lower-cased, numbers left out.
    private static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init).filter { $0.contains { $0.isLetter } })
    }

    /// Words that read the same in both languages: the program, commands, options, values.
    private static let sameInBoth: Set<String> = [
        "zgoda", "error", "warning", "csv", "vcard", "vcf", "begin", "json", "format", "map", "foo", "yes", "id", "query",
        "email", "marketing", "profiling", "notified", "note", "repair", "verify", "list", "request", "breach", "contact",
        "tmp", "x", "to", "nope", "b9", "r9", "consent", "object", "preferences", "links", "granted", "refused", "withdrawn",
        "tak", "nie", "może", "phone", "head", "ok", "damaged", "fail", "journal", "zj", "link", "anonymize", "l9",
        "admin", "set", "name", "address", "art", "uodo",
        // The option --help, and values a refusal lists as they are typed.
        "help", "table", "ids", "in", "person", "web", "form", "paper", "import",
    ]

    /// Each command fails in both languages; the Polish message keeps no English word.
    @Test func errorMessagesSpeakPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let id = try ok(z, "contact", "add", "--name", "Jan Kowalski").out.trimmingCharacters(in: .whitespacesAndNewlines)
        try "name,consent:email-marketing\nJan,może\n".write(to: z.root.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try "foo\n".write(to: z.root.appendingPathComponent("bad.vcf"), atomically: true, encoding: .utf8)
        _ = try ok(z, "consent", "refuse", id, "email-marketing", "--source", "phone")
        let failing: [[String]] = [
            ["import", "bad.vcf"],
            ["import", "missing.csv"],
            ["import", "bad.csv", "--map", "foo"],
            ["export", "--output", "/nonexistent-dir/x.csv", "--format", "csv"],
            ["export", "--output", "x.vcf", "--format", "vcard", "--preferences-links"],
            ["consent", "withdraw", id, "email-marketing", "--source", "phone"],
            ["consent", "object", id, "email-marketing", "--source", "phone"],
            ["purpose", "edit", "email-marketing", "--basis", "contract"],
            ["breach", "close", "B9"],
            ["link", "revoke", "L9"],
            ["link", id],
            ["anonymize", id],
            // Refused by the command-line parser, before any command runs.
            ["contact", "show"],
            ["contact", "list", "--bogus"],
            ["contact", "list", "--format", "xml"],
            ["consent", "grant", id, "email-marketing", "--source", "pigeon"],
            ["link", id, "--mail", "--sendmail"],
        ]
        for args in failing {
            let en = try z.run(args), pl = try z.run(args + ["--lang", "pl"])
            #expect(en.exitCode != 0 && pl.exitCode != 0, "\(args)")
            #expect(en.stderr.hasPrefix("zgoda: error: ") && pl.stderr.hasPrefix("zgoda: error: "), "\(args): \(pl.stderr)")
            #expect(en.stderr != pl.stderr, "\(args) says the same in Polish: \(pl.stderr)")
            let left = Self.words(en.stderr).intersection(Self.words(pl.stderr)).subtracting(Self.sameInBoth)
                .subtracting(Self.words(args.joined(separator: " ")))
            #expect(left.isEmpty, "\(args) keeps English words \(left.sorted()): \(pl.stderr)")
        }
        #expect(try z.run("contact", "show", "--lang", "pl").stderr == "zgoda: error: brak wymaganego argumentu '<id>' (zob. --help)\n")
        #expect(try z.run("contact", "show").stderr == "zgoda: error: missing expected argument '<id>' (see --help)\n")
        #expect(try z.run("contact", "list", "--format", "xml", "--lang", "pl").stderr
                == "zgoda: error: wartość 'xml' jest nieprawidłowa dla '--format <format>'; podaj jedną z: 'table', 'json' albo 'ids'. (zob. --help)\n")
        let imported = try z.run("import", "bad.csv", "--lang", "pl")
        #expect(imported.stdout.contains("wiersz 2: nieprawidłowe pole zgoda email-marketing: „może” nie jest decyzją (oczekiwano: tak, nie, granted, refused albo withdrawn)"))
        #expect(try z.run("breach", "close", "B9", "--lang", "pl").stderr
                == "zgoda: error: podaj, kiedy zgłoszono naruszenie Prezesowi UODO (--notified), albo dlaczego zgłoszenie nie było potrzebne (--note)\n")
        #expect(try z.run("breach", "close", "B9").stderr
                == "zgoda: error: say when Prezes UODO was notified (--notified), or why no notification was needed (--note)\n")
    }

    /// A config file that does not parse is reported in the language `--lang` or the locale
    /// asks for, and ignored.
    @Test func aBrokenConfigIsReportedInPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        let dir = z.root.appendingPathComponent("config/zgoda")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "language = \"pl\"\ntheme = [\n".write(to: dir.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        z.environment["LANG"] = "pl_PL.UTF-8"
        let pl = try z.run("purpose", "list")
        #expect(pl.exitCode == 0)
        #expect(pl.stderr.hasPrefix("zgoda: warning: \(dir.path)/config.toml: ") && pl.stderr.contains("; plik konfiguracji pominięto\n"))
        let en = try z.run("purpose", "list", "--lang", "en")
        #expect(en.stderr.contains("; the config file is ignored\n") && !en.stderr.contains("pominięto"))
    }

    /// A damaged record: the warnings on open, `verify` and `repair` read Polish; the JSON and
    /// the English report do not change.
    @Test func damageIsReportedInPolish() throws {
        let z = try ZgodaRunner(operatorName: "anna")
        _ = try ok(z, "demo", "--contacts", "5", "--seed", "1")
        let segment = z.dataDir.appendingPathComponent("journal/0000000000000001.zj")
        var bytes = try Data(contentsOf: segment)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: segment)

        let en = try z.run("verify"), pl = try z.run("verify", "--lang", "pl")
        let seq = Self.damagedSeq(pl.stdout)
        #expect(!seq.isEmpty)
        #expect(en.stdout.hasPrefix("FAIL  journal/0000000000000001.zj: record \(seq) is damaged (checksum mismatch)\n"))
        #expect(en.stdout.contains("\nDAMAGED  ") && en.stdout.contains(" contacts checked\nhead  "))
        #expect(pl.stdout.hasPrefix("FAIL  journal/0000000000000001.zj: rekord \(seq) jest uszkodzony (niezgodna suma kontrolna)\n"))
        #expect(pl.stdout.contains("\nDAMAGED  sprawdzono: ") && pl.stdout.contains("\nhead  "))
        #expect(try z.run("verify", "--format", "json").stdout == z.run("verify", "--format", "json", "--lang", "pl").stdout)

        let damaged = "katalog danych jest otwarty tylko do odczytu: rekord \(seq) jest uszkodzony (niezgodna suma kontrolna); uruchom „zgoda repair”\n"
        #expect(try z.run("contact", "list", "--lang", "pl").stderr.contains("zgoda: warning: " + damaged))
        #expect(try z.run("contact", "add", "--name", "X", "--lang", "pl").stderr.hasSuffix("zgoda: error: " + damaged))
        #expect(try z.run("contact", "add", "--name", "X").stderr.hasSuffix(
            "zgoda: error: the data directory is open read-only: record \(seq) is damaged (checksum mismatch); run 'zgoda repair'\n"))
        let repaired = try z.run("repair", "--lang", "pl")
        #expect(repaired.exitCode == 0, "\(repaired.stderr)")
        #expect(repaired.stdout.hasPrefix("ucięto dziennik przed rekordem \(seq); kopia tego, co odłożono, jest w "))
        #expect(repaired.stdout.contains("\ndopisano ponownie nienaruszone rekordy: "))
        #expect(try ok(z, "verify", "--lang", "pl").out.hasPrefix("OK  sprawdzono: "))
        #expect(try ok(z, "repair").out == "nothing to repair: the data directory is intact\n")
        #expect(try ok(z, "repair", "--lang", "pl").out == "nie ma czego naprawiać: katalog danych jest nienaruszony\n")
    }

    /// "FAIL  …: rekord 45 jest uszkodzony" → "45".
    private static func damagedSeq(_ text: String) -> String {
        let after = text.components(separatedBy: ": rekord ").dropFirst().first ?? ""
        return String(after.prefix { $0.isNumber })
    }

    @Test func retentionTableSpeaksPolish() throws {
        let z = try ZgodaRunner(now: "2024-01-10T09:00:00Z", operatorName: "anna")
        let gone = try ok(z, "contact", "add", "--name", "Wycofana Zgoda", "--city", "Gdańsk").out.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try ok(z, "consent", "grant", gone, "profiling", "--source", "paper")
        _ = try ok(z, "consent", "withdraw", gone, "profiling", "--source", "email")
        z.environment["ZGODA_NOW"] = "2025-02-01T00:00:00Z"
        let table = try ok(z, "retention", "--lang", "pl").out
        #expect(table.contains("  10.01.2025  "))
        #expect(table.contains("brak podstawy prawnej od 10.01.2024 (profiling: wycofana); okres 1 rok minął 10.01.2025\n"))
        let english = try ok(z, "retention").out
        #expect(english.contains("no legal basis since 2024-01-10 (profiling withdrawn); retention 1y ended 2025-01-10"))
        #expect(try ok(z, "retention", "--format", "json").out == ok(z, "retention", "--format", "json", "--lang", "pl").out)
    }
}

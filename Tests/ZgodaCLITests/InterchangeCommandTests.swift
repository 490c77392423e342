import Foundation
import Testing

/// `zgoda import` and `zgoda export`, run as the built binary.
@Suite struct InterchangeCommandTests {
    static let spreadsheet = "Imię;Nazwisko;E-mail;Telefon;Firma;Miasto;email-marketing\r\n"
        + "Łucja;Żak;lucja@example.pl;+48 600 100 200;Hurtownia Ślęża;Łódź;tak\r\n"
        + "Jan;Kowalski;jan@example;600 200 300;Kowalski i Syn;Kraków;nie\r\n"
        + "Zofia;Nowak;zofia@example.pl;;;Gdańsk;\r\n"

    @Test func importThenExportTheMailingList() throws {
        let z = try ZgodaRunner()
        let file = try z.write("klienci.csv", Self.spreadsheet)
        let imported = try z.run("import", file)
        #expect(imported.exitCode == 0)
        #expect(imported.stdout == """
            3 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)
            line 3: warning: 'jan@example' is not an e-mail address; kept in the notes

            """)
        let receipt = try #require(imported.stderr.split(separator: "\n").first?.split(separator: " ").last?.dropLast(1))
        // A customer list from elsewhere: the people must be told where their data came from.
        #expect(imported.stderr == "zgoda: imported klienci.csv (receipt \(receipt))\n"
                + "zgoda: 3 people from a third party: tell them where their data came from by 2026-02-16 (Art. 14; zgoda notice list)\n")

        let list = try z.run("contact", "list", "--format", "ids", "--consent", "email-marketing=granted")
        let lucja = list.stdout.trimmingCharacters(in: .newlines)
        #expect(lucja.count == 8)

        let export = try z.run("export", "--format", "csv", "--consent", "email-marketing=granted", "--output", "newsletter.csv")
        #expect(export.exitCode == 0)
        #expect(export.stdout == "")
        // The receipt is the journal head the exported data reflects: here, right after the import.
        #expect(export.stderr == "zgoda: exported 1 contact to \(z.path("newsletter.csv")) (receipt \(receipt))\n")
        #expect(z.read("newsletter.csv") == "Name,Email,Phone,Company,Position,City,Tags,Notes,consent:email-marketing,consent:phone-marketing,consent:profiling,consent:partners\r\n"
            + "Łucja Żak,lucja@example.pl,'+48600100200,Hurtownia Ślęża,,Łódź,,,granted,none,none,none\r\n")

        let history = try z.run("history", lucja, "--format", "json")
        #expect(history.stdout.contains("\"kind\": \"export\""))
        #expect(history.stdout.contains("exported 1 contact as csv to \(z.path("newsletter.csv"))"))

        // The same file again: refused, nothing replaced, nothing recorded; --force replaces it.
        let kept = z.read("newsletter.csv")
        let records = try z.run("history", "--format", "json").stdout.components(separatedBy: "\"seq\"").count
        let again = try z.run("export", "--format", "json", "--output", "newsletter.csv")
        #expect(again.exitCode == 1)
        #expect(again.stderr == "zgoda: error: \(z.path("newsletter.csv")) already exists: nothing was exported (pass --force to replace it)\n")
        #expect(z.read("newsletter.csv") == kept)
        #expect(try z.run("history", "--format", "json").stdout.components(separatedBy: "\"seq\"").count == records)
        let forced = try z.run("export", "--format", "json", "--output", "newsletter.csv", "--force")
        #expect(forced.exitCode == 0)
        #expect(z.read("newsletter.csv")?.hasPrefix("{") == true || z.read("newsletter.csv")?.hasPrefix("[") == true)
    }

    @Test func exportToStandardOutputAsJSON() throws {
        let z = try ZgodaRunner()
        try z.write("k.csv", Self.spreadsheet)
        _ = try z.run("import", "k.csv")
        let r = try z.run("export", "--format", "json", "--query", "gdansk", "--output", "-")
        #expect(r.exitCode == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let contacts = doc?["contacts"] as? [[String: Any]]
        #expect(contacts?.map { $0["name"] as? String } == ["Zofia Nowak"])
        #expect(r.stderr == "zgoda: exported 1 contact to stdout (receipt \(doc?["receipt"] as? String ?? "?"))\n")
    }

    @Test func dryRunAndJSONReport() throws {
        let z = try ZgodaRunner()
        try z.write("k.csv", Self.spreadsheet)
        let r = try z.run("import", "k.csv", "--dry-run", "--report", "json")
        #expect(r.exitCode == 0)
        #expect(r.stderr == "zgoda: dry run: nothing was changed\n")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(doc?["added"] as? Int == 3 && doc?["rejected"] as? Int == 0 && doc?["dryRun"] as? Bool == true)
        #expect(try z.run("contact", "list", "--format", "ids").stdout == "")
    }

    @Test func unreadableFilesFailWithOneLine() throws {
        let z = try ZgodaRunner()
        let missing = try z.run("import", "nie-ma.csv")
        #expect(missing.exitCode == 1)
        #expect(missing.stderr == "zgoda: error: cannot read nie-ma.csv: no such file\n")
        try z.write("bez-nazwy.csv", "Phone;City\n600100200;Łódź\n")
        let noName = try z.run("import", "bez-nazwy.csv")
        #expect(noName.exitCode == 1)
        #expect(noName.stderr == "zgoda: error: no name column: expected Name, Full name, Imię i nazwisko, or Imię and Nazwisko, or an e-mail, company or nickname column to name people by (found: Phone, City)\n")
        try z.write("x.vcf", "Name\nJan\n")
        let notVCard = try z.run("import", "x.vcf")
        #expect(notVCard.stderr == "zgoda: error: not a vCard file: no BEGIN:VCARD line\n")
        let badExport = try z.run("export", "--format", "csv", "--consent", "sms=granted", "-o", "x.csv")
        #expect(badExport.exitCode == 1 && badExport.stderr == "zgoda: error: no purpose 'sms' (see 'zgoda purpose list')\n")
        #expect(z.read("x.csv") == nil)
    }

    @Test func vcardRoundTripThroughTheBinary() throws {
        let z = try ZgodaRunner()
        try z.write("k.csv", Self.spreadsheet)
        _ = try z.run("import", "k.csv")
        let export = try z.run("export", "--format", "vcard", "-o", "all.vcf")
        #expect(export.exitCode == 0)
        let other = try ZgodaRunner()
        try other.write("all.vcf", z.read("all.vcf") ?? "")
        let r = try other.run("import", "all.vcf")
        #expect(r.stdout == "3 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)\n")
        let a = try z.run("contact", "list", "--format", "json").stdout
        let b = try other.run("contact", "list", "--format", "json").stdout
        func people(_ s: String) throws -> [[String]] {
            let arr = try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [[String: Any]] ?? []
            return arr.map { c in
                ["name", "email", "phone", "company", "city"].map { c[$0] as? String ?? "" }
                    + ((c["consents"] as? [[String: Any]]) ?? []).map { "\($0["purpose"] ?? ""):\($0["status"] ?? "")" }
            }
        }
        #expect(try people(a) == people(b))
        #expect(try people(a).count == 3)
    }

    /// The preview shows how each column was read; `--map` corrects it; a bad `--map` is one
    /// error line and changes nothing.
    @Test func dryRunShowsTheMappingAndMapCorrectsIt() throws {
        let z = try ZgodaRunner()
        try z.write("t.csv", "Name,Work Phone,Mobile,Comment\nJan,+48 22 555 01 00,+48 600 100 200,VIP\n")
        let dry = try z.run("import", "t.csv", "--dry-run")
        #expect(dry.stdout == """
            1 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)
            note: ignored columns: Comment
            columns: Name → name, Work Phone → phone, Mobile → phone, Comment → ignore

            """)
        let mapped = try z.run("import", "t.csv", "--dry-run", "--map", "Comment=notes", "--map", "mobile=phone", "--report", "json")
        let doc = try JSONSerialization.jsonObject(with: Data(mapped.stdout.utf8)) as? [String: Any]
        let columns = (doc?["columns"] as? [[String: Any]])?.map { "\($0["column"] ?? "")=\($0["field"] ?? "")" }
        #expect(columns == ["Name=name", "Work Phone=phone", "Mobile=phone", "Comment=notes"])
        _ = try z.run("import", "t.csv", "--map", "Mobile=phone", "--map", "Comment=notes")
        let shown = try z.run("contact", "list", "--format", "json").stdout
        #expect(shown.contains("\"phone\": \"+48600100200\"") && shown.contains("Other phone: +48225550100"))

        let bad = try z.run("import", "t.csv", "--map", "Fax=phone")
        #expect(bad.exitCode == 1)
        #expect(bad.stderr == "zgoda: error: --map: no column 'Fax' in the file (columns: Name, Work Phone, Mobile, Comment)\n")
        let badField = try z.run("import", "t.csv", "--map", "Mobile=telefax")
        #expect(badField.exitCode == 1 && badField.stderr.hasPrefix("zgoda: error: --map 'Mobile=telefax': unknown field 'telefax'"))
    }

    @Test func duplicatesAreSkippedUnlessAskedOtherwise() throws {
        let z = try ZgodaRunner()
        try z.write("k.csv", Self.spreadsheet)
        _ = try z.run("import", "k.csv")
        let id = try z.run("contact", "list", "--query", "Łucja", "--format", "ids").stdout.trimmingCharacters(in: .newlines)
        try z.write("again.csv", "Name;E-mail;Miasto\r\nŁucja Żak;LUCJA@example.pl;Sopot\r\n")
        let skipped = try z.run("import", "again.csv")
        #expect(skipped.stdout == "0 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten), 1 already in Zgoda (skipped)\n"
            + "line 2: duplicate of \(id) (same e-mail): skipped\n")
        let updated = try z.run("import", "again.csv", "--duplicates", "update")
        #expect(updated.stdout == "0 added, 1 updated, 0 rejected, 0 skipped (asked to be forgotten)\nline 2: updated \(id) (same e-mail): city\n")
        let added = try z.run("import", "again.csv", "--duplicates", "add")
        #expect(added.stdout.hasPrefix("1 added, 0 updated"))
        #expect(added.stdout.contains("line 2: duplicate of \(id) (same e-mail): added as a new contact"))
    }
}

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
            2 added, 0 updated, 1 rejected, 0 skipped (asked to be forgotten)
            line 3: invalid email: 'jan@example' is not an e-mail address (expected name@example.com)

            """)
        let receipt = try #require(imported.stderr.split(separator: " ").last?.dropLast(2))
        #expect(imported.stderr == "zgoda: imported klienci.csv (receipt \(receipt))\n")

        let list = try z.run("contact", "list", "--format", "ids", "--consent", "email-marketing=granted")
        let lucja = list.stdout.trimmingCharacters(in: .newlines)
        #expect(lucja.count == 8)

        let export = try z.run("export", "--format", "csv", "--consent", "email-marketing=granted", "--output", "newsletter.csv")
        #expect(export.exitCode == 0)
        #expect(export.stdout == "")
        // The receipt is the journal head the exported data reflects: here, right after the import.
        #expect(export.stderr == "zgoda: exported 1 contact to \(z.path("newsletter.csv")) (receipt \(receipt))\n")
        #expect(z.read("newsletter.csv") == "Name,Email,Phone,Company,Position,City,Tags,Notes,consent:email-marketing,consent:phone-marketing,consent:profiling,consent:partners\r\n"
            + "Łucja Żak,lucja@example.pl,'+48 600 100 200,Hurtownia Ślęża,,Łódź,,,granted,none,none,none\r\n")

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
        #expect(doc?["added"] as? Int == 2 && doc?["rejected"] as? Int == 1 && doc?["dryRun"] as? Bool == true)
        #expect(try z.run("contact", "list", "--format", "ids").stdout == "")
    }

    @Test func unreadableFilesFailWithOneLine() throws {
        let z = try ZgodaRunner()
        let missing = try z.run("import", "nie-ma.csv")
        #expect(missing.exitCode == 1)
        #expect(missing.stderr == "zgoda: error: cannot read nie-ma.csv: no such file\n")
        try z.write("bez-nazwy.csv", "Email;Phone\na@b.pl;600100200\n")
        let noName = try z.run("import", "bez-nazwy.csv")
        #expect(noName.exitCode == 1)
        #expect(noName.stderr == "zgoda: error: no name column: expected Name, Full name, Imię i nazwisko, or Imię and Nazwisko (found: Email, Phone)\n")
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
        #expect(r.stdout == "2 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)\n")
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
        #expect(try people(a).count == 2)
    }
}

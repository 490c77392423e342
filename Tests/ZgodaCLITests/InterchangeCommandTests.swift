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
}

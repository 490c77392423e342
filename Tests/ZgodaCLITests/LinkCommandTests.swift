import Foundation
import Testing

/// `zgoda link …` and the preferences-link column of `zgoda export`.
@Suite("CLI: consent links")
struct LinkCommandTests {
    static func setUp() throws -> (ZgodaRunner, String) {
        let z = try ZgodaRunner()
        try #require(try z.run("admin", "set", "--name", "Żuraw i Syn", "--address", "ul. Długa 1, 80-001 Gdańsk", "--email", "biuro@zuraw.example.pl").exitCode == 0)
        let id = try z.run("contact", "add", "--name", "Łucja Ćwik", "--email", "lucja@cwik.example.pl").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (z, id)
    }

    @Test func aLinkIsPrintedAloneAndItsIssueRecorded() throws {
        let (z, id) = try Self.setUp()
        let r = try z.run("link", id, "--purpose", "email-marketing", "--expires", "7d", "--public-url", "https://zgoda.example.pl/")
        #expect(r.exitCode == 0)
        let url = r.stdout.trimmingCharacters(in: .newlines)
        #expect(url.hasPrefix("https://zgoda.example.pl/c/") && url.count == "https://zgoda.example.pl/c/".count + 43)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("issued link L1 for \(id) (email-marketing), valid until 2026-01-22T10:00:00Z"))
        let json = try z.run("link", id, "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["id"] as? String == "L2" && (object["url"] as? String)?.hasPrefix("http://127.0.0.1:8080/c/") == true)
        #expect((object["purposes"] as? [String]) == ["email-marketing", "phone-marketing", "profiling", "partners"])
        let history = try z.run("history", id, "--format", "json").stdout
        #expect(history.contains("issued consent link L1 for email-marketing, valid until 2026-01-22T10:00:00Z"))
        // The token is nowhere in the data directory.
        let token = String(url.suffix(43))
        let files = FileManager.default.enumerator(atPath: z.dataDir.path)?.allObjects as? [String] ?? []
        #expect(files.contains("keys.zk"))
        for f in files {
            guard let bytes = FileManager.default.contents(atPath: z.dataDir.path + "/" + f) else { continue }
            #expect(bytes.range(of: Data(token.utf8)) == nil, "the token is in \(f)")
        }
    }

    @Test func badRequestsAreOneLineErrorsThatChangeNothing() throws {
        let (z, id) = try Self.setUp()
        let cases: [([String], String)] = [
            (["link", "nobody"], "zgoda: error: no contact with id 'nobody'"),
            (["link", id, "--purpose", "nope"], "zgoda: error: no purpose 'nope'"),
            (["link", id, "--expires", "soon"], "zgoda: error: invalid expires: 'soon' is not a lifetime"),
            (["link", id, "--public-url", "ftp://x"], "zgoda: error: invalid public-url"),
            (["link", "revoke", "L7"], "zgoda: error: no link with id 'L7'"),
        ]
        for (args, message) in cases {
            let r = try z.run(args)
            #expect(r.exitCode == 1, "\(args)")
            #expect(r.stderr.hasPrefix(message), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
        #expect(try z.run("link", "list", "--format", "json").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let fresh = try ZgodaRunner()
        let someone = try fresh.run("contact", "add", "--name", "X").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try fresh.run("link", someone).stderr.contains("the data controller's name and address are not set"))
    }

    @Test func theMailIsAnRFC5322MessageInThePersonsLanguage() throws {
        let (z, id) = try Self.setUp()
        let r = try z.run("link", id, "--mail", "--public-url", "https://zgoda.example.pl")
        #expect(r.exitCode == 0)
        let mail = r.stdout
        let parts = mail.components(separatedBy: "\r\n\r\n")
        let headers = parts[0].components(separatedBy: "\r\n")
        #expect(headers.contains("To: =?UTF-8?B?\(Data("Łucja Ćwik".utf8).base64EncodedString())?= <lucja@cwik.example.pl>"))
        #expect(headers.contains("From: =?UTF-8?B?\(Data("Żuraw i Syn".utf8).base64EncodedString())?= <biuro@zuraw.example.pl>"))
        #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(headers.contains("MIME-Version: 1.0"))
        #expect(headers.contains { $0.hasPrefix("Date: Thu, 15 Jan 2026 10:00:00 +0000") })
        #expect(headers.contains { $0.hasPrefix("Subject: =?UTF-8?B?") })
        #expect(headers.contains { $0.hasPrefix("Message-ID: <zgoda-l1-") && $0.hasSuffix("@zuraw.example.pl>") })
        let body = parts.dropFirst().joined(separator: "\r\n\r\n")
        // In the language of the run, or the person's (--document-lang).
        #expect(body.hasPrefix("Hello,") && !body.contains("Dzień dobry"))
        #expect(headers.contains("Content-Language: en"))
        #expect(body.contains("https://zgoda.example.pl/c/"))
        #expect(body.contains("Data controller: Żuraw i Syn, ul. Długa 1, 80-001 Gdańsk"))
        let polish = try z.run("link", id, "--mail", "--public-url", "https://zgoda.example.pl", "--document-lang", "pl").stdout
        #expect(polish.contains("\r\nContent-Language: pl\r\n"))
        #expect(polish.contains("\r\n\r\nDzień dobry,\r\n") && !polish.contains("Hello"))
        #expect(polish.contains("Administrator danych: Żuraw i Syn, ul. Długa 1, 80-001 Gdańsk"))
        #expect(!mail.contains("\n") || !mail.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(try z.run("history", id, "--format", "json").stdout.contains("mailed to lucja@cwik.example.pl"))

        let file = z.path("link.eml")
        #expect(try z.run("link", id, "--mail", "--output", file).exitCode == 0)
        #expect(z.read("link.eml")?.contains("To: ") == true)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        #expect(try z.run("link", id, "--mail", "--output", file).stderr.contains("already exists"))
    }

    @Test func sendmailGetsTheMessageAndAFailureRevokesTheLink() throws {
        let (z, id) = try Self.setUp()
        let script = try z.write("fake-sendmail", "#!/bin/sh\necho \"$@\" > \"$0.args\"\ncat > \"$0.mail\"\n")
        chmod(script, 0o755)
        let sent = try z.run(["link", id, "--sendmail"], stdin: nil)
        #expect(sent.exitCode == 1 && sent.stderr.contains("no sendmail at"))
        z.environment["ZGODA_SENDMAIL"] = script
        let ok = try z.run("link", id, "--sendmail")
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        #expect(ok.stdout.isEmpty)
        #expect(z.read("fake-sendmail.args") == "-t -oi\n")
        #expect(z.read("fake-sendmail.mail")?.contains("To: =?UTF-8?B?") == true)
        let failing = try z.write("failing-sendmail", "#!/bin/sh\ncat >/dev/null\nexit 75\n")
        chmod(failing, 0o755)
        z.environment["ZGODA_SENDMAIL"] = failing
        let bad = try z.run("link", id, "--sendmail")
        #expect(bad.exitCode == 1 && bad.stderr.contains("sendmail failed (exit status 75); link L2 was revoked again"))
        let list = try JSONSerialization.jsonObject(with: Data(try z.run("link", "list", id, "--format", "json").stdout.utf8)) as! [[String: Any]]
        #expect(list.map { $0["status"] as! String } == ["open", "revoked"])
        #expect(list.allSatisfy { $0["mailed"] as? Bool == true })
    }

    @Test func revokingByContactAndListing() throws {
        let (z, id) = try Self.setUp()
        for _ in 0..<3 { _ = try z.run("link", id) }
        #expect(try z.run("link", "revoke", "L2").stderr.contains("revoked link L2 of \(id)"))
        #expect(try z.run("link", "revoke", "--contact", id).stderr.contains("revoked L1, L3"))
        let table = try z.run("link", "list").stdout
        #expect(table.contains("L1") && table.contains("revoked"))
        #expect(!table.contains(" open "))
        #expect(try z.run("history", id, "--format", "json").stdout.components(separatedBy: "revoked consent link").count - 1 == 3)
    }

    @Test func anExportCanCarryAPreferencesLinkPerPerson() throws {
        let (z, id) = try Self.setUp()
        let other = try z.run("contact", "add", "--name", "Adam Nowak", "--email", "adam@nowak.example.pl").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try z.run("consent", "grant", id, "email-marketing", "--source", "paper").exitCode == 0)
        #expect(try z.run("consent", "grant", other, "email-marketing", "--source", "paper").exitCode == 0)
        let out = z.path("mailing.csv")
        let r = try z.run("export", "--format", "csv", "--consent", "email-marketing=granted", "--output", out,
                          "--preferences-links", "--public-url", "https://zgoda.example.pl")
        #expect(r.exitCode == 0, "\(r.stderr)")
        let lines = try #require(z.read("mailing.csv")).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0].hasSuffix(",preferences_link"))
        #expect(lines.count == 3)
        let urls = lines.dropFirst().map { String($0.split(separator: ",").last ?? "") }
        #expect(urls.allSatisfy { $0.hasPrefix("https://zgoda.example.pl/c/") && $0.count == 27 + 43 })
        #expect(Set(urls).count == 2)
        let links = try JSONSerialization.jsonObject(with: Data(try z.run("link", "list", "--format", "json").stdout.utf8)) as! [[String: Any]]
        #expect(Set(links.map { $0["contact"] as! String }) == [id, other])
        #expect(try z.run("export", "--format", "json", "--output", "-", "--preferences-links").stderr.contains("preferences links are a CSV column"))
    }
}

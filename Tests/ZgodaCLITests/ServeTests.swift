import Foundation
import Testing

/// `zgoda serve` over real HTTP: what a customer's browser, a forger and a token guesser see.
@Suite("CLI: the consent pages served over HTTP", .serialized)
struct ServeTests {
    /// A directory with a controller and one person, and a link for two purposes.
    struct Setup {
        let z: ZgodaRunner
        let contact: String
        let url: String
        var path: String { String(url.dropFirst("http://127.0.0.1:8080".count)) }
        var token: String { String(path.dropFirst(3)) }
    }

    static func setUp(now: String = "2026-01-15T10:00:00Z", linkArgs: [String] = []) throws -> Setup {
        let z = try ZgodaRunner(now: now)
        try #require(try z.run("admin", "set", "--name", "Hurtownia Żuraw Sp. z o.o.", "--address", "ul. Piotrkowska 12, 90-001 Łódź",
                               "--email", "biuro@zuraw.example.pl", "--dpo", "iod@zuraw.example.pl").exitCode == 0)
        let id = try z.run("contact", "add", "--name", "Grażyna Wiśniewska", "--email", "grazyna@wisniewska.example.pl").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let link = try z.run(["link", id, "--purpose", "email-marketing", "--purpose", "phone-marketing"] + linkArgs)
        try #require(link.exitCode == 0, "\(link.stderr)")
        return Setup(z: z, contact: id, url: link.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The hidden fields of the page's form, by name.
    static func hiddenFields(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"<input type="hidden" name="([^"]+)" value="([^"]*)">"#)
        for m in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            out[String(html[Range(m.range(at: 1), in: html)!])] = String(html[Range(m.range(at: 2), in: html)!])
        }
        return out
    }

    static func history(_ z: ZgodaRunner, _ id: String) throws -> [[String: Any]] {
        let r = try z.run("history", id, "--format", "json")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
    }

    static func webDecisions(_ z: ZgodaRunner, _ id: String) throws -> [[String: Any]] {
        try history(z, id).filter { ($0["summary"] as? String)?.contains("via web-form") == true }
    }

    @Test(.timeLimit(.minutes(10)))
    func thePageShowsTheControllerAndEachPurposeWithNothingTicked() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z)
        let r = try HTTPProbe.get(port: server.port, s.path)
        #expect(r.status == 200)
        #expect(r.body.contains("<html lang=\"pl\">"))
        // The purposes in their Polish wording, on a Polish page.
        for text in ["Hurtownia Żuraw Sp. z o.o.", "ul. Piotrkowska 12, 90-001 Łódź", "iod@zuraw.example.pl", "Marketing e-mailowy",
                     "Marketing telefoniczny", "zgoda (art. 6 ust. 1 lit. a RODO)", "2 lata od ustania podstawy", "brak decyzji"] {
            #expect(r.body.contains(text), "\(text)")
        }
        #expect(!r.body.contains("Profilowanie") && !r.body.contains("E-mail marketing"))
        #expect(!r.body.contains("checked"))
        #expect(!r.body.contains("<script"))
        // The page greets nobody: a leaked link shows a stranger no name or address of the person.
        #expect(!r.body.contains("Grażyna") && !r.body.contains("wisniewska"))
        #expect(r.body.components(separatedBy: "type=\"radio\"").count - 1 == 4)
        #expect(r.header("content-security-policy")?.contains("frame-ancestors 'none'") == true)
        #expect(r.header("content-security-policy")?.contains("default-src 'none'") == true)
        #expect(r.header("x-frame-options") == "DENY")
        #expect(r.header("referrer-policy") == "same-origin")
        #expect(r.header("cache-control") == "no-store")
        #expect(r.header("x-content-type-options") == "nosniff")

        let en = try HTTPProbe.get(port: server.port, s.path, headers: ["Accept-Language": "en-GB,en;q=0.9,pl;q=0.5"])
        #expect(en.body.contains("<html lang=\"en\">") && en.body.contains("I do not agree") && en.body.contains("consent (Art. 6(1)(a) GDPR)"))
        // The purposes in English, each with the hash of the English wording it shows.
        #expect(en.body.contains("<legend>E-mail marketing</legend>") && !en.body.contains("Marketing e-mailowy"))
        let hash = { (body: String) in body.components(separatedBy: "name=\"wording-email-marketing\" value=\"").dropFirst().first?.prefix(64) }
        #expect(hash(en.body) != nil && hash(en.body) != hash(r.body))
        let switched = try HTTPProbe.get(port: server.port, s.path + "?lang=pl", headers: ["Accept-Language": "en"])
        #expect(switched.body.contains("<html lang=\"pl\">") && switched.body.contains("Nie zgadzam się"))
        #expect(switched.body.contains("href=\"\(s.path)?lang=en\""))

        let css = try HTTPProbe.get(port: server.port, "/assets/page.css")
        #expect(css.status == 200 && css.header("content-type")?.hasPrefix("text/css") == true)
    }

    @Test(.timeLimit(.minutes(10)))
    func wrongExpiredRevokedAndErasedLinksGetOneNeutralPage() throws {
        let s = try Self.setUp(linkArgs: ["--expires", "1h"])
        let revoked = try s.z.run("link", s.contact, "--purpose", "profiling").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.z.run("link", "revoke", "L2").exitCode == 0)
        let other = try s.z.run("contact", "add", "--name", "Do Usunięcia").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let erased = try s.z.run("link", other).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.z.run("anonymize", other, "--yes").exitCode == 0)
        // Two hours later the first link has expired too.
        let server = try ServeProcess(s.z, environment: ["ZGODA_NOW": "2026-01-15T12:00:00Z"])
        var wrong = Array(s.token); wrong[0] = wrong[0] == "A" ? "B" : "A"
        let paths = [s.path, String(revoked.dropFirst(21)), String(erased.dropFirst(21)), "/c/" + String(wrong), "/c/short", "/c/", "/nothing-here"]
        var bodies = Set<String>()
        for p in paths {
            let r = try HTTPProbe.get(port: server.port, p)
            #expect(r.status == 404, "\(p)")
            #expect(r.header("content-security-policy")?.contains("frame-ancestors 'none'") == true)
            bodies.insert(r.body)
        }
        #expect(bodies.count == 1)
        #expect(bodies.first?.contains("Link jest nieważny") == true)
        // Posting to them records nothing either.
        let before = try Self.history(s.z, s.contact).count
        let post = try HTTPProbe.post(port: server.port, s.path, form: [("choice-email-marketing", "grant")])
        #expect(post.status == 404 && bodies.contains(post.body))
        #expect(try Self.history(s.z, s.contact).count == before)
    }

    @Test(.timeLimit(.minutes(10)))
    func submittingRecordsEachChangedPurposeWithItsProof() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z)
        let page = try HTTPProbe.get(port: server.port, s.path)
        let fields = Self.hiddenFields(page.body)
        let key = try #require(fields["form-key"])
        let r = try HTTPProbe.post(port: server.port, s.path, form: [
            ("form-key", key), ("wording-email-marketing", fields["wording-email-marketing"] ?? ""),
            ("wording-phone-marketing", fields["wording-phone-marketing"] ?? ""),
            ("choice-email-marketing", "grant"), ("choice-phone-marketing", "refuse"), ("save", "1"),
        ], headers: ["User-Agent": "ProbeBrowser/2.0", "Origin": "http://127.0.0.1:\(server.port)"])
        #expect(r.status == 200)
        #expect(r.body.contains("Zapisano"))
        #expect(r.body.contains("data-purpose=\"email-marketing\" data-decision=\"granted\""))
        #expect(r.body.contains("data-purpose=\"phone-marketing\" data-decision=\"refused\""))
        // The withdrawal is offered on the same page, in one click.
        #expect(r.body.contains("name=\"withdraw\" value=\"email-marketing\""))
        #expect(!r.body.contains("name=\"withdraw\" value=\"phone-marketing\""))

        let verify = try JSONSerialization.jsonObject(with: Data(try s.z.run("verify", "--format", "json").stdout.utf8)) as! [String: Any]
        let head = try #require(verify["head"] as? String)
        #expect(r.body.contains("<code class=\"receipt\">\(head)</code>"))

        let web = try Self.webDecisions(s.z, s.contact)
        #expect(web.count == 2)
        for record in web {
            let summary = record["summary"] as? String ?? ""
            #expect(summary.contains("link L1") && summary.contains("client 127.0.0.1") && summary.contains("ProbeBrowser/2.0"), "\(summary)")
            #expect(record["operator"] as? String == "customer (web form)")
        }
        let consents = try JSONSerialization.jsonObject(with: Data(try s.z.run("consent", "list", s.contact, "--format", "json").stdout.utf8)) as! [[String: Any]]
        let status = Dictionary(uniqueKeysWithValues: consents.map { ($0["purpose"] as! String, $0["status"] as! String) })
        #expect(status["email-marketing"] == "granted" && status["phone-marketing"] == "refused" && status["profiling"] == "none")
        #expect(consents.first { $0["purpose"] as? String == "email-marketing" }?["source"] as? String == "web-form")

        // Withdrawing: one button, one record.
        let after = Self.hiddenFields(r.body)
        let withdraw = try HTTPProbe.post(port: server.port, s.path, form: [
            ("form-key", after["form-key"] ?? ""), ("wording-email-marketing", after["wording-email-marketing"] ?? ""),
            ("wording-phone-marketing", after["wording-phone-marketing"] ?? ""), ("withdraw", "email-marketing"),
        ])
        #expect(withdraw.status == 200)
        #expect(withdraw.body.contains("data-purpose=\"email-marketing\" data-decision=\"withdrawn\""))
        #expect(try Self.webDecisions(s.z, s.contact).count == 3)

        // The access log names routes and statuses, never a token or an address.
        server.stop()
        let log = server.log
        #expect(log.contains("GET /c/… 200") && log.contains("POST /c/… 200"))
        #expect(!log.contains(s.token) && !log.contains("127.0.0.1") && !log.contains("ProbeBrowser"))
        #expect(try s.z.run("verify").exitCode == 0)
    }

    @Test(.timeLimit(.minutes(10)))
    func aFormFromElsewhereIsRefusedAndRecordsNothing() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z)
        let fields = Self.hiddenFields(try HTTPProbe.get(port: server.port, s.path).body)
        func form(key: String?) -> [(String, String)] {
            (key.map { [("form-key", $0)] } ?? []) + [("wording-email-marketing", fields["wording-email-marketing"] ?? ""), ("choice-email-marketing", "grant")]
        }
        let key = try #require(fields["form-key"])
        let forged = String(key.prefix { $0 != "." }) + "." + String(repeating: "0", count: 64)
        let attempts: [(form: [(String, String)], headers: [String: String])] = [
            (form(key: nil), [:]),
            (form(key: forged), [:]),
            (form(key: "12.abc"), [:]),
            (form(key: key), ["Origin": "https://evil.example"]),
            (form(key: key), ["Sec-Fetch-Site": "cross-site"]),
        ]
        for a in attempts {
            let r = try HTTPProbe.post(port: server.port, s.path, form: a.form, headers: a.headers)
            #expect(r.status == 403, "\(a.headers)")
            #expect(r.body.contains("Ten formularz wygasł"))
        }
        // A key shown four hours ago no longer works.
        let old = try ServeProcess(s.z, environment: ["ZGODA_NOW": "2026-01-15T14:30:00Z"])
        #expect(try HTTPProbe.post(port: old.port, s.path, form: form(key: key)).status == 403)
        #expect(try Self.webDecisions(s.z, s.contact).isEmpty)
        // The genuine form, from the page's own origin, goes through.
        let ok = try HTTPProbe.post(port: server.port, s.path, form: form(key: key), headers: ["Origin": "http://127.0.0.1:\(server.port)", "Sec-Fetch-Site": "same-origin"])
        #expect(ok.status == 200)
        #expect(try Self.webDecisions(s.z, s.contact).count == 1)
    }

    @Test(.timeLimit(.minutes(10)))
    func malformedAndOversizedFormsRecordNothing() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z)
        let fields = Self.hiddenFields(try HTTPProbe.get(port: server.port, s.path).body)
        let base: [(String, String)] = [("form-key", fields["form-key"] ?? ""), ("wording-email-marketing", fields["wording-email-marketing"] ?? "")]
        let bad: [[(String, String)]] = [
            base + [("choice-email-marketing", "grant"), ("choice-email-marketing", "refuse")],
            base + [("choice-email-marketing", "maybe")],
            base + [("choice-email-marketing", "withdraw")],
            [("form-key", fields["form-key"] ?? ""), ("choice-email-marketing", "grant")],
            base + [("withdraw", "profiling")],
        ]
        for form in bad {
            let r = try HTTPProbe.post(port: server.port, s.path, form: form)
            #expect(r.status == 400, "\(form)")
            #expect(r.body.contains("Nie udało się odczytać formularza"))
        }
        let stale = try HTTPProbe.post(port: server.port, s.path, form: [("form-key", fields["form-key"] ?? ""),
            ("wording-email-marketing", String(repeating: "0", count: 64)), ("choice-email-marketing", "grant")])
        #expect(stale.status == 409 && stale.body.contains("Treść jednego z celów zmieniła się"))
        let huge = try HTTPProbe.post(port: server.port, s.path, form: base + [("notes", String(repeating: "x", count: 100_000))])
        #expect(huge.status == 413)
        #expect(huge.header("content-security-policy")?.contains("frame-ancestors 'none'") == true)
        #expect(try Self.webDecisions(s.z, s.contact).isEmpty)
    }

    @Test(.timeLimit(.minutes(10)))
    func guessingTokensIsRateLimitedPerClient() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z, arguments: ["--failure-limit", "3"])
        for i in 0..<3 {
            let r = try HTTPProbe.get(port: server.port, "/c/" + String(repeating: "A", count: 42) + String(i))
            #expect(r.status == 404)
        }
        // A made-up X-Forwarded-For does not make a new client without --behind-proxy.
        let limited = try HTTPProbe.get(port: server.port, s.path, headers: ["X-Forwarded-For": "203.0.113.9"])
        #expect(limited.status == 429)
        #expect(limited.header("retry-after") == "600")
        #expect(limited.body.contains("Zbyt wiele prób"))

        let proxied = try ServeProcess(s.z, arguments: ["--failure-limit", "2", "--behind-proxy"])
        for _ in 0..<2 { _ = try HTTPProbe.get(port: proxied.port, "/c/" + String(repeating: "B", count: 43), headers: ["X-Forwarded-For": "203.0.113.1"]) }
        #expect(try HTTPProbe.get(port: proxied.port, s.path, headers: ["X-Forwarded-For": "203.0.113.1"]).status == 429)
        #expect(try HTTPProbe.get(port: proxied.port, s.path, headers: ["X-Forwarded-For": "198.51.100.7"]).status == 200)

        let flood = try ServeProcess(s.z, arguments: ["--rate-limit", "5"])
        let statuses = try (0..<7).map { _ in try HTTPProbe.get(port: flood.port, s.path).status }
        #expect(statuses == [200, 200, 200, 200, 200, 429, 429])
    }

    @Test(.timeLimit(.minutes(10)))
    func aPortInUseOrABadAddressIsAOneLineError() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z)
        let busy = try s.z.run("serve", "--listen", "127.0.0.1:\(server.port)")
        #expect(busy.exitCode == 1)
        #expect(busy.stderr.hasPrefix("zgoda: error: cannot listen on 127.0.0.1:\(server.port): "))
        #expect(busy.stderr.split(separator: "\n").count == 1)
        let bad = try s.z.run("serve", "--listen", "nonsense")
        #expect(bad.exitCode != 0 && bad.stderr.contains("--listen takes ADDRESS:PORT"))
        // The first server is unharmed.
        #expect(try HTTPProbe.get(port: server.port, s.path).status == 200)
        #expect(server.stop() == 0)
    }

    @Test(.timeLimit(.minutes(10)))
    func concurrentSubmitsOfOneFormRecordEachDecisionOnce() throws {
        let s = try Self.setUp()
        let server = try ServeProcess(s.z)
        let fields = Self.hiddenFields(try HTTPProbe.get(port: server.port, s.path).body)
        let form: [(String, String)] = [
            ("form-key", fields["form-key"] ?? ""), ("wording-email-marketing", fields["wording-email-marketing"] ?? ""),
            ("wording-phone-marketing", fields["wording-phone-marketing"] ?? ""),
            ("choice-email-marketing", "grant"), ("choice-phone-marketing", "grant"),
        ]
        // A second writer on the same directory at the same time.
        let writer = Process()
        writer.executableURL = ZgodaRunner.binary
        writer.arguments = ["consent", "grant", s.contact, "profiling", "--source", "phone"]
        writer.environment = s.z.environment
        let port = server.port, path = s.path
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            if i == 0 { try? writer.run() }
            results.add((try? HTTPProbe.post(port: port, path, form: form))?.status ?? -1)
        }
        writer.waitUntilExit()
        #expect(results.all.sorted() == Array(repeating: 200, count: 8))
        let web = try Self.webDecisions(s.z, s.contact)
        #expect(web.count == 2)
        #expect(Set(web.compactMap { ($0["summary"] as? String)?.split(separator: " ").dropFirst().first.map(String.init) }) == ["email-marketing", "phone-marketing"])
        #expect(writer.terminationStatus == 0)
        #expect(try s.z.run("verify").exitCode == 0)
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        func add(_ v: Int) { lock.withLock { values.append(v) } }
        var all: [Int] { lock.withLock { values } }
    }
}

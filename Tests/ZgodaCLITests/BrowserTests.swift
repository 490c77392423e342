import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`), driven by Playwright (PyPI), on the customer's
/// page: what a customer does in a real browser, checked against the journal. Screenshots at
/// desktop and phone width are kept under `.build/test-artifacts/consent-pages/`.
@Suite("CLI: the consent page in a real browser", .serialized)
struct BrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/consent_page.py").path
    static let artifacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/test-artifacts/consent-pages").path

    /// Chromium and Playwright are both installed (`.ci/run` installs them).
    static var browserAvailable: Bool {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import playwright.sync_api"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test(.enabled(if: browserAvailable, "needs chromium and python3 playwright (installed by .ci/run)"), .timeLimit(.minutes(10)))
    func aCustomerGrantsRefusesAndWithdrawsInChromium() throws {
        let s = try ServeTests.setUp()
        let server = try ServeProcess(s.z)
        let url = "http://127.0.0.1:\(server.port)\(s.path)"
        let out = s.z.path("browser.out"), err = s.z.path("browser.err")
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.script, url, Self.artifacts]
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = s.z.root.path
        p.environment = env
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try p.run()
        p.waitUntilExit()
        let stderr = s.z.read("browser.err") ?? ""
        try #require(p.terminationStatus == 0, "\(stderr)")
        let seen = try JSONSerialization.jsonObject(with: Data((s.z.read("browser.out") ?? "").utf8)) as! [String: Any]

        #expect(seen["lang"] as? String == "pl")
        #expect(seen["title"] as? String == "Twoje zgody")
        #expect(seen["purposes"] as? [String] == ["purpose-email-marketing", "purpose-phone-marketing"])
        #expect(seen["checked_before"] as? Int == 0)
        #expect((seen["recorded"] as? [[String]]) == [["email-marketing", "granted"], ["phone-marketing", "refused"]])
        #expect((seen["withdrawn"] as? [[String]]) == [["email-marketing", "withdrawn"]])
        #expect((seen["status_after"] as? String)?.hasPrefix("zgoda wycofana") == true)
        #expect(seen["phone_lang"] as? String == "en")
        #expect(seen["phone_shot_width"] as? Int == 780)

        // The journal has all three, from the web form, with the browser's own user agent.
        let web = try ServeTests.webDecisions(s.z, s.contact)
        let summaries = web.compactMap { $0["summary"] as? String }
        #expect(summaries.count == 3)
        #expect(summaries[0].hasPrefix("granted email-marketing v1 via web-form"))
        #expect(summaries[1].hasPrefix("refused phone-marketing v1 via web-form"))
        #expect(summaries[2].hasPrefix("withdrawn email-marketing v1 via web-form"))
        #expect(summaries.allSatisfy { $0.contains("ZgodaBrowserTest Chromium") && $0.contains("link L1") })
        let receipt = seen["receipt"] as? String ?? ""
        let all = try JSONSerialization.jsonObject(with: Data(try s.z.run("history", "--format", "json").stdout.utf8)) as! [[String: Any]]
        #expect(all.count >= 3)
        for name in ["consent-page-desktop.png", "consent-page-recorded-desktop.png", "consent-page-phone.png"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: Self.artifacts + "/" + name)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(name)")
        }
        #expect(receipt.count == 64)
    }
}


import Foundation
import Testing
@testable import ZgodaCore

/// The consent form and the access report, field by field and against golden files.
@Suite struct DocumentTests {
    let g = GoldenState.build()

    // MARK: Consent form

    /// `form.txt` in English, `form.pl.txt` in Polish: a document is in one language, the person's.
    static func golden(_ name: String, _ language: Language) -> String {
        language == .en ? name : name.replacingOccurrences(of: ".", with: ".\(language.rawValue).")
    }

    @Test(arguments: Language.allCases)
    func formTextMatchesTheGoldenFile(_ language: Language) throws {
        try GoldenFile.check(Self.golden("form.txt", language),
                             try ConsentForm.render(.text, state: g.state, contact: GoldenState.person, receipt: g.receipt, language: language))
    }

    @Test(arguments: Language.allCases)
    func formHTMLMatchesTheGoldenFile(_ language: Language) throws {
        try GoldenFile.check(Self.golden("form.html", language),
                             try ConsentForm.render(.html, state: g.state, contact: GoldenState.person, receipt: g.receipt, language: language))
    }

    @Test func aPolishFormShowsThePolishWordingAndItsHash() throws {
        let text = try ConsentForm.render(.text, state: g.state, contact: GoldenState.person, receipt: g.receipt, language: .pl)
        let unwrapped = text.replacingOccurrences(of: "\n      ", with: " ")
        let phone = try #require(g.state.purposes["phone-marketing"])
        #expect(text.contains("2. Marketing telefoniczny (phone-marketing), wersja 1"))
        #expect(text.contains(phone.wording(in: .pl).description))
        #expect(!text.contains(phone.description))
        #expect(unwrapped.contains("Skrót treści (SHA-256): \(Wording.hash(controller: GDPRFixtures.controller, purpose: phone, language: .pl))"))
        #expect(!unwrapped.contains(Wording.hash(controller: GDPRFixtures.controller, purpose: phone, language: .en)))
        #expect(text.hasPrefix("FORMULARZ ZGODY NA PRZETWARZANIE DANYCH OSOBOWYCH\n"))
        for english in ["I agree", "Legal basis", "Signature", "Receipt", "Consent form"] { #expect(!text.contains(english), "\(english)") }
    }

    @Test func formNamesTheControllerThePersonAndEveryPurposeWithItsOwnChoice() throws {
        let text = try ConsentForm.render(.text, state: g.state, contact: GoldenState.person, receipt: g.receipt, language: .pl)
        // Long fields wrap with a hanging indent.
        let unwrapped = text.replacingOccurrences(of: "\n      ", with: " ")
        let c = GDPRFixtures.controller
        for value in [c.name, c.address, c.email, c.dpo, "Zofia Wąsik-Żelazna", "zofia.wasik@przyklad.pl", "+48 601 234 567", "k7w2m9qa"] {
            #expect(unwrapped.contains(value), "\(value)")
        }
        let consentPurposes = g.state.purposes.values.filter { $0.legalBasis == .consent }
        for p in consentPurposes {
            #expect(text.contains("\(p.wording(in: .pl).title) (\(p.id)), wersja \(p.version)"))
            let words = { (t: String) in t.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            #expect(words(text).contains(words(p.wording(in: .pl).description)))
            #expect(unwrapped.contains("Skrót treści (SHA-256): \(Wording.hash(controller: c, purpose: p, language: .pl))"))
        }
        #expect(text.contains("(email-marketing), wersja 2"), "email-marketing was reworded to version 2")
        // One separate agree/disagree choice per consent purpose, none for the contract.
        #expect(text.components(separatedBy: "☐ Zgadzam się ").count - 1 == consentPurposes.count)
        #expect(text.components(separatedBy: "☐ Nie zgadzam się").count - 1 == consentPurposes.count)
        #expect(text.contains("Przetwarzanie bez zgody"))
        #expect(unwrapped.contains("Podstawa prawna: umowa (art. 6 ust. 1 lit. b RODO)"))
        #expect(unwrapped.contains("Okres przechowywania: 6 lat od ustania podstawy"))
        #expect(text.contains("Czytelny podpis: ____"))
        #expect(text.contains("Miejscowość i data: ____"))
        #expect(text.contains(GoldenState.head))
        #expect(text.contains("2026-01-15T10:00:00Z (Anna Nowak)"))
        // Notes are not part of the form.
        #expect(!text.contains("rano"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 78 })
    }

    @Test func formHTMLIsSelfContainedAndEscaped() throws {
        var g = self.g
        g.add(.contactEdited(id: GoldenState.person, changes: [FieldChange(field: "name", old: nil, new: "<script>alert('x')</script> & \u{1b}[31m")]),
              "2026-01-10T10:00:00Z")
        let html = try ConsentForm.render(.html, state: g.state, contact: GoldenState.person, receipt: g.receipt)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && !html.contains("<link") && !html.contains("src=") && !html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ␛[31m"))
        #expect(!html.contains("\u{1b}"))
        #expect(html.contains("@media print"))
    }

    @Test func formNeedsTheControllerAndALivePerson() throws {
        var blank = g
        blank.add(.controllerSet(DataController(name: "Firma", address: "")), "2026-01-10T10:00:00Z")
        #expect(throws: ZgodaError.controllerIncomplete) {
            try ConsentForm.render(.text, state: blank.state, contact: GoldenState.person, receipt: g.receipt)
        }
        #expect(ZgodaError.controllerIncomplete.description.contains("zgoda admin set"))
        var erased = g
        erased.add(.anonymized(id: GoldenState.other, suppression: [], request: nil), "2026-01-10T10:00:00Z")
        #expect(throws: ZgodaError.contactAnonymized(GoldenState.other.rawValue)) {
            try ConsentForm.render(.text, state: erased.state, contact: GoldenState.other, receipt: g.receipt)
        }
        #expect(throws: ZgodaError.unknownContact("nobody")) {
            try ConsentForm.render(.text, state: g.state, contact: "nobody", receipt: g.receipt)
        }
    }

    // MARK: Access report

    func report(_ language: Language = .pl) throws -> AccessReport {
        try AccessReport(state: g.state, contact: GoldenState.person, history: g.history(of: GoldenState.person), receipt: g.receipt,
                         language: language)
    }

    @Test(arguments: Language.allCases)
    func reportMarkdownMatchesTheGoldenFile(_ language: Language) throws {
        try GoldenFile.check(Self.golden("report.md", language), try report(language).render(.md))
    }

    @Test(arguments: Language.allCases)
    func reportHTMLMatchesTheGoldenFile(_ language: Language) throws {
        try GoldenFile.check(Self.golden("report.html", language), try report(language).render(.html))
    }

    /// JSON is the same whatever the report's language.
    @Test func reportJSONMatchesTheGoldenFile() throws {
        try GoldenFile.check("report.json", try report(.en).render(.json))
        #expect(try report(.pl).render(.json) == (try report(.en).render(.json)))
    }

    @Test func reportJSONHoldsEveryPartOfTheAccessRight() throws {
        let json = try JSON.parse(try report().render(.json))
        #expect(json["kind"]?.stringValue == "access-report")
        #expect(json["head"]?.stringValue == GoldenState.head)
        #expect(json["controller"]?["name"]?.stringValue == GDPRFixtures.controller.name)
        #expect(json["contact"]?["city"]?.stringValue == "Kraków")
        #expect(json["contact"]?["notes"]?.stringValue == "Woli kontakt <rano> | *nie* w piątki")

        let purposes = try #require(json["purposes"]?.arrayValue)
        #expect(purposes.map { $0["id"]?.stringValue ?? "" } == ["email-marketing", "phone-marketing", "profiling", "partners", "umowa-serwisowa"])
        #expect(purposes.map { $0["status"]?.stringValue ?? "" } == ["outdated", "refused", "withdrawn", "none", "granted"])
        #expect(purposes.map { $0["basis"]?.boolValue ?? true } == [false, false, false, false, true])
        #expect(purposes[4]["legalBasis"]?.stringValue == "contract" && purposes[4]["retention"]?.stringValue == "6y")

        let consents = try #require(json["consentHistory"]?.arrayValue)
        #expect(consents.count == 5)
        // The wording each decision was given on, not today's: email-marketing was granted on v1.
        #expect(consents[0]["version"]?.intValue == 1)
        #expect(consents[0]["wording"]?["description"]?.stringValue == Purpose.starters[0].description)
        #expect(consents[0]["wordingHash"]?.stringValue == Wording.hash(controller: GDPRFixtures.controller, purpose: Purpose.starters[0]))
        #expect(consents[0]["evidence"]?.stringValue == "Formularz papierowy nr 17/2025")
        #expect(consents[2]["expires"]?.stringValue == "2027-04-03T00:00:00Z")

        let history = try #require(json["history"]?.arrayValue)
        #expect(history.map { $0["kind"]?.stringValue ?? "" } == [
            "contact.add", "consent.grant", "consent.refuse", "consent.grant", "contact.edit", "consent.grant",
            "consent.withdraw", "export", "request.add", "notice.give"])
        #expect(json["origin"]?["kind"]?.stringValue == "imported" && json["origin"]?["fromPerson"] == .bool(false))
        #expect(history[4]["changes"]?.arrayValue?.first?["old"]?.stringValue == "Łódź")

        let exports = try #require(json["exports"]?.arrayValue)
        #expect(exports.count == 1, "only the export that included the person")
        #expect(exports[0]["destination"]?.stringValue == "/home/anna/piekarnie.csv" && exports[0]["count"]?.intValue == 2)
        #expect(json["requests"]?.arrayValue?.map { $0["id"]?.stringValue ?? "" } == ["R1"])
        // The contract needs name, e-mail, phone and company; the rest is held without a need.
        #expect(json["unneededFields"]?.arrayValue?.map { $0.stringValue ?? "" } == ["position", "city", "tags", "notes"])
    }

    @Test func reportMarkdownEscapesDataSoItCannotAddFormatting() throws {
        let md = try report().render(.md)
        #expect(md.contains("Woli kontakt \\<rano\\> \\| \\*nie\\* w piątki"))
        #expect(md.contains("Piekarnia \"Pod Złotym Kłosem\" \\& Syn"))
        #expect(!md.contains("<rano>"))
    }

    @Test func reportOfAnErasedPersonShowsOnlyWhatRemains() throws {
        var g = self.g
        g.add(.anonymized(id: GoldenState.person, suppression: [], request: nil), "2026-01-12T10:00:00Z")
        // History entries come from the journal, already erased there (see ErasureTests).
        let r = try AccessReport(state: g.state, contact: GoldenState.person, history: [], receipt: g.receipt, language: .pl)
        let md = r.render(.md)
        #expect(md.contains("dane osobowe usunięte (anonimizacja)"))
        for gone in ["Zofia", "Wąsik", "przyklad.pl\\", "Formularz papierowy", "/home/anna/piekarnie.csv", "query=piekarnia"] {
            #expect(!md.contains(gone), "\(gone)")
        }
        #expect(md.contains("- **Dowód:** usunięte"))
        #expect(md.contains("| csv | usunięte | usunięte | 2 |"))
        let english = try AccessReport(state: g.state, contact: GoldenState.person, history: [], receipt: g.receipt, language: .en).render(.md)
        #expect(english.contains("- **State:** personal data erased (anonymised)"))
        #expect(english.contains("| csv | erased | erased | 2 |"))
    }
}

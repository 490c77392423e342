import Foundation
import Testing
@testable import ZgodaCore

@Suite struct ExportTests {
    /// People whose e-mail marketing status is, by construction: Adam and Grażyna granted;
    /// everyone else something else (refused, withdrawn, anonymised, expired, outdated, none,
    /// or granted for another purpose only).
    static func mailingListStore() throws -> (TempStore, [String: ContactID]) {
        let t = try TempStore()
        let s = t.store
        try s.setController { $0 = DataController(name: "Hurtownia Sp. z o.o.", address: "ul. Prosta 1, Warszawa", email: "iod@example.pl") }
        var ids: [String: ContactID] = [:]
        for (name, email) in [("Adam Granted", "adam@example.com"), ("Beata Refused", "beata@example.com"),
                              ("Cezary Withdrawn", "cezary@example.com"), ("Dorota Anonymised", "dorota@example.com"),
                              ("Edward Expired", "edward@example.com"), ("Filip Outdated", "filip@example.com"),
                              ("Grażyna Granted", "grazyna@example.com"), ("Henryk None", "henryk@example.com"),
                              ("Irena Phone", "irena@example.com")] {
            ids[name] = try s.addContact(ContactDetails(name: name, email: email))
        }
        try s.recordConsent(ids["Filip Outdated"]!, purpose: "email-marketing", decision: .granted, source: .paper)
        try s.editPurpose("email-marketing", change: .material) { $0.description += " Also SMS reminders." }
        try s.recordConsent(ids["Adam Granted"]!, purpose: "email-marketing", decision: .granted, source: .webForm, evidence: "form 12")
        try s.recordConsent(ids["Beata Refused"]!, purpose: "email-marketing", decision: .refused, source: .phone)
        try s.recordConsent(ids["Cezary Withdrawn"]!, purpose: "email-marketing", decision: .granted, source: .email)
        try s.recordConsent(ids["Cezary Withdrawn"]!, purpose: "email-marketing", decision: .withdrawn, source: .email)
        try s.recordConsent(ids["Dorota Anonymised"]!, purpose: "email-marketing", decision: .granted, source: .inPerson)
        try s.anonymize(ids["Dorota Anonymised"]!)
        try s.commit { state in
            let p = state.purposes["email-marketing"]!
            return [.consentRecorded(ConsentDecision(contact: ids["Edward Expired"]!, purpose: p.id, purposeVersion: p.version,
                                                     decision: .granted, source: .paper, evidence: nil, at: TempStore.now.addingTimeInterval(-86_400 * 400),
                                                     operator: "op", expires: TempStore.now.addingTimeInterval(-86_400),
                                                     wordingHash: Wording.hash(controller: state.controller, purpose: p)))]
        }
        try s.recordConsent(ids["Grażyna Granted"]!, purpose: "email-marketing", decision: .granted, source: .inPerson)
        try s.recordConsent(ids["Irena Phone"]!, purpose: "phone-marketing", decision: .granted, source: .phone)
        return (t, ids)
    }

    @Test func mailingListIsExactlyThePeopleWhoConsentNow() throws {
        let (t, ids) = try Self.mailingListStore()
        let headBefore = t.store.head
        let result = try Exporter.export(store: t.store, format: .csv, consent: [ConsentCriterion(parsing: "email-marketing=granted")!],
                                         destination: .file(t.path("newsletter.csv")))
        #expect(result.contacts == [ids["Adam Granted"]!, ids["Grażyna Granted"]!])
        #expect(result.receipt == headBefore)
        #expect(result.receiptLine == "exported 2 contacts to \(t.path("newsletter.csv")) (receipt \(headBefore))")
        let csv = try #require(t.read("newsletter.csv"))
        #expect(csv == "Name,Email,Phone,Company,Position,City,Tags,Notes,consent:email-marketing,consent:phone-marketing,consent:profiling,consent:partners\r\n"
            + "Adam Granted,adam@example.com,,,,,,,granted,none,none,none\r\n"
            + "Grażyna Granted,grazyna@example.com,,,,,,,granted,none,none,none\r\n")
        #expect(t.files() == ["newsletter.csv"])
        let attrs = try FileManager.default.attributesOfItem(atPath: t.path("newsletter.csv"))
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        // The export is one journal record, in the history of exactly the people included.
        let record = Event.exported(format: "csv", filter: "consent email-marketing=granted", destination: t.path("newsletter.csv"),
                                    contacts: [ids["Adam Granted"]!, ids["Grażyna Granted"]!])
        #expect(try t.store.history().last?.event == record)
        #expect(t.store.state.exports.last?.contacts == result.contacts)
        // In a person's history the export's list holds that person, with the count of all.
        for (name, id) in ids {
            let mentions = try t.store.history(contact: id).contains {
                $0.event == .exported(format: "csv", filter: "consent email-marketing=granted", destination: t.path("newsletter.csv"), contacts: [id])
                    && $0.namedCount == 2
            }
            #expect(mentions == (name.hasSuffix("Granted")), "\(name)")
        }
        let entry = try #require(try t.store.history(contact: ids["Adam Granted"]!).last)
        #expect(HistoryText.summary(entry, state: t.store.state) == "exported 2 contacts as csv to \(t.path("newsletter.csv"))")
        #expect(entry.operator == "Anna Operator")
    }

    @Test func anonymisedPeopleAreNeverExported() throws {
        let (t, ids) = try Self.mailingListStore()
        let result = try Exporter.export(store: t.store, format: .vcard, destination: .file(t.path("all.vcf")))
        #expect(result.contacts.count == 8)
        #expect(!result.contacts.contains(ids["Dorota Anonymised"]!))
        #expect(t.read("all.vcf")?.components(separatedBy: "BEGIN:VCARD").count == 9)
    }

    @Test func queryNarrowsTheExport() throws {
        let (t, ids) = try Self.mailingListStore()
        let result = try Exporter.export(store: t.store, format: .json, query: "grazyna", destination: .standardOutput)
        #expect(result.contacts == [ids["Grażyna Granted"]!])
        #expect(result.destination == "stdout" && result.output != nil)
        #expect(t.store.state.exports.last?.filter == "query=grazyna")
        #expect(t.files().isEmpty)
    }

    /// An export lists people in the contact list's order: Polish alphabetical.
    @Test func exportsAreInPolishOrder() throws {
        let t = try TempStore()
        var ids: [String: ContactID] = [:]
        for name in ["Łucja Bąk", "Lucyna Ptak", "Ścibor Rak", "Sylwia Nowak"] { ids[name] = try t.store.addContact(ContactDetails(name: name)) }
        let result = try Exporter.export(store: t.store, format: .csv, query: nil, destination: .standardOutput)
        #expect(result.contacts == ["Lucyna Ptak", "Łucja Bąk", "Sylwia Nowak", "Ścibor Rak"].map { ids[$0]! })
    }

    @Test func portabilityJSONCarriesHistoryControllerAndReceipt() throws {
        let (t, ids) = try Self.mailingListStore()
        let head = t.store.head, seq = t.store.lastSeq
        _ = try Exporter.export(store: t.store, format: .json, destination: .file(t.path("out.json")))
        let doc = try JSON.parse(try #require(t.read("out.json")))
        #expect(doc["format"]?.stringValue == "zgoda-portability")
        #expect(doc["receipt"]?.stringValue == head)
        #expect(doc["receiptSeq"]?.intValue == Int(seq))
        #expect(doc["controller"]?["name"]?.stringValue == "Hurtownia Sp. z o.o.")
        #expect(doc["purposes"]?.arrayValue?.count == 4)
        let cezary = try #require(doc["contacts"]?.arrayValue?.first { $0["id"]?.stringValue == ids["Cezary Withdrawn"]!.rawValue })
        let decisions = try #require(cezary["decisions"]?.arrayValue)
        #expect(decisions.map { $0["decision"]?.stringValue } == ["granted", "withdrawn"])
        let keys: [String] = ["at", "decision", "evidence", "expires", "operator", "purpose", "source", "version", "wordingHash"]
        if case let .object(pairs) = decisions[0] { #expect(pairs.map(\.0).sorted() == keys) }
        #expect(decisions[0]["version"]?.intValue == 2 && decisions[0]["operator"]?.stringValue == "Anna Operator")
        #expect(decisions[0]["wordingHash"]?.stringValue == t.store.state.decisions[ids["Cezary Withdrawn"]!]?.first?.wordingHash)
        #expect(cezary["consents"]?.arrayValue?.first?["status"]?.stringValue == "withdrawn")
    }

    @Test func formulaCellsAreNeutralised() throws {
        let t = try TempStore()
        try t.store.addContact(ContactDetails(name: "@SUM(1+1)", phone: "+48 600 100 200", notes: "=HYPERLINK(\"http://evil\")"))
        _ = try Exporter.export(store: t.store, format: .csv, destination: .file(t.path("x.csv")))
        let row = try #require(t.read("x.csv")?.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row == "'@SUM(1+1),,'+48 600 100 200,,,,,\"'=HYPERLINK(\"\"http://evil\"\")\",none,none,none,none")
    }

    @Test func failedExportLeavesNothing() throws {
        let (t, _) = try Self.mailingListStore()
        let seq = t.store.lastSeq
        #expect(throws: ZgodaError.io("cannot export to \(t.path("missing/x.csv")): the directory \(t.path("missing")) does not exist")) {
            try Exporter.export(store: t.store, format: .csv, destination: .file(t.path("missing/x.csv")))
        }
        #expect(throws: ZgodaError.unknownPurpose("sms")) {
            try Exporter.export(store: t.store, format: .csv, consent: [ConsentCriterion(purpose: "sms", status: .granted)], destination: .file(t.path("x.csv")))
        }
        #expect(t.store.lastSeq == seq && t.files().isEmpty)

        // The disk fails while the file is being made durable: no file, no temp file, no record.
        let io = CountingIO()
        let failing = try Store.open(t.store.directory, options: StoreOptions(operatorName: "op", clock: FixedClock(TempStore.now), io: io))
        io.failFsync = true
        #expect(throws: ZgodaError.self) { try Exporter.export(store: failing, format: .csv, destination: .file(t.path("x.csv"))) }
        io.failFsync = false
        #expect(t.files().isEmpty)
        #expect(try Store.open(t.store.directory, options: StoreOptions(operatorName: "op")).lastSeq == seq)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// Export, then import into an empty data directory: the same people with the same consents.
@Suite struct RoundTripTests {
    static func source() throws -> TempStore {
        let t = try TempStore()
        let s = t.store
        let a = try s.addContact(ContactDetails(
            name: "Łucja Żak-Brzęczyszczykiewicz", email: "lucja@example.pl", phone: "+48 600 100 200", company: "Firma \"Ślęża\"; oddział",
            position: "Dyrektor, handel", city: "Łódź", tags: ["vip", "targi 2025"], notes: "Linia 1\nLinia 2, z przecinkiem; i \\ ukośnikiem"))
        try s.recordConsent(a, purpose: "email-marketing", decision: .granted, source: .paper, evidence: "formularz 7")
        try s.recordConsent(a, purpose: "profiling", decision: .refused, source: .paper)
        let b = try s.addContact(ContactDetails(name: "Jan Kowalski", phone: "600 200 300"))
        try s.recordConsent(b, purpose: "phone-marketing", decision: .granted, source: .phone)
        try s.recordConsent(b, purpose: "phone-marketing", decision: .withdrawn, source: .phone)
        let c = try s.addContact(ContactDetails(name: "山田太郎", email: "yamada@example.jp", company: "=cmd|' /C calc'!A0", notes: "-10% rabatu"))
        try s.recordConsent(c, purpose: "partners", decision: .granted, source: .webForm)
        let d = try s.addContact(ContactDetails(name: "Ewa Zapomniana", email: "ewa@example.pl"))
        try s.anonymize(d)
        return t
    }

    /// Details and current consent statuses of every person who is not anonymised, by name.
    static func summary(_ t: TempStore) -> [String: (ContactDetails, [String: ConsentStatus])] {
        var out: [String: (ContactDetails, [String: ConsentStatus])] = [:]
        for c in t.store.state.contacts.values where !c.anonymized {
            let statuses = Dictionary(uniqueKeysWithValues: t.store.state.consentRows(for: c.id, now: TempStore.now).map { ($0.purpose.id, $0.status) })
            out[c.details.name] = (c.details, statuses)
        }
        return out
    }

    @Test(arguments: InterchangeFormat.allCases)
    func roundTrip(_ format: InterchangeFormat) throws {
        let from = try Self.source()
        let file = from.path("export." + (format == .vcard ? "vcf" : format.rawValue))
        _ = try Exporter.export(store: from.store, format: format, destination: .file(file))
        let into = try TempStore(operatorName: "Importer")
        let report = try Importer.run(store: into.store, file: file)
        #expect(report.lines == ["3 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)"])
        let a = Self.summary(from), b = Self.summary(into)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, (held, statuses)) in a {
            var details = held
            // CSV and vCard imports keep a phone in E.164 when its country is known (`600 200 300`
            // comes back as `+48600200300`); Zgoda's own JSON keeps every byte.
            if format != .json, let phone = Validation.parsePhone(details.phone) { details.phone = phone.normalizedText }
            #expect(b[name]?.0 == details, "\(format): \(name)")
            #expect(b[name]?.1 == statuses, "\(format): \(name)")
        }
        if format == .json {
            // The portability format keeps ids and every decision as it was made.
            for c in from.store.state.contacts.values where !c.anonymized {
                #expect(into.store.state.contacts[c.id]?.details == c.details)
                #expect(into.store.state.decisions[c.id] == from.store.state.decisions[c.id])
            }
        } else {
            let imported = into.store.state.decisions.values.flatMap { $0 }
            #expect(imported.allSatisfy { $0.source == .import && $0.operator == "Importer" })
        }
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// The right to be forgotten (SPEC §1): after `anonymize`, nothing the person was can be read
/// back from any byte of the data directory, while the history and `verify` still hold.
@Suite struct ErasureTests {
    /// A person with distinctive values, edited many times, with consents, a request, a form
    /// and exports, buried among thousands of other records across several snapshots.
    struct Scenario {
        let scratch = ScratchDirectory()
        var target = ContactID("")
        var bystander = ContactID("")
        /// Every personal value the target ever had, and every text about them.
        var formerValues: [String] = []
    }

    static func build(compactEvery: Int = 700) throws -> (Scenario, Store) {
        var s = Scenario()
        let store = try s.scratch.open(compactEvery: compactEvery)
        try store.setController { $0 = GDPRFixtures.controller }
        try DemoData.populate(store, count: 400, seed: 11)

        let original = ContactDetails(
            name: "Zdzisława Żółkiewska-Testowa", email: "zdzislawa.zolkiewska@unikat-przyklad.pl", phone: "+48 601 777 313",
            company: "Żółkiewski i Wspólnicy", position: "Kierowniczka Zakupów Unikat", city: "Szczebrzeszyn",
            tags: ["vip-unikat"], notes: "Lubi kawę z kardamonem; dzwonić po 15:00")
        s.target = try store.addContact(original)
        s.formerValues += original.personalValues
        s.bystander = try store.addContact(ContactDetails(name: "Bożydar Świątek", email: "bozydar@swiatek.example.com", phone: "+48 602 100 200"))
        try store.recordConsent(s.target, purpose: "email-marketing", decision: .granted, source: .paper,
                                evidence: "Podpisany formularz nr UNIKAT-4471")
        s.formerValues.append("Podpisany formularz nr UNIKAT-4471")

        for round in 0..<6 {
            try DemoData.populate(store, count: 150, seed: 100 + UInt64(round))
            for i in 0..<5 {
                let n = round * 5 + i
                let notes = "Notatka unikat nr \(n): rozmowa o rabacie Ćwierćnuta"
                let city = "Miasto-Unikat-\(n)"
                try store.editContact(s.target) { $0.notes = notes; $0.city = city; $0.position = "Stanowisko Unikat \(n)" }
                s.formerValues += [notes, city, "Stanowisko Unikat \(n)"]
            }
            try store.recordConsent(s.target, purpose: "phone-marketing", decision: round % 2 == 0 ? .granted : .withdrawn,
                                    source: .phone, evidence: "Rozmowa telefoniczna unikat \(round)")
            s.formerValues.append("Rozmowa telefoniczna unikat \(round)")
        }
        try store.editContact(s.target) { $0.name = "Zdzisława Nowożeniec-Unikat"; $0.email = "z.nowozeniec@unikat-przyklad.pl" }
        s.formerValues += ["Zdzisława Nowożeniec-Unikat", "z.nowozeniec@unikat-przyklad.pl"]

        let someone = store.state.contacts.keys.first { $0 != s.target && $0 != s.bystander }!
        try store.commit { _ in [
            .exported(format: "csv", filter: "query=nowożeniec", destination: "/home/anna/nowozeniec-wysylka.csv",
                      contacts: [s.target, someone]),
            // Does not include her, but its destination names her.
            .exported(format: "vcard", filter: "all", destination: "/tmp/dla-zdzislawy-nowozeniec.vcf", contacts: [someone]),
            .exported(format: "json", filter: "consent email-marketing=granted", destination: "/srv/kampania-wiosna.json",
                      contacts: [someone, s.bystander]),
        ] }
        s.formerValues += ["query=nowożeniec", "/home/anna/nowozeniec-wysylka.csv", "/tmp/dla-zdzislawy-nowozeniec.vcf"]

        let access = try store.addRequest(s.target, type: .access)
        try store.closeRequest(access.id, note: "Raport wysłany na z.nowozeniec@unikat-przyklad.pl listem poleconym")
        s.formerValues.append("Raport wysłany na z.nowozeniec@unikat-przyklad.pl listem poleconym")
        try store.commit { _ in [.documentIssued(kind: "form", contact: s.target, format: "text",
                                                 destination: "/home/anna/formularz-nowozeniec.txt")] }
        s.formerValues.append("/home/anna/formularz-nowozeniec.txt")
        _ = try store.addRequest(s.target, type: .erasure)
        return (s, store)
    }

    static func leaks(_ s: Scenario) throws -> [String] {
        var found: [String] = []
        for value in s.formerValues {
            for form in GDPRFixtures.searchForms(value) {
                let files = try s.scratch.filesContaining(form)
                if !files.isEmpty { found.append("'\(form)' in \(files.joined(separator: ", "))") }
            }
        }
        return found
    }

    /// Everything that can be read from the directory with the keys it holds: the public
    /// parts and every sealed part that still opens, of every journal record and snapshot.
    static func readableText(_ s: Scenario) throws -> String {
        let dir = s.scratch.directory
        let keys = try KeyStore(path: dir.keysPath, master: nil, io: PosixIO())
        var out = ""
        for seg in dir.segments() {
            let bytes = try #require(try Files.read(seg.path))
            var pos = 0
            bytes.withUnsafeBytes { buf in
                while case let .record(rec, end) = FrameReader.read(buf, at: pos) {
                    out += String(decoding: rec.publicBytes, as: UTF8.self)
                    if let key = keys.key(rec.keySlot), let plain = Sealer.open(rec.sealed, key: key) {
                        out += String(decoding: plain, as: UTF8.self)
                    }
                    pos = end
                }
            }
        }
        for snap in dir.snapshots() {
            let bytes = try #require(try Files.read(snap.path))
            out += String(describing: try SnapshotCodec.decode(bytes, keys: keys).state)
        }
        return out
    }

    /// The folded text of the saved search index, if the directory's keys still open it.
    static func readableCacheText(_ s: Scenario) throws -> String {
        let dir = s.scratch.directory
        guard let bytes = try Files.read(SearchCache.path(dir)) else { return "" }
        let keys = try KeyStore(path: dir.keysPath, master: nil, io: PosixIO())
        return bytes.withUnsafeBytes { all in
            guard let header = SearchCache.Header(all), let key = keys.key(header.keySlot),
                  let index = SearchCache.open(all, header: header, key: key) else { return "" }
            return String(decoding: index.buffer, as: UTF8.self)
        }
    }

    @Test func noFormerValueCanBeReadFromAnyFileAfterAnonymising() throws {
        let (s, store) = try Self.build()
        #expect(store.lastSeq > 3_000)
        #expect(store.directory.snapshots().count >= 3)
        // Sealed values never show in the raw bytes, so the check that counts is what the
        // directory's own keys still open: before erasure, every former value.
        let before = try Self.readableText(s)
        #expect(s.formerValues.filter { !before.contains($0) } == [])
        let othersBefore = store.state.contacts.filter { $0.key != s.target }
        let decisionsBefore = store.state.decisions[s.target]?.count ?? 0
        let request = store.state.requestList().last!.id
        // With the search index saved too, which holds her values folded for search.
        _ = store.searchIndex()
        #expect(try Self.readableCacheText(s).contains(TextFolding.folded("Zdzisława Nowożeniec-Unikat")))

        try store.anonymize(s.target, request: request)

        #expect(try Self.readableCacheText(s) == "")

        #expect(try Self.leaks(s) == [])
        var after = try Self.readableText(s)
        #expect(s.formerValues.filter { after.contains($0) } == [])
        try store.compact()
        #expect(try Self.leaks(s) == [])
        after = try Self.readableText(s)
        #expect(s.formerValues.filter { after.contains($0) } == [])
        #expect(after.contains("Bożydar Świątek"), "other people stay readable")

        let reopened = try s.scratch.open()
        for st in [store.state, reopened.state] {
            let c = try #require(st.contacts[s.target])
            #expect(c.anonymized && c.details == .erased)
            #expect(st.decisions[s.target]?.count == decisionsBefore)
            #expect(st.decisions[s.target]?.allSatisfy { $0.evidence == nil } == true)
            #expect(st.contacts.filter { $0.key != s.target } == othersBefore)
            #expect(st.exports.count == 3)
            #expect(st.exports.map(\.textErased) == [true, true, false])
            #expect(st.exports.map(\.contacts.count) == [2, 1, 2])
            #expect(st.exports[2].filter == "consent email-marketing=granted")
            #expect(st.exports[2].destination == "/srv/kampania-wiosna.json")
        }
        // Field by field, so a failure names the part that differs.
        let (a, b) = (reopened.state, store.state)
        #expect(a.contacts == b.contacts)
        // Demo decisions carry sub-millisecond times that the snapshot rounds; compare the rest.
        func rounded(_ d: [ContactID: [ConsentDecision]]) -> [ContactID: [ConsentDecision]] {
            d.mapValues { $0.map { var x = $0; x.at = Date(millis: x.at.millis); return x } }
        }
        #expect(rounded(a.decisions) == rounded(b.decisions))
        #expect(a.requests == b.requests)
        #expect(a.exports == b.exports)
        #expect(a.suppression == b.suppression)
        #expect(a.purposeVersionDates == b.purposeVersionDates)
        #expect(a.purposes == b.purposes && a.purposeVersions == b.purposeVersions && a.controller == b.controller)
        let report = try Verifier.verify(s.scratch.directory)
        #expect(report.ok, "\(report.problems)")
    }

    @Test func historyShowsThatThingsHappenedWithTheValuesErased() throws {
        let (s, store) = try Self.build(compactEvery: 5_000)
        let outcome = try store.anonymize(s.target)
        // The erasure fulfils the open erasure request and names every copy made of her data,
        // with where it went (for the operator, once), so the copies can be deleted (Art. 17(2)).
        #expect(outcome.fulfilled == ["R2"])
        #expect(outcome.copies.map(\.reference.kind) == ["export", "form"])
        #expect(outcome.copies.map(\.destination) == ["/home/anna/nowozeniec-wysylka.csv", "/home/anna/formularz-nowozeniec.txt"])
        #expect(outcome.copies.map(\.people) == [2, nil])
        let history = try store.history(contact: s.target)
        let kinds = history.map(\.event.kind)
        #expect(kinds.first == "contact.add")
        #expect(kinds.filter { $0 == "contact.edit" }.count == 31)
        #expect(kinds.filter { $0.hasPrefix("consent.") }.count == 7)
        #expect(kinds.filter { $0 == "export" }.count == 1)
        #expect(kinds.suffix(6) == ["request.close", "form.issue", "request.add", "anonymize", "request.close", "anonymize.copies"])
        // What is recorded of the copies names records, never places.
        let copies = try #require(history.last)
        let seqs = outcome.copies.map(\.reference.seq)
        #expect(HistoryText.summary(copies, state: store.state)
                == "copies made before the erasure, to delete or notify: export #\(seqs[0]) (csv), form #\(seqs[1]) (text)")
        #expect(store.state.documents[s.target]?.map(\.destination) == [nil])

        let added = history[0]
        #expect(!added.readable)
        #expect(HistoryText.summary(added, state: store.state) == "added contact (erased)")
        let edit = try #require(history.first { $0.event.kind == "contact.edit" })
        #expect(HistoryText.changes(edit).allSatisfy { $0.old == HistoryText.erased && $0.new == HistoryText.erased })
        let consent = try #require(history.first { $0.event.kind == "consent.grant" })
        #expect(HistoryText.summary(consent, state: store.state) == "granted email-marketing v1 via paper (evidence erased)")
        let export = try #require(history.first { $0.event.kind == "export" })
        #expect(HistoryText.summary(export, state: store.state) == "exported 2 contacts as csv (filter and destination erased)")
        let close = try #require(history.first { $0.event.kind == "request.close" })
        #expect(HistoryText.summary(close, state: store.state) == "closed request R1: erased")
        let rendered = history.map { HistoryText.summary($0, state: store.state) }.joined(separator: "\n")
        #expect(!rendered.contains("Unikat") && !rendered.contains("unikat") && !rendered.contains("nowozeniec"))
    }

    @Test func anonymisingWritesTheSameFewBytesWhateverTheJournalSize() throws {
        func cost(people: Int) throws -> (bytes: Int, records: UInt64) {
            let scratch = ScratchDirectory()
            let seed = try scratch.open(compactEvery: 1_000)
            try DemoData.populate(seed, count: people, seed: 5)
            let id = try seed.addContact(ContactDetails(name: "Ewa Mierzwa", email: "ewa@mierzwa.example.pl", phone: "+48 603 000 111"))
            try seed.commit { _ in [.exported(format: "csv", filter: "all", destination: "/tmp/x.csv", contacts: [id])] }
            let io = CountingIO()
            let store = try scratch.open(compactEvery: 10_000_000, io: io)
            let before = store.lastSeq
            io.reset()
            try store.anonymize(id)
            return (io.bytesWritten, store.lastSeq - before)
        }
        let small = try cost(people: 5)
        let large = try cost(people: 1_500)
        // The erasure and the list of copies it leaves to trace (the export).
        #expect(small.records == 2 && large.records == 2)
        // Two journal records plus two zeroed key slots (the person's and the export's).
        #expect(small.bytes == large.bytes)
        #expect(large.bytes < 900 + 2 * KeyStore.slotSize)
    }

    @Test func anErasedPersonIsRefusedWhenAddedAgainUnlessOverridden() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let id = try store.addContact(ContactDetails(name: "Jerzy Wróbel", email: "Jerzy.Wrobel@Poczta.example.pl", phone: "+48 604 555 666"))
        try store.anonymize(id)

        #expect(throws: ZgodaError.suppressed("e-mail")) {
            try store.addContact(ContactDetails(name: "J. Wróbel", email: " jerzy.wrobel@poczta.example.pl"))
        }
        #expect(throws: ZgodaError.suppressed("phone")) {
            try store.addContact(ContactDetails(name: "Ktoś", phone: "0048 604-555-666"))
        }
        let seqBefore = store.lastSeq
        #expect(store.lastSeq == seqBefore)
        #expect(throws: ZgodaError.invalidValue(field: "override", reason: "say why the person is added although they asked to be forgotten")) {
            try store.addContact(ContactDetails(name: "Jerzy Wróbel", email: "jerzy.wrobel@poczta.example.pl"), overridingSuppression: "  ")
        }
        #expect(store.lastSeq == seqBefore)
        let added = try store.addContact(ContactDetails(name: "Jerzy Wróbel", email: "jerzy.wrobel@poczta.example.pl"),
                                         overridingSuppression: "came back and signed up again in the shop")
        let again = added.id
        #expect(added.overridden == "e-mail")
        #expect(store.state.contacts[again]?.details.email == "jerzy.wrobel@poczta.example.pl")
        // The override is its own record, right after the addition, with its reason.
        let history = try store.history(contact: again)
        #expect(history.map(\.event.kind) == ["contact.add", "suppression.override"])
        #expect(HistoryText.summary(history[1], state: store.state)
                == "added although the e-mail matches an erased person (suppression overridden: came back and signed up again in the shop)")

        // The suppression list keeps keyed hashes only; the erased person's values are gone.
        try store.anonymize(again)
        for value in ["Jerzy Wróbel", "Jerzy.Wrobel@Poczta.example.pl", "jerzy.wrobel@poczta.example.pl", "+48 604 555 666", "48604555666",
                      "signed up again in the shop"] {
            #expect(try scratch.filesContaining(value) == [], "\(value)")
        }
        #expect(try Verifier.verify(scratch.directory).ok)
    }

    @Test func anonymisingTwiceOrWithAnotherPersonsRequestIsRefused() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let a = try store.addContact(ContactDetails(name: "Adam Ryś"))
        let b = try store.addContact(ContactDetails(name: "Beata Ryś"))
        let r = try store.addRequest(b, type: .erasure)
        let access = try store.addRequest(a, type: .access)
        #expect(throws: ZgodaError.invalidInput("request R1 is about another contact")) { try store.anonymize(a, request: r.id) }
        #expect(throws: ZgodaError.invalidInput("request R2 is an access request, not an erasure request")) {
            try store.anonymize(a, request: access.id)
        }
        try store.anonymize(b, request: r.id)
        #expect(throws: ZgodaError.contactAnonymized(b.rawValue)) { try store.anonymize(b) }
        #expect(throws: ZgodaError.unknownContact("nobody")) { try store.anonymize("nobody") }
    }
}

/// An erasure reaches what the person's fields held before they were edited, not only what
/// they hold now: an export named after a former phone number, or one whose filter was a
/// former company, is erased with them.
@Suite struct FormerValueErasureTests {
    @Test func exportsNamingAFormerValueAreErasedWithThePerson() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let id = try store.addContact(ContactDetails(name: "Halina Formerska", phone: "611 222 333", company: "Stara Firma Unikat"))
        let other = try store.addContact(ContactDetails(name: "Jan Inny", company: "Zupełnie Inna"))
        _ = try Exporter.export(store: store, format: .csv, query: "zupelnie", destination: .file(dir.root + "/call-611222333.csv"))
        _ = try Exporter.export(store: store, format: .csv, query: "stara firma unikat", destination: .file(dir.root + "/out.csv"))
        let kept = try Exporter.export(store: store, format: .csv, query: "jan", destination: .file(dir.root + "/jan.csv"))
        _ = kept
        _ = try store.editContact(id) { $0.phone = "+48 700 800 900"; $0.company = "Nowa Firma" }
        // A snapshot between the edit and the erasure: the former values must survive it too.
        try store.compact()
        let reopened = try dir.open()
        try reopened.anonymize(id)

        let after = try dir.open()
        let texts = after.state.exports.map { ($0.filter, $0.destination, $0.textErased) }
        #expect(texts[0].2, "named after her former phone")
        #expect(texts[1].2, "filtered by her former company")
        #expect(!texts[2].2 && texts[2].1.hasSuffix("jan.csv"), "another person's export keeps its texts")
        for e in after.state.exports where e.textErased { #expect(after.keys.isErased(e.keySlot!)) }
        #expect(try dir.filesContaining("611222333").isEmpty)
        #expect(try dir.filesContaining("Stara Firma").isEmpty)
        let summaries = try after.history().map { HistoryText.summary($0, state: after.state) }
        #expect(!summaries.contains { $0.contains("611222333") || $0.contains("stara firma") })
        #expect(after.state.contacts[other]?.details.name == "Jan Inny")
    }
}

@Suite struct RepairChecksFirstTests {
    @Test func aWrongPassphraseStopsRepairBeforeAnythingChanges() throws {
        let dir = TestDirectory()
        try Store.create(dir.data, options: dir.options(passphrase: "dobre hasło"), encrypt: true)
        let store = try dir.open(dir.options(passphrase: "dobre hasło"))
        for i in 0..<6 { try store.addContact(.sample("Osoba \(i)")) }
        let path = try #require(dir.segmentPaths.last)
        let offsets = recordOffsets(try #require(try Files.read(path)))
        try dir.flip(path, at: offsets[offsets.count / 2].start + 20)
        var before: [String: [UInt8]] = [:]
        for f in dir.allFiles() { before[f] = try Files.read(f) }
        #expect(throws: ZgodaError.wrongPassphrase) { try Repairer.repair(dir.data, options: dir.options(passphrase: "złe hasło")) }
        var after: [String: [UInt8]] = [:]
        for f in dir.allFiles() { after[f] = try Files.read(f) }
        #expect(after == before, "nothing cut, nothing set aside")
        let result = try Repairer.repair(dir.data, options: dir.options(passphrase: "dobre hasło"))
        #expect(result.lines.contains { $0.contains("appended") })
        #expect(try dir.open(dir.options(passphrase: "dobre hasło")).state.contacts.count == 5)
    }
}

/// Erasing one person leaves what the other people's history says about an export they were in.
@Suite struct ErasureKeepsOthersHistoryTests {
    @Test func theOther34StillSeeTheExport() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        var ids: [ContactID] = []
        for i in 0..<35 {
            let id = try store.addContact(ContactDetails(name: "Klient \(i) Nazwisko\(i)", email: "k\(i)@example.pl"))
            try store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .paper)
            ids.append(id)
        }
        let criterion = try #require(ConsentCriterion(parsing: "email-marketing=granted"))
        _ = try Exporter.export(store: store, format: .csv, consent: [criterion], destination: .file(dir.root + "/kampania.csv"))
        try store.anonymize(ids[7])
        let reopened = try dir.open()
        for id in [ids[0], ids[34]] {
            let export = try #require(try reopened.history(contact: id).first { if case .exported = $0.event { return true }; return false })
            let summary = HistoryText.summary(export, state: reopened.state)
            #expect(summary.contains("exported 35 contacts as csv to \(dir.root)/kampania.csv"), "\(summary)")
        }
        #expect(try dir.filesContaining("Nazwisko7").isEmpty)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

@Suite struct CSVImportTests {
    /// Polish Excel: `;`, Windows-1250, CRLF, Polish headers, a quoted note over two lines,
    /// yes/no consent answers in Polish, an empty trailing row.
    @Test func excelWindows1250Semicolons() throws {
        let t = try TempStore()
        let csv = "Imię;Nazwisko;Adres e-mail;Tel.;Firma;Stanowisko;Miejscowość;Etykiety;Uwagi;consent:email-marketing\r\n"
            + "Łucja;Żak;lucja.zak@example.pl;+48 600 100 200;Hurtownia Ślęża;Główna księgowa;Łódź;targi, vip;\"Dzwonić po 15.\r\nNie w piątki.\";tak\r\n"
            + "Grzegorz;Brzęczyszczykiewicz;g.b@example.pl;601 200 300;Chrząszcz Sp. z o.o.;Prezes;Szczebrzeszyn;;;nie\r\n"
            + ";;;;;;;;;\r\n"
        let path = try t.write("klienci.csv", windows1250Bytes(csv))
        let report = try Importer.run(store: t.store, file: path)
        #expect(report.encoding == .windows1250)
        #expect(report.lines == ["2 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)"])
        let lucja = try #require(t.contact(named: "Łucja Żak"))
        #expect(lucja.details == ContactDetails(name: "Łucja Żak", email: "lucja.zak@example.pl", phone: "+48600100200",
                                                company: "Hurtownia Ślęża", position: "Główna księgowa", city: "Łódź",
                                                tags: ["targi", "vip"], notes: "Dzwonić po 15.\r\nNie w piątki."))
        let consent = try #require(t.store.state.decisions[lucja.id]?.last)
        #expect(consent.purpose == "email-marketing" && consent.decision == .granted && consent.source == .import)
        #expect(consent.evidence == "import of klienci.csv, line 2")
        #expect(consent.operator == "Anna Operator" && consent.purposeVersion == 1)
        let grzegorz = try #require(t.contact(named: "Grzegorz Brzęczyszczykiewicz"))
        #expect(t.store.state.status(of: grzegorz.id, purpose: "email-marketing", now: TempStore.now) == .refused)
        let history = try t.store.history()
        #expect(history.suffix(5).map(\.event.kind) == ["import", "contact.add", "consent.grant", "contact.add", "consent.refuse"])
    }

    /// Google Contacts' export: numbered e-mail and phone columns, given/family names.
    @Test func googleContactsExport() throws {
        let t = try TempStore()
        let csv = """
            Name,Given Name,Additional Name,Family Name,Nickname,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Notes,Group Membership
            Marta Wiśniewska,Marta,,Wiśniewska,,* Work,marta@example.com,Home,marta.prywatna@example.com,Mobile,+48 500 600 700,,Agencja Kreatywna,Art director,Poznana na targach,* myContacts
            ,Piotr,Jan,Zieliński,,,piotr@example.com,,,,,,,,,* myContacts

            """
        let report = try Importer.run(store: t.store, file: try t.write("contacts.csv", csv))
        #expect(report.lines == ["2 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "note: ignored columns: E-mail 1 - Type, E-mail 2 - Type, Phone 1 - Type, Organization 1 - Type"])
        #expect(t.contact(named: "Marta Wiśniewska")?.details == ContactDetails(
            name: "Marta Wiśniewska", email: "marta@example.com", phone: "+48500600700", company: "Agencja Kreatywna",
            position: "Art director", notes: "Poznana na targach\nOther e-mail: marta.prywatna@example.com"))
        #expect(t.contact(named: "Piotr Jan Zieliński")?.details.email == "piotr@example.com")
    }

    @Test func brokenRowsAreReportedByLine() throws {
        let t = try TempStore()
        let csv = "Name,Email,Phone,email-marketing\n"   // line 1
            + "Ala Kot,ala@example.com,,yes\n"         // 2 ok
            + "Bad Mail,x,,\n"                          // 3 invalid e-mail
            + "Too,many,fields,here,now\n"              // 4 field count
            + ",nobody@example.com,,\n"                 // 5 no name
            + "Bad Phone,,12ab,\n"                      // 6 invalid phone
            + "Maybe,maybe@example.com,,perhaps\n"     // 7 bad consent
            + "\"Multi\nline\",ml@example.com,,\n"      // 8-9 ok
            + "Ala Again,ALA@example.com,,\n"           // 10 duplicate e-mail
            + "Open,\"never closed\n"                   // 11 unterminated
            + "Lost,lost@example.com,,\n"
        let report = try Importer.run(store: t.store, file: try t.write("broken.csv", csv))
        // A value that is not an e-mail or a phone, or a missing name, does not lose the person:
        // the value is kept in the notes, the name taken from the e-mail, and the report says so.
        #expect(report.lines == [
            "5 added, 0 updated, 4 rejected, 0 skipped (asked to be forgotten)",
            "line 3: warning: 'x' is not an e-mail address; kept in the notes",
            "line 4: has 5 fields but the header has 4",
            "line 5: warning: no name; named after the e-mail",
            "line 6: warning: '12ab' is not a phone number; kept in the notes",
            "line 7: invalid consent email-marketing: 'perhaps' is not a decision (expected granted, refused, withdrawn, tak or nie)",
            "line 10: same e-mail as line 2; only the first is imported",
            "line 11: a quoted field opens here and is never closed; the rest of the file was not read",
        ])
        #expect(Set(t.store.state.contacts.values.map(\.details.name)) == ["Ala Kot", "Multi\nline", "Bad Mail", "nobody@example.com", "Bad Phone"])
        #expect(t.contact(named: "Bad Mail")?.details == ContactDetails(name: "Bad Mail", notes: "Other e-mail: x"))
        #expect(t.contact(named: "Bad Phone")?.details == ContactDetails(name: "Bad Phone", notes: "Other phone: 12ab"))
        #expect(report.rejected == 4)
        let record = try t.store.history().first { $0.event.kind == "import" }
        // The journal names the file by its fingerprint, never by its (possibly personal) path.
        let fingerprint = SHA256Hex.of(try Files.read(t.path("broken.csv"))!).prefix(16)
        #expect(record?.event == .imported(source: "a csv file (sha256 \(fingerprint))", added: 5, updated: 0, rejected: 4))
    }

    @Test func oneMegabyteFieldIsRejectedAndTheNextRowStillRead() throws {
        let t = try TempStore()
        let big = String(repeating: "x", count: 1_048_576)
        let csv = "Name,Notes\nHuge,\"\(big)\"\nSmall,ok\n"
        let report = try Importer.run(store: t.store, file: try t.write("big.csv", csv))
        #expect(report.lines == ["1 added, 0 updated, 1 rejected, 0 skipped (asked to be forgotten)",
                                 "line 2: invalid notes: longer than 100000 characters"])
        #expect(t.contact(named: "Small")?.details.notes == "ok")
    }

    @Test func invalidUTF8FallsBackToWindows1250() throws {
        let t = try TempStore()
        let bytes: [UInt8] = Array("Name,City\nJan,".utf8) + [0xA3, 0xF3, 0x64, 0x9F] + Array("\nEwa,Kraków\n".utf8)
        // "Kraków" is UTF-8 in an otherwise Windows-1250 file: its bytes decode as 1250 too.
        let report = try Importer.run(store: t.store, file: try t.write("mixed.csv", bytes))
        #expect(report.encoding == .windows1250)
        #expect(t.contact(named: "Jan")?.details.city == "Łódź")
        #expect(t.contact(named: "Ewa")?.details.city == "KrakĂłw")
    }

    @Test func formulaCellsComeBackAsText() throws {
        let t = try TempStore()
        let csv = "Name,Phone,Notes\nJan,'+48 600 100 200,'=HYPERLINK(\"http://x\")\n"
        _ = try Importer.run(store: t.store, file: try t.write("f.csv", csv))
        let jan = try #require(t.contact(named: "Jan"))
        #expect(jan.details.phone == "+48600100200")
        #expect(jan.details.notes == "=HYPERLINK(\"http://x\")")
    }

    @Test func unreadableFilesAreErrors() throws {
        let t = try TempStore()
        #expect(throws: ZgodaError.io("cannot read \(t.path("missing.csv")): no such file")) {
            try Importer.run(store: t.store, file: t.path("missing.csv"))
        }
        #expect(throws: ZgodaError.invalidInput("the file is empty: expected a header row such as Name,Email,Phone")) {
            try Importer.run(store: t.store, file: try t.write("empty.csv", ""))
        }
        #expect(throws: ZgodaError.invalidInput("no name column: expected Name, Full name, Imię i nazwisko, or Imię and Nazwisko, or an e-mail, company or nickname column to name people by (found: Phone, City)")) {
            try Importer.run(store: t.store, file: try t.write("noname.csv", "Phone,City\n600100200,Łódź\n"))
        }
        #expect(t.store.state.contacts.isEmpty)
    }

    @Test func sameEmailUpdatesOnlyChangedFields() throws {
        let t = try TempStore()
        let id = try t.store.addContact(ContactDetails(name: "Jan Nowak", email: "jan@example.com", phone: "600 100 200",
                                                       city: "Gdańsk", tags: ["stary"]))
        let csv = "Full name,E-mail,Phone,City,Tags,email-marketing\nJan Nowak,JAN@example.com,600 999 999,,nowy,granted\n"
        let path = try t.write("update.csv", csv)
        let update = ImportOptions(duplicates: .update)
        let report = try Importer.run(store: t.store, file: path, options: update)
        #expect(report.lines == ["0 added, 1 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "line 2: updated \(id) (same e-mail): phone, tags, consent email-marketing"])
        let c = try t.store.contact(id)
        #expect(c.details == ContactDetails(name: "Jan Nowak", email: "jan@example.com", phone: "+48600999999", city: "Gdańsk", tags: ["stary", "nowy"]))
        let edit = try t.store.history(contact: id).first { $0.event.kind == "contact.edit" }
        #expect(edit?.event == .contactEdited(id: id, changes: [
            FieldChange(field: "phone", old: "600 100 200", new: "+48600999999"),
            FieldChange(field: "tags", old: "stary", new: "stary, nowy"),
        ]))
        // The same file again changes nothing and says so.
        let again = try Importer.run(store: t.store, file: path, options: update)
        #expect(again.lines == ["0 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten), 1 unchanged"])
        #expect(t.store.state.contacts.count == 1)
    }

    @Test func forgottenPeopleAreSkippedWithoutTheirData() throws {
        let t = try TempStore()
        let id = try t.store.addContact(ContactDetails(name: "Ewa Zapomniana", email: "ewa@example.com", phone: "+48 700 800 900"))
        try t.store.anonymize(id)
        let csv = "Name,Email,Phone\nEwa Z.,EWA@example.com,\nE. Zapomniana,,0048 700 800 900\nNowa Osoba,nowa@example.com,\n"
        let report = try Importer.run(store: t.store, file: try t.write("again.csv", csv))
        #expect(report.lines == ["1 added, 0 updated, 0 rejected, 2 skipped (asked to be forgotten)",
                                 "line 2: skipped: this person asked to be forgotten (e-mail matches an erased person)",
                                 "line 3: skipped: this person asked to be forgotten (phone matches an erased person)"])
        #expect(!report.lines.joined().contains("ewa") && !report.lines.joined().contains("700"))
    }

    @Test func dryRunReportsTheSameAndChangesNothing() throws {
        let t = try TempStore()
        let path = try t.write("dry.csv", "Name,Email\nA,a@example.com\nB,bad\n")
        let seq = t.store.lastSeq
        let dry = try Importer.run(store: t.store, file: path, dryRun: true)
        #expect(t.store.lastSeq == seq && t.store.state.contacts.isEmpty)
        #expect(dry.receipt == nil && dry.dryRun)
        let real = try Importer.run(store: t.store, file: path)
        #expect(dry.lines == real.lines)
        #expect(real.receipt == t.store.head)
    }

    @Test func validRowsAreOneCommit() throws {
        let root = NSTemporaryDirectory() + "zgoda-atomic-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let io = CountingIO()
        let store = try Store.open(DataDirectory(path: root + "/data"),
                                   options: StoreOptions(operatorName: "op", clock: FixedClock(TempStore.now), io: io))
        var csv = "Name,Email,partners\n"
        for i in 0..<300 { csv += "Person \(i),p\(i)@example.com,granted\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: root + "/many.csv"))
        let before = io.pwrites
        let report = try Importer.run(store: store, file: root + "/many.csv")
        #expect(report.added == 300)
        // One append for the 300 new keys to each of the two key files, and one journal append
        // for everything.
        #expect(io.pwrites - before == 3)
        #expect(store.lastSeq == 5 + 1 + 600)

        // A failed fsync leaves nothing behind: no people, no import record.
        io.failFsync = true
        try Data("Name\nNobody\n".utf8).write(to: URL(fileURLWithPath: root + "/one.csv"))
        #expect(throws: ZgodaError.self) { try Importer.run(store: store, file: root + "/one.csv") }
        io.failFsync = false
        let reopened = try Store.open(DataDirectory(path: root + "/data"), options: StoreOptions(operatorName: "op"))
        #expect(reopened.state.contacts.count == 300 && reopened.lastSeq == 606)
    }

    @Test func unknownConsentColumnIsNoted() throws {
        let t = try TempStore()
        let report = try Importer.run(store: t.store, file: try t.write("c.csv", "Name,consent:sms\nA,tak\n"))
        #expect(report.lines == ["1 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "note: column 'consent:sms': no purpose 'sms' in the catalogue; ignored"])
    }
}

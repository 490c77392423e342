import Foundation
import Testing
@testable import ZgodaCore

@Suite struct VCardTests {
    /// An Android-style 3.0 export: folded lines (one fold inside a UTF-8 sequence), grouped
    /// properties, a preferred phone listed second, two e-mails; then 2.1 cards with
    /// quoted-printable UTF-8 and Windows-1250 values and a soft line break.
    static let phoneExport: [UInt8] = {
        var b: [UInt8] = []
        func line(_ s: String) { b += Array(s.utf8) + [0x0D, 0x0A] }
        line("BEGIN:VCARD")
        line("VERSION:3.0")
        line("N:Kowalska;Maria;Anna;;")
        line("FN:Maria Anna Kowalska")
        line("TEL;TYPE=CELL:+48 600 111 222")
        line("TEL;TYPE=WORK,PREF:+48 22 555 66 77")
        line("item1.EMAIL;TYPE=INTERNET:maria@example.pl")
        line("item1.X-ABLabel:Praca")
        line("EMAIL;TYPE=INTERNET,HOME:maria.prywatnie@example.pl")
        line("ORG:Biuro Podróży Słońce;Sprzedaż")
        line("TITLE:Kierownik")
        line("ADR;TYPE=WORK:;;ul. Długa 5;Wrocław;dolnośląskie;50-001;Polska")
        // "wię" folded between the two bytes of "ę".
        let note = Array("NOTE:Długa notatka\\, zawinięta przez telefon\\; ma wię".utf8)
        b += note.dropLast(1) + [0x0D, 0x0A, 0x20] + note.suffix(1)
        line("cej niż siedemdziesiąt pięć oktetów.")
        line("CATEGORIES:klienci,vip")
        line("END:VCARD")
        line("BEGIN:VCARD")
        line("VERSION:2.1")
        line("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=BB=C3=B3=C5=82w;Pawe=C5=82;;;")
        line("TEL;CELL;PREF:601222333")
        line("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Pierwsza linia=0D=0A=")
        line("Druga linia")
        line("END:VCARD")
        line("BEGIN:VCARD")
        line("VERSION:2.1")
        line("FN;CHARSET=WINDOWS-1250;ENCODING=QUOTED-PRINTABLE:=A3ucja =8Cwi=EAtek")
        line("TEL;HOME:+48601444555")
        line("END:VCARD")
        line("BEGIN:VCARD")
        line("VERSION:3.0")
        line("EMAIL:no.name@example.pl")
        line("END:VCARD")
        line("BEGIN:VCARD")
        line("FN:Unclosed")
        return b
    }()

    @Test func phoneExportIsRead() throws {
        let parsed = try VCardReader.read(Self.phoneExport, purposes: [])
        #expect(parsed.encoding == .utf8)
        #expect(parsed.problems == [ImportProblem(.line(33), "card has no END:VCARD")])
        let people = parsed.candidates.map(\.details)
        #expect(people.count == 4)
        #expect(people[0] == ContactDetails(
            name: "Maria Anna Kowalska", email: "maria@example.pl", phone: "+48225556677", company: "Biuro Podróży Słońce",
            position: "Kierownik", city: "Wrocław", tags: ["klienci", "vip"],
            notes: "Długa notatka, zawinięta przez telefon; ma więcej niż siedemdziesiąt pięć oktetów.\nOther e-mail: maria.prywatnie@example.pl\nOther phone: +48600111222"))
        #expect(people[1] == ContactDetails(name: "Paweł Żółw", phone: "+48601222333", notes: "Pierwsza linia\r\nDruga linia"))
        #expect(people[2] == ContactDetails(name: "Łucja Świętek", phone: "+48601444555"))
        #expect(parsed.candidates.map(\.location) == [.line(1), .line(17), .line(24), .line(29)])
    }

    @Test func cardWithoutNameIsNamedAfterItsEmail() throws {
        let t = try TempStore()
        let report = try Importer.run(store: t.store, file: try t.write("telefon.vcf", Self.phoneExport))
        #expect(report.lines == [
            "4 added, 0 updated, 1 rejected, 0 skipped (asked to be forgotten)",
            "line 29: warning: no name; named after the e-mail",
            "line 33: card has no END:VCARD",
        ])
    }

    @Test func notAVCard() throws {
        #expect(throws: ZgodaError.invalidInput("not a vCard file: no BEGIN:VCARD line")) {
            try VCardReader.read(Array("Name,Email\n".utf8), purposes: [])
        }
    }

    @Test func writerEscapesAndFolds() throws {
        let t = try TempStore()
        let notes = "Zażółć gęślą jaźń; przecinek, ukośnik \\ i\nnowa linia. " + String(repeating: "ąę", count: 40)
        let id = try t.store.addContact(ContactDetails(name: "Zoë O'Brien, jr.", email: "zoe@example.com", company: "ACME; Ltd",
                                                       city: "Łódź", tags: ["a,b", "vip"], notes: notes))
        try t.store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .paper)
        let card = VCardWriter.card(try t.store.contact(id), state: t.store.state, now: TempStore.now)
        let lines = card.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { !$0.isEmpty })
        #expect(lines.contains("FN:Zoë O'Brien\\, jr."))
        #expect(lines.contains("ORG:ACME\\; Ltd"))
        #expect(lines.contains("ADR:;;;Łódź;;;"))
        #expect(lines.contains("CATEGORIES:a\\,b,vip"))
        #expect(lines.contains("X-ZGODA-CONSENT;PURPOSE=email-marketing:granted"))
        let unfolded = card.replacingOccurrences(of: "\r\n ", with: "")
        let escapedNotes = "Zażółć gęślą jaźń\\; przecinek\\, ukośnik \\\\ i\\nnowa linia. " + String(repeating: "ąę", count: 40)
        #expect(unfolded.contains("\r\nNOTE:" + escapedNotes + "\r\n"))
        // And back.
        let parsed = try VCardReader.read(Array(card.utf8), purposes: ["email-marketing"])
        #expect(parsed.candidates.first?.details == ContactDetails(name: "Zoë O'Brien, jr.", email: "zoe@example.com", company: "ACME; Ltd",
                                                                  city: "Łódź", tags: ["a", "b", "vip"], notes: notes))
        #expect(parsed.candidates.first?.consents == [ImportedConsent(purpose: "email-marketing", decision: .granted)])
    }

    @Test func foldingNeverSplitsAUTF8Sequence() {
        for prefixLength in 0..<4 {
            let line = "NOTE:" + String(repeating: "a", count: prefixLength) + String(repeating: "ż😀", count: 30)
            let folded = VCardWriter.fold(line)
            // A cut inside a sequence would show as U+FFFD here and break the round trip below.
            #expect(!folded.contains("\u{FFFD}"))
            for part in folded.components(separatedBy: "\r\n") {
                #expect(part.utf8.count <= 75)
            }
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        }
    }
}

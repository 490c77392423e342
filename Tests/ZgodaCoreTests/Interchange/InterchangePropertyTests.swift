import Foundation
import PropertyBased
import Testing
@testable import ZgodaCore

/// Random people with any Unicode text: exported as CSV, vCard or JSON and imported into an
/// empty data directory, they come back the same.
@Suite("Export then import keeps the people (property)")
struct InterchangePropertyTests {
    /// Where random characters come from: ASCII, European letters, Greek, Cyrillic, Hebrew and
    /// Arabic, combining marks, kana, CJK, Hangul, emoji, and anything at all.
    static let pools: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x24F, 0x370...0x4FF, 0x590...0x6FF, 0x300...0x36F, 0x3040...0x30FF,
        0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F300...0x1FAFF, 0x2000...0x206F, 0x0...0x10FFFF,
    ]

    /// Reads random numbers as text; `inert` leaves out what a vCard writes as a placeholder
    /// (controls and bidi marks, as docs/import-export.md says), keeping line breaks.
    struct Source {
        var codes: [Int]
        var i = 0
        mutating func next() -> Int { defer { i += 1 }; return codes.isEmpty ? 0 : codes[i % codes.count] &+ i }

        mutating func text(_ length: ClosedRange<Int>, inert: Bool, commas: Bool = true) -> String {
            let n = length.lowerBound + next() % (length.count)
            var s = String.UnicodeScalarView()
            while s.count < n {
                let code = next()
                let pool = InterchangePropertyTests.pools[code % InterchangePropertyTests.pools.count]
                let v = pool.lowerBound + UInt32(code / 16) % UInt32(pool.count)
                guard let u = Unicode.Scalar(v) else { continue }
                if inert, u != "\n", SafeText.placeholder(for: u) != nil { continue }
                if !commas, u == "," { continue }
                s.append(u)
            }
            return String(s)
        }

        mutating func phone() -> String {
            let forms = ["+48 6%02d 100 2%02d", "0211/12%04d", "+1 (555) 1%02d-45%02d ext. 12", "(0%02d) 555-01%02d", "+49 (0) 40 64321%02d-5%02d"]
            let form = forms[next() % forms.count]
            return form.replacingOccurrences(of: "%02d", with: String(format: "%02d", next() % 100))
                .replacingOccurrences(of: "%04d", with: String(format: "%04d", next() % 10_000))
        }
    }

    static func people(_ codes: [Int], inert: Bool) -> [ContactDetails] {
        var src = Source(codes: codes)
        return (0..<(1 + codes.count % 5)).map { k in
            ContactDetails(name: src.text(1...12, inert: inert), email: src.next() % 3 == 0 ? "" : "p\(k).\(src.next() % 1000)@example.com",
                           phone: src.next() % 3 == 0 ? "" : src.phone(), company: src.text(0...10, inert: inert),
                           position: src.text(0...8, inert: inert), city: src.text(0...8, inert: inert),
                           tags: (0..<(src.next() % 3)).map { _ in src.text(1...6, inert: inert, commas: false) },
                           notes: src.text(0...30, inert: inert))
        }
    }

    @Test(.shrinking(false), arguments: InterchangeFormat.allCases)
    func exportThenImportKeepsThePeople(_ format: InterchangeFormat) async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...40)) { codes in
            let from = try TempStore()
            var held: [String: ContactDetails] = [:]
            for d in Self.people(codes, inert: format == .vcard) {
                // Text that is blank once trimmed is no name; the store refuses it, as it should.
                guard let id = try? from.store.addContact(d) else { continue }
                var kept = try from.store.contact(id).details
                // A CSV or vCard import keeps a phone in E.164 when its country is known; Zgoda's
                // own JSON keeps it byte for byte.
                if format != .json, let phone = Validation.parsePhone(kept.phone) { kept.phone = phone.normalizedText }
                held[id.rawValue] = kept
            }
            let file = from.path("export." + (format == .vcard ? "vcf" : format.rawValue))
            _ = try Exporter.export(store: from.store, format: format, destination: .file(file))
            let into = try TempStore()
            let report = try Importer.run(store: into.store, file: file)
            #expect(report.rejected == 0, "\(format): \(report.lines)")
            let a = held.values.map { "\($0)" }.sorted()
            let b = into.store.state.contacts.values.map { "\($0.details)" }.sorted()
            #expect(a == b, "\(format)")
        }
    }

    /// Values that begin or end in a space of another kind (zero-width, byte order mark,
    /// ideographic, no-break, line separator), or hold one inside a note, read back from every
    /// export as the store kept them: typing and importing trim by one rule, and white space
    /// alone is no note.
    @Test(arguments: InterchangeFormat.allCases)
    func unusualSpacesAtTheEndsReadBackAsKept(_ format: InterchangeFormat) throws {
        let from = try TempStore()
        var held: [String] = []
        for space in ["\u{200B}", "\u{FEFF}", "\u{3000}", "\u{00A0}", "\u{2028}", "\u{1680}"] {
            let id = try from.store.addContact(ContactDetails(name: "Osoba\(space)", email: "", phone: "", company: space + "Firma",
                                                              position: "", city: space, tags: [], notes: space))
            held.append("\(try from.store.contact(id).details)")
            // A vCard writes a line separator inside a value as the placeholder a terminal
            // shows (`VCardWriter.escape`): it keeps cards inert, so that one is not compared.
            if format == .vcard && space == "\u{2028}" { continue }
            let noted = try from.store.addContact(ContactDetails(name: "Notatka", email: "", phone: "", company: "", position: "",
                                                                 city: "", tags: [], notes: "Uwaga\(space)koniec"))
            held.append("\(try from.store.contact(noted).details)")
        }
        let file = from.path("export." + (format == .vcard ? "vcf" : format.rawValue))
        _ = try Exporter.export(store: from.store, format: format, destination: .file(file))
        let into = try TempStore()
        _ = try Importer.run(store: into.store, file: file)
        #expect(into.store.state.contacts.values.map { "\($0.details)" }.sorted() == held.sorted())
    }
}

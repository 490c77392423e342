import Foundation
import Testing
@testable import ZgodaCore

/// Charsets named by vCard `CHARSET` parameters, and UTF-16/UTF-32 files with or without a BOM.
@Suite struct CharsetTests {
    @Test func charsetsThePlatformKnows() {
        // 安藤 in Shift_JIS, Привет in KOI8-R, Grüße in Windows-1252, ß€ in ISO-8859-15.
        #expect(TextDecoding.decode([0x88, 0xC0, 0x93, 0xA1], charset: "SHIFT_JIS") == "安藤")
        #expect(TextDecoding.decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], charset: "KOI8-R") == "Привет")
        #expect(TextDecoding.decode([0x47, 0x72, 0xFC, 0xDF, 0x65], charset: "windows-1252") == "Grüße")
        #expect(TextDecoding.decode([0xDF, 0xA4], charset: "ISO-8859-15") == "ß€")
        #expect(TextDecoding.decode(Array("Łódź".utf8), charset: "utf-8") == "Łódź")
        #expect(TextDecoding.decode([0xA3, 0xF3, 0x64, 0x9F], charset: "Windows-1250") == "Łódź")
        #expect(TextDecoding.decode([0x41], charset: "X-NO-SUCH-CHARSET") == nil)
        #expect(!TextDecoding.knows(charset: "X-NO-SUCH-CHARSET") && TextDecoding.knows(charset: "Shift_JIS"))
    }

    static let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Łódź 山田\r\nEND:VCARD\r\n"

    static func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
        s.utf16.flatMap { u in bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
    }

    static func utf32(_ s: String, bigEndian: Bool) -> [UInt8] {
        s.unicodeScalars.flatMap { u -> [UInt8] in
            let v = u.value
            let le = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
            return bigEndian ? le.reversed() : le
        }
    }

    @Test(arguments: [
        (utf16(card, bigEndian: false), TextDecoding.Encoding.utf16LE),
        (utf16(card, bigEndian: true), .utf16BE),
        ([0xFF, 0xFE] + utf16(card, bigEndian: false), .utf16LE),
        ([0xFE, 0xFF] + utf16(card, bigEndian: true), .utf16BE),
        (utf32(card, bigEndian: false), .utf32LE),
        (utf32(card, bigEndian: true), .utf32BE),
        ([0xFF, 0xFE, 0, 0] + utf32(card, bigEndian: false), .utf32LE),
        ([0, 0, 0xFE, 0xFF] + utf32(card, bigEndian: true), .utf32BE),
    ] as [([UInt8], TextDecoding.Encoding)])
    func wideUnicodeByBOMAndPattern(_ bytes: [UInt8], _ encoding: TextDecoding.Encoding) throws {
        #expect(TextDecoding.string(bytes) == (Self.card, encoding))
        #expect(InterchangeFormat.sniff(bytes) == .vcard)
        let parsed = try VCardReader.read(bytes, purposes: [])
        #expect(parsed.encoding == encoding)
        #expect(parsed.candidates.map(\.details.name) == ["Zoë Łódź 山田"])
        let csv = try CSVImportReader.read(Self.utf16("Name;City\r\nZoë;Łódź\r\n", bigEndian: encoding == .utf16BE), purposes: [])
        #expect(csv.candidates.map(\.details.city) == ["Łódź"])
    }

    /// A 2.1 card from a Japanese phone: raw Shift_JIS bytes and quoted-printable Shift_JIS.
    @Test func vCardValuesInTheirCharset() throws {
        let bytes: [UInt8] = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:".utf8) + [0x88, 0xC0, 0x93, 0xA1]
            + Array("\r\nNOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=83=81=83=82\r\nTITLE;CHARSET=KOI8-R:".utf8)
            + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("\r\nEND:VCARD\r\n".utf8)
        let c = try #require(try VCardReader.read(bytes, purposes: []).candidates.first)
        #expect(c.details.name == "安藤" && c.details.notes == "メモ" && c.details.position == "Привет")
        #expect(c.warnings.isEmpty)
    }

    /// An unknown charset is said, per person, instead of turning into silent garbage.
    @Test func unknownCharsetIsReported() throws {
        let t = try TempStore()
        let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-MARTIAN:Zork\r\nEND:VCARD\r\n"
        let report = try Importer.run(store: t.store, file: try t.write("m.vcf", card))
        #expect(report.lines == ["1 added, 0 updated, 0 rejected, 0 skipped (asked to be forgotten)",
                                 "line 1: warning: FN: unknown charset 'X-MARTIAN'; read as UTF-8"])
        #expect(t.contact(named: "Zork") != nil)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// `Validation` trims without Foundation for speed; it must trim exactly what Foundation's
/// `.whitespacesAndNewlines` (fields) and `.whitespaces` (tags) trim, and a byte order mark
/// (U+FEFF, which a value pasted or read from a file may begin with, and an import trims).
@Suite struct ValidationTrimTests {
    @Test func trimsExactlyWhatFoundationTrims() {
        // Every scalar of the first planes that matter, plus the far ones that are spaces.
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init) + [0xFEFF, 0xFFFC, 0x1F600, 0xE0020].compactMap(Unicode.Scalar.init)
        var differ: [String] = []
        for u in scalars {
            let s = String(u) + "a " + String(u) + "b" + String(u)
            for newlines in [true, false] {
                let foundation = s.trimmingCharacters(in: (newlines ? CharacterSet.whitespacesAndNewlines : .whitespaces).union(["\u{FEFF}"]))
                if Validation.trimmed(s, newlines: newlines) != foundation {
                    differ.append("U+\(String(u.value, radix: 16)) newlines: \(newlines)")
                }
            }
        }
        #expect(differ == [])
    }

    @Test func cleansValuesAsBefore() throws {
        let d = try Validation.check(ContactDetails(name: " \u{3000}Łucja Żak\n", email: "\tl@zak.pl\r\n", city: "\u{00A0}Łódź\u{200B}",
                                                    tags: [" vip ", "\n", "targi\u{2028}"], notes: "  kept as typed  "))
        #expect(d.name == "Łucja Żak" && d.email == "l@zak.pl" && d.city == "Łódź")
        #expect(d.tags == ["vip", "\n", "targi\u{2028}"], "tags lose spaces only, as before")
        #expect(d.notes == "  kept as typed  ")
        let long = String(repeating: "ą", count: Validation.maxFieldLength)
        #expect(try Validation.check(ContactDetails(name: long)).name == long, "4000 characters in 8000 bytes fit")
        #expect(throws: ZgodaError.self) { try Validation.check(ContactDetails(name: long + "x")) }
    }
}

/// The byte-wise e-mail check must agree with the character-wise rule on everything.
@Suite struct EmailCheckTests {
    @Test func byteCheckAgreesWithTheCharacterRule() {
        let pieces = ["a", "Z", "0", ".", "..", "-", "@", "@@", "example", "pl", "p", "com", "x-y", "-x", "x-", "ż", "é",
                      " ", "\t", "\r\n", "<", "\"", "[", "\\", ":", "_", "+", "%", "Ł", "1"]
        var rng = SeededGenerator(seed: 3)
        var checked = 0
        var differ: [String] = []
        for _ in 0..<20_000 {
            let s = (0..<Int.random(in: 1...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            if Validation.isValidEmail(s) != Validation.isValidEmailByCharacters(s) { differ.append(s) }
            if Validation.isValidPrintableASCIIEmail(s) != nil { checked += 1 }
        }
        for s in ["anna@kowal.pl", "a@b.c", ".a@b.pl", "a.@b.pl", "a..b@c.pl", "a@b..pl", "a@-b.pl", "a@b-.pl", "a@b.p1",
                  String(repeating: "a", count: 64) + "@b.pl", String(repeating: "a", count: 65) + "@b.pl", "a@b@c.pl", "@b.pl",
                  "a@b", "a@.pl", "a(b)@c.pl", "a@b.PL", "a@xn--80ak6aa92e.com"] {
            if Validation.isValidEmail(s) != Validation.isValidEmailByCharacters(s) { differ.append(s) }
        }
        #expect(differ == [])
        #expect(checked > 5_000, "the byte check ran on many of them")
        #expect(Validation.isValidEmail("anna@kowal.pl") && !Validation.isValidEmail("anna@kowal"))
    }
}

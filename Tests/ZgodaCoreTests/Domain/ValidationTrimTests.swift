import Foundation
import Testing
@testable import ZgodaCore

/// `Validation` trims without Foundation for speed; it must trim exactly what Foundation's
/// `.whitespacesAndNewlines` (fields) and `.whitespaces` (tags) trim.
@Suite struct ValidationTrimTests {
    @Test func trimsExactlyWhatFoundationTrims() {
        // Every scalar of the first planes that matter, plus the far ones that are spaces.
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init) + [0xFEFF, 0xFFFC, 0x1F600, 0xE0020].compactMap(Unicode.Scalar.init)
        var differ: [String] = []
        for u in scalars {
            let s = String(u) + "a " + String(u) + "b" + String(u)
            for newlines in [true, false] {
                let foundation = s.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
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

import Testing
@testable import ZgodaCore

/// One phone rule for `contact add`, the form and every imported phone: what a person would
/// recognise as a phone is kept, with its extension; only what is clearly not a phone is refused.
@Suite struct PhoneRuleTests {
    @Test(arguments: [
        // text, number kept, extension, stored text
        ("tel:+48-22-555-0100;ext=12", "+48225550100", "12", "+48225550100 ext. 12"),
        ("tel:+1-418-656-9254;ext=102", "+14186569254", "102", "+14186569254 ext. 102"),
        ("TEL:+44-555-555-6666", "+445555556666", nil, "+445555556666"),
        ("+48 22 555 01 00 wew. 12", "+48 22 555 01 00", "12", "+48 22 555 01 00 wew. 12"),
        ("+48 22 555 01 00 w. 12", "+48 22 555 01 00", "12", "+48 22 555 01 00 w. 12"),
        ("+1 (555) 123-4567 ext. 89", "+1 (555) 123-4567", "89", "+1 (555) 123-4567 ext. 89"),
        ("555-123-4567x89", "555-123-4567", "89", "555-123-4567x89"),
        ("0211 123456 Durchwahl 7", "0211 123456", "7", "0211 123456 Durchwahl 7"),
        ("0211/123456", "0211/123456", nil, "0211/123456"),
        ("12212/1212", "12212/1212", nil, "12212/1212"),
        ("+49 (0) 40 6432131-550", "+49 (0) 40 6432131-550", nil, "+49 (0) 40 6432131-550"),
        ("+48 600 100 200", "+48 600 100 200", nil, "+48 600 100 200"),
        ("  600.100.200 ", "600.100.200", nil, "600.100.200"),
    ] as [(String, String, String?, String)])
    func recognised(_ text: String, _ number: String, _ ext: String?, _ stored: String) throws {
        let p = try #require(Validation.parsePhone(text))
        #expect(p.number == number && p.ext == ext && p.text == stored)
        #expect(Validation.isValidPhone(text))
    }

    @Test(arguments: ["12ab", "+49 BUSINESS", "pager", "100", "12345", "1234567890123456", "+48 600 + 100", "tel:+48;ext=x",
                      "call me", "600 100 200 box 12", "ext. 12"])
    func clearlyNotAPhone(_ text: String) {
        #expect(Validation.parsePhone(text) == nil)
    }

    /// The suppression list hashes `normalizedPhone`: plain numbers give what they always gave,
    /// and an extension does not hide a forgotten person's number.
    @Test func normalisedForMatching() {
        #expect(Validation.normalizedPhone("+48 600 100 200") == "48600100200")
        #expect(Validation.normalizedPhone("0048 600 100 200") == "48600100200")
        #expect(Validation.normalizedPhone("(600) 100-200") == "600100200")
        #expect(Validation.normalizedPhone("tel:+48-22-555-0100;ext=12") == "48225550100")
        #expect(Validation.normalizedPhone("+48 22 555 01 00 wew. 12") == "48225550100")
        #expect(Validation.normalizedPhone("0211/123456") == "0211123456")
    }

    /// An import keeps a phone in E.164 when the text says which country it is of, with its
    /// extension; a national number of unknown country stays as written.
    @Test(arguments: [
        ("+48 22 555 01 00 wew. 12", "+48225550100 ext. 12"),
        ("0048 601-202-303", "+48601202303"),
        ("00-1-212-555-7777", "+12125557777"),
        ("+49 (0) 40 6432131-550", "+49406432131550"),
        ("601 202 303", "+48601202303"),
        ("(22) 555-01-00", "+48225550100"),
        ("600.100.200 x7", "+48600100200 ext. 7"),
        ("tel:+1-418-656-9254;ext=102", "+14186569254 ext. 102"),
        ("0211/123456", "0211/123456"),
        ("12212/1212", "12212/1212"),
        ("(650) 555-1212", "(650) 555-1212"),
        ("0171-9394461", "0171-9394461"),
        ("+0 123 456 789", "+0 123 456 789"),
        ("123456", "123456"),
    ] as [(String, String)])
    func importedInE164WhenTheCountryIsKnown(_ text: String, _ stored: String) throws {
        #expect(try #require(Validation.parsePhone(text)).normalizedText == stored)
    }

    @Test func oneNumberWrittenTwoWaysIsImportedOnce() {
        var b = CandidateBuilder()
        b.phones(["+48 601 202 303", "601202303", "0048 601-202-303", "+48 22 555 01 00"])
        let (details, _) = b.finish()
        #expect(details.phone == "+48601202303")
        #expect(details.notes == "Other phone: +48225550100")
    }

    /// `contact add` uses the same rule: a tel: URI is stored as E.164 with its extension.
    @Test func contactAddUsesTheRule() throws {
        let clean = try Validation.check(ContactDetails(name: "Jan", phone: "tel:+48-22-555-0100;ext=12"))
        #expect(clean.phone == "+48225550100 ext. 12")
        #expect(try Validation.check(ContactDetails(name: "Jan", phone: " 0211/123456 ")).phone == "0211/123456")
        #expect(throws: ZgodaError.invalidValue(field: "phone", reason: "'+49 BUSINESS' is not a phone number (digits, spaces, +, -, parentheses; 6 to 15 digits)")) {
            try Validation.check(ContactDetails(name: "Jan", phone: "+49 BUSINESS"))
        }
    }

    /// Plain ASCII numbers are read on their bytes; the result must be the full rule's, for
    /// every text the byte reading takes and for the texts beside them that it hands on.
    @Test func byteReadingAgreesWithTheFullRule() {
        let pieces = ["0", "1", "5", "9", "48", "600", " ", "+", "-", "(", ")", ".", "/", "(0)", "x", "#", "ext. ", "w. ",
                      "\u{00A0}", "\u{2013}", "\r\n", "\t", "٣", "1\u{301}", "tel:", "a"]
        var rng = SeededGenerator(seed: 11)
        var byBytes = 0
        var differ: [String] = []
        for _ in 0..<20_000 {
            let s = (0..<Int.random(in: 1...10, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let trimmed = Validation.trimmed(s, newlines: true)
            if Validation.plainASCIIPhone(trimmed) != nil { byBytes += 1 }
            if Validation.parsePhone(s) != Validation.parsePhoneText(trimmed) { differ.append(s) }
            if Validation.asciiDigits(s) != String(s.filter { $0.isASCII && $0.isNumber }) { differ.append("digits of " + s) }
        }
        #expect(differ == [])
        #expect(byBytes > 2_000, "the byte reading ran on many of them")
    }
}

import Testing
@testable import ZgodaCore

/// Texts in both languages, read in the language the work is bound to.
@Suite struct LocalizedTests {
    static let greeting = Localized(en: "Contacts", pl: "Kontakty")
    static let contacts = PluralNoun(en: ("contact", "contacts"), pl: ("kontakt", "kontakty", "kontaktów"))

    @Test func readInTheBoundLanguage() {
        #expect(Self.greeting.text == "Contacts")
        Language.$current.withValue(.pl) {
            #expect(Self.greeting.text == "Kontakty")
            #expect("\(Self.greeting)" == "Kontakty")
        }
        #expect(Self.greeting(.pl) == "Kontakty" && Self.greeting(.en) == "Contacts")
    }

    @Test(arguments: [(0, "0 kontaktów"), (1, "1 kontakt"), (2, "2 kontakty"), (4, "4 kontakty"), (5, "5 kontaktów"),
                      (12, "12 kontaktów"), (14, "14 kontaktów"), (22, "22 kontakty"), (25, "25 kontaktów"),
                      (112, "112 kontaktów"), (1_000_000, "1000000 kontaktów"), (1_002, "1002 kontakty")])
    func polishCounts(_ n: Int, _ text: String) {
        #expect(Self.contacts.count(n, in: .pl) == text)
    }

    @Test func englishCounts() {
        #expect(Self.contacts.count(1, in: .en) == "1 contact")
        #expect(Self.contacts.count(0, in: .en) == "0 contacts")
        #expect(Self.contacts.count(22, in: .en) == "22 contacts")
    }
}

import Foundation
import Testing
@testable import ZgodaCore

@Suite("Language: choice, plurals, dates, Polish order")
struct LanguageTests {
    @Test func theChoiceFollowsFlagThenConfigThenLocale() throws {
        let polishLocale = ["LANG": "pl_PL.UTF-8"]
        #expect(try Language.resolve(explicit: "en", configured: "pl", environment: polishLocale) == .en)
        #expect(try Language.resolve(explicit: nil, configured: "pl", environment: [:]) == .pl)
        #expect(try Language.resolve(explicit: nil, configured: nil, environment: polishLocale) == .pl)
        // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides.
        #expect(try Language.resolve(explicit: nil, configured: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "pl_PL.UTF-8"]) == .en)
        #expect(try Language.resolve(explicit: nil, configured: nil, environment: ["LC_MESSAGES": "pl_PL", "LANG": "C.UTF-8"]) == .pl)
        #expect(try Language.resolve(explicit: nil, configured: nil, environment: ["LANG": "C"]) == .en)
        #expect(try Language.resolve(explicit: nil, configured: nil, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(try Language.resolve(explicit: nil, configured: nil, environment: [:]) == .en)
        #expect(throws: ZgodaError.self) { try Language.resolve(explicit: "de", configured: nil, environment: [:]) }
        #expect(throws: ZgodaError.self) { try Language.resolve(explicit: nil, configured: "polski", environment: [:]) }
    }

    @Test func polishPluralsFollowCLDR() {
        let forms: [PluralCategory: String] = [.one: "kontakt", .few: "kontakty", .many: "kontaktów"]
        let expected: [(Int, String)] = [
            (0, "kontaktów"), (1, "kontakt"), (2, "kontakty"), (4, "kontakty"), (5, "kontaktów"),
            (11, "kontaktów"), (12, "kontaktów"), (14, "kontaktów"), (21, "kontaktów"), (22, "kontakty"),
            (24, "kontakty"), (25, "kontaktów"), (101, "kontaktów"), (102, "kontakty"), (112, "kontaktów"),
            (113, "kontaktów"), (122, "kontakty"), (1_000_000, "kontaktów"), (1_000_002, "kontakty"),
        ]
        for (n, word) in expected {
            #expect(PluralRules.form(n, in: .pl, forms) == word, "\(n)")
        }
        #expect(PluralRules.category(1, in: .en) == .one)
        #expect(PluralRules.category(2, in: .en) == .other)
        #expect(PluralRules.form(0, in: .en, [.one: "contact", .other: "contacts"]) == "contacts")
    }

    @Test func datesInPolishAndEnglish() {
        let day = Day(year: 2026, month: 12, day: 1)
        #expect(LocalDates.long(day, in: .pl) == "1 grudnia 2026")
        #expect(LocalDates.short(day, in: .pl) == "01.12.2026")
        #expect(LocalDates.long(day, in: .en) == "1 December 2026")
        #expect(LocalDates.short(day, in: .en) == "2026-12-01")
        #expect(LocalDates.long(Day(year: 2027, month: 9, day: 23), in: .pl) == "23 września 2027")
    }

    @Test func polishOrderPutsEachLetterWithADiacriticAfterItsBase() {
        let shuffled = ["Żaneta", "Lucyna", "Zenon", "Łucja", "Ścibor", "Sylwia", "Źdźbło", "Tomasz", "Ćma",
                        "Cezary", "Lech", "łąka", "Óla", "Oskar", "Ąbel", "Ania", "Ewa", "Ęka", "Émile", "Eugeniusz",
                        "Nina", "Ńa", "Ola Nowak", "Olaf"]
        let sorted = shuffled.sorted(by: PolishCollation.precedes)
        #expect(sorted == ["Ania", "Ąbel", "Cezary", "Ćma", "Émile", "Eugeniusz", "Ewa", "Ęka", "Lech", "Lucyna",
                           "łąka", "Łucja", "Nina", "Ńa", "Ola Nowak", "Olaf", "Oskar", "Óla", "Sylwia", "Ścibor",
                           "Tomasz", "Zenon", "Źdźbło", "Żaneta"])
    }

    /// The same order as ICU's Polish collation (Foundation's `compare(_:locale:)`) over every
    /// demo name, which covers Polish, German, Czech, Ukrainian and CJK names.
    @Test func agreesWithICUsPolishCollationOnTheDemoNames() {
        let pl = Locale(identifier: "pl_PL")
        var seen = Set<[UInt8]>()
        // Names whose primary letters are equal are ordered by a tie-break of our own; leave them out.
        let names = DemoData.people(count: 3000, seed: 7).map(\.name).filter { name in
            let key = PolishCollation.key(name)
            return seen.insert(Array(key.prefix(while: { $0 != 0 }))).inserted
        }
        let ours = names.sorted(by: PolishCollation.precedes)
        let icu = names.sorted { $0.compare($1, options: [], range: nil, locale: pl) == .orderedAscending }
        // Compare the Latin-script names: ICU puts scripts in its own order (Cyrillic after Latin).
        let latin = { (s: String) in s.unicodeScalars.allSatisfy { $0.value < 0x250 } }
        #expect(ours.filter(latin) == icu.filter(latin))
        #expect(names.filter(latin).count > 500)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

@Suite("Search")
struct SearchIndexTests {
    func state(_ people: [ContactDetails]) -> ZgodaState {
        var s = ZgodaState()
        for (i, d) in people.enumerated() {
            s.apply(JournalEntry(seq: UInt64(i + 1), at: Date(), operator: "t",
                                 event: .contactAdded(id: ContactID("c\(i)"), keySlot: UInt32(i + 1), details: d)))
        }
        return s
    }

    /// The list, `contact list` and exports put names in Polish alphabetical order: Ł after L,
    /// Ś after S, Ź and Ż after Z; case and other languages' accents do not make a letter.
    @Test func namesAreInPolishOrder() {
        let names = ["Żaneta Wąs", "Lucyna Ptak", "Zenon Kot", "Łucja Bąk", "Sylwia Nowak", "Ścibor Rak", "Źdźisław Lis",
                     "anna Mała", "Ćwik Jerzy", "Czesław Wit", "Émile Roux", "Eugeniusz Bury", "Ewa Łoś", "ola", "Ola"]
        let index = SearchIndex(state: state(names.map { ContactDetails(name: $0) }))
        let s = state(names.map { ContactDetails(name: $0) })
        let ordered = index.ids.map { s.contacts[$0]!.name }
        #expect(ordered == ["anna Mała", "Czesław Wit", "Ćwik Jerzy", "Émile Roux", "Eugeniusz Bury", "Ewa Łoś", "Lucyna Ptak",
                            "Łucja Bąk", "Ola", "ola", "Sylwia Nowak", "Ścibor Rak", "Zenon Kot", "Źdźisław Lis", "Żaneta Wąs"])
    }

    @Test func foldingRemovesCaseAndDiacritics() {
        #expect(TextFolding.folded("Łódź") == "lodz")
        #expect(TextFolding.folded("Żółć GĘŚLĄ") == "zolc gesla")
        #expect(TextFolding.folded("Jürgen Groß") == "jurgen gross")
        #expect(TextFolding.folded("Dvořák") == "dvorak")
        #expect(TextFolding.folded("王伟") == "王伟")
    }

    @Test func findsAcrossDiacriticsAndRanksNameStartsFirst() {
        let s = state([
            ContactDetails(name: "Bartek Kowal", city: "Łódź"),
            ContactDetails(name: "Anna Nowak", city: "Łódź"),
            ContactDetails(name: "Łucja Żółć"),
            ContactDetails(name: "Marek Zieliński", company: "Żółć i Syn"),
            ContactDetails(name: "Kowalski Jan"),
        ])
        let index = SearchIndex(state: s)
        #expect(index.search("lodz") == ["c1", "c0"])
        #expect(index.search("zolc") == ["c2", "c3"])
        // Name prefix (c4) before a later word of the name (c0).
        #expect(index.search("kowal") == ["c4", "c0"])
        #expect(index.search("KOWAL lodz") == ["c0"])
        #expect(index.search("") == ["c1", "c0", "c4", "c2", "c3"])
        #expect(index.search("nobody").isEmpty)
    }

    @Test func findsByPhoneDigits() {
        let index = SearchIndex(state: state([ContactDetails(name: "A", phone: "+48 600-100-200")]))
        #expect(index.search("600100") == ["c0"])
    }

    @Test func aPhoneIsFoundHoweverItIsWritten() {
        let index = SearchIndex(state: state([ContactDetails(name: "A", phone: "+48 600 000 129"),
                                              ContactDetails(name: "B", phone: "(22) 555-01-00")]))
        for q in ["+48600000129", "48600000129", "+48 600 000 129", "+48-600-000-129", "600.000.129", "+48600"] {
            #expect(index.search(q) == ["c0"], "\(q)")
        }
        for q in ["(22)555-01-00", "225550100", "22/555", "555-01"] {
            #expect(index.search(q) == ["c1"], "\(q)")
        }
        #expect(index.search("+49600000129").isEmpty)
    }

    @Test func anIdIsFound() {
        let index = SearchIndex(state: state([ContactDetails(name: "Anna"), ContactDetails(name: "Bartek", city: "c1ty")]))
        #expect(index.search("c0") == ["c0"])
        #expect(index.search("C1") == ["c1"])
    }
}

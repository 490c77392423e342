import Testing
@testable import ZgodaCore

@Suite("Search results")
struct SearchResultsTests {
    let ids: [ContactID] = ["c0", "c1", "c2", "c3"]

    @Test func rowsReadAsTheIndexIds() {
        let found = SearchResults(ids: ids, rows: [2, 0, 3])
        #expect(found.count == 3)
        #expect(Array(found) == ["c2", "c0", "c3"])
        #expect(found[1] == "c0")
        #expect(found.firstIndex(of: "c3") == 2)
        #expect(found.firstIndex(of: "c1") == nil)
    }

    @Test func everyoneIsTheIdsInOrder() {
        let all = SearchResults(ids: ids, rows: nil)
        #expect(Array(all) == ids)
        #expect(all == SearchResults(ids: ids, rows: [0, 1, 2, 3]), "the same people, however they are held")
        #expect(all != SearchResults(ids: ids, rows: [0, 1, 3, 2]), "order counts")
        #expect(all == ["c0", "c1", "c2", "c3"])
        #expect(SearchResults().isEmpty && SearchResults(ids: ids, rows: []).isEmpty)
    }

    @Test func aSearchGivesItsRowsInRankOrder() {
        var state = ZgodaState()
        for (i, name) in ["Kowalska Anna", "Anna Kowal", "Nowak"].enumerated() {
            state.apply(JournalEntry(seq: UInt64(i + 1), at: TestDirectory.epoch, operator: "t",
                                     event: .contactAdded(id: ContactID("c\(i)"), keySlot: UInt32(i + 1),
                                                          details: ContactDetails(name: name))))
        }
        let index = SearchIndex(state: state)
        // Display order: Anna Kowal, Kowalska Anna, Nowak; "kowal" starts one name, is a later word of the other.
        #expect(index.search("kowal") == ["c0", "c1"])
        #expect(index.search("") == ["c1", "c0", "c2"])
    }
}

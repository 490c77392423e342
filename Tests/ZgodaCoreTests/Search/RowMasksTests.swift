import Foundation
import Testing
@testable import ZgodaCore

/// The masks must never hide a row that holds a word (`SearchEquivalenceTests` holds the
/// results to their definition); these tests hold them to their purpose, that most rows
/// without the word are passed over unread.
@Suite("Row masks")
struct RowMasksTests {
    @Test(arguments: ["nowak", "kowal", "lodz", "syn", "600", "zz", "@kowal.pl"])
    func mostRowsWithoutTheWordArePassedOver(word: String) {
        let index = SearchIndex(state: SearchEquivalenceTests.randomState(seed: 11, count: 3_000))
        let rows = index.count
        let term = SearchIndex.terms(word)[0]
        let need = RowMasks.Need(term)
        let candidates = index.masks.withReader { masks in (0..<rows).filter { masks.mayHold(need, row: $0) } }
        let holding = Set(index.search(word).compactMap { index.ids.firstIndex(of: $0) })
        #expect(holding.isSubset(of: Set(candidates)), "no row that holds the word is passed over")
        let wrongly = candidates.count - holding.count
        #expect(wrongly * 10 <= rows - holding.count, "\(wrongly) of \(rows - holding.count) rows without '\(word)' read")
    }

    @Test func aOneLetterWordIsRankedByTheMasksAlone() {
        let index = SearchIndex(state: SearchEquivalenceTests.randomState(seed: 12, count: 200))
        #expect(RowMasks.Need(Array("k".utf8)).letter == UInt8(ascii: "k"))
        #expect(RowMasks.Need(Array("7".utf8)).letter == UInt8(ascii: "7"))
        // Bytes without a bit of their own share one: the masks only filter for them.
        #expect(RowMasks.Need(Array("@".utf8)).letter == nil)
        #expect(RowMasks.Need(Array("ko".utf8)).letter == nil)
        #expect(index.masks.count == index.count)
        #expect(RowMasks.size(rows: index.count) == index.masks.storage.count)
    }

    @Test func storedMasksMustBeWholeAndAligned() {
        let index = SearchIndex(state: SearchEquivalenceTests.randomState(seed: 13, count: 50))
        let storage = index.masks.storage
        #expect(RowMasks(rows: 50, storage: storage) == index.masks)
        #expect(RowMasks(rows: 49, storage: storage) == nil, "the size for another number of rows")
        // One byte in, the 64-bit words would be read unaligned.
        var shifted = Data(count: storage.count + 1)
        shifted.replaceSubrange(1..., with: storage)
        #expect(RowMasks(rows: 50, storage: shifted[1...]) == nil)
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// The index scans one flat buffer and sorts on packed integer keys; these tests hold it to
/// the plain definition of the ranking, written out the slow and obvious way, over random
/// contacts and queries.
@Suite("Search matches its definition")
struct SearchEquivalenceTests {
    /// The ranking as the documentation states it: every word of the query must occur in the
    /// folded text of a contact; rank 0 at the start of the name, 1 at the start of a later
    /// word of the name, 2 at the start of any other word, 3 anywhere; the worst word decides;
    /// then display order (named people by Polish alphabetical order of the name, then id;
    /// anonymised people last).
    static func reference(_ state: ZgodaState, _ query: String) -> [ContactID] {
        func isWord(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 }
        struct Row { var id: ContactID; var name: [UInt8]; var sortKey: [UInt8]; var text: [UInt8]; var anonymised: Bool }
        let rows: [Row] = state.contacts.values.map { c in
            let d = c.details
            var text = TextFolding.fold(d.name)
            let name = text
            for part in [d.email, d.phone, d.company, d.city, d.position] where !part.isEmpty {
                text.append(0x1F); text += TextFolding.fold(part)
            }
            if !d.phone.isEmpty { text.append(0x1F); text += d.phone.utf8.filter { $0 >= 0x30 && $0 <= 0x39 } }
            for t in d.tags { text.append(0x1F); text += TextFolding.fold(t) }
            text.append(0x1F); text += TextFolding.fold(c.id.rawValue)
            text = text.map { $0 == 0x1E ? 0x1F : $0 }
            return Row(id: c.id, name: name, sortKey: PolishCollation.key(d.name), text: text, anonymised: c.anonymized)
        }
        let ordered = rows.sorted { a, b in
            if a.anonymised != b.anonymised { return !a.anonymised }
            if a.sortKey != b.sortKey { return a.sortKey.lexicographicallyPrecedes(b.sortKey) }
            return a.id < b.id
        }
        // A word that is digits and phone punctuation only is looked for by its digits.
        let terms = query.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word -> [UInt8] in
            let phoneLike = word.contains(where: \.isNumber) && word.contains(where: { "+-()./".contains($0) })
                && word.allSatisfy { ("0"..."9").contains($0) || "+-()./".contains($0) }
            return phoneLike ? Array(word.filter { ("0"..."9").contains($0) }.utf8) : TextFolding.fold(String(word)).filter { $0 >= 0x20 }
        }.filter { !$0.isEmpty }
        if terms.isEmpty { return ordered.map(\.id) }
        var ranked: [(rank: Int, position: Int, id: ContactID)] = []
        for (position, row) in ordered.enumerated() {
            var worst = 0
            var all = true
            for term in terms {
                var best = -1
                if row.text.count >= term.count {
                    for i in 0...(row.text.count - term.count) where row.text[i..<i + term.count].elementsEqual(term) {
                        let rank = i == 0 ? 0 : !isWord(row.text[i - 1]) ? (i < row.name.count ? 1 : 2) : 3
                        if best < 0 || rank < best { best = rank }
                    }
                }
                if best < 0 { all = false; break }
                worst = max(worst, best)
            }
            if all { ranked.append((worst, position, row.id)) }
        }
        return ranked.sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }.map(\.id)
    }

    static let first = ["Łucja", "Jan", "Anna", "Ánná", "Zoë", "王", "Jürgen", "Ołeh", "an", "Kowal", "", "A\u{1E}B"]
    static let last = ["Żak", "Kowalski", "Kowalska", "Nowak", "Groß", "伟", "Шевченко", "Dvořák", "Kowal", "ANNA"]
    static let words = ["lodz", "łódź", "kow", "kowal", "an", "a", "ż", "ss", "gross", "600", "48 6", "vip", "zak nowak",
                        "x", "wal ann", "伟", "шев", "@", "\u{1E}", "k o w", "", "  ",
                        "+48600", "(600)-1", "+48-600-1", "48.6", "c0", "0000"]
    /// Every one-letter word: the masks rank these without reading the rows, and a letter that
    /// starts a name, a word of it, a word after it or nothing must each come out as defined.
    static let letters = (Array("abcdefghijklmnopqrstuvwxyz0123456789") + ["ł", "Ż", "@", ".", "-", "伟", "_"]).map { String($0) }

    static func randomState(seed: UInt64, count: Int) -> ZgodaState {
        var rng = SeededGenerator(seed: seed)
        var s = ZgodaState()
        for i in 0..<count {
            let name = "\(first.randomElement(using: &rng)!) \(last.randomElement(using: &rng)!)"
            let d = ContactDetails(name: Bool.random(using: &rng) ? name : name.uppercased(),
                                   email: Bool.random(using: &rng) ? "osoba\(i)@kowal.pl" : "",
                                   phone: Bool.random(using: &rng) ? "+48 600 \(100 + i % 900) 000" : "",
                                   company: ["", "Łódź Sp. z o.o.", "Anna i Syn"].randomElement(using: &rng)!,
                                   position: ["", "kierownik"].randomElement(using: &rng)!,
                                   city: ["", "Łódź", "Kraków", "Gdańsk"].randomElement(using: &rng)!,
                                   tags: Bool.random(using: &rng) ? ["vip", "targi"] : [])
            // Ids of several lengths and shapes, so ties on equal names exercise every comparison.
            let id = ContactID(["c\(i)", "c\(i % 7)x\(i)", "long-identifier-\(i)", "ä\(i)"][i % 4])
            s.apply(JournalEntry(seq: UInt64(i + 1), at: Date(), operator: "t",
                                 event: .contactAdded(id: id, keySlot: UInt32(i + 1), details: d)))
            if Int.random(in: 0..<10, using: &rng) == 0 {
                s.apply(JournalEntry(seq: UInt64(i + 1), at: Date(), operator: "t", event: .anonymized(id: id, suppression: [], request: nil)))
            }
        }
        return s
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func everyQueryRanksAsDefined(seed: UInt64) {
        // Large enough that the index folds its rows on several cores.
        let state = Self.randomState(seed: seed, count: seed == 1 ? 4_500 : 300)
        let index = SearchIndex(state: state)
        for query in Self.words + Self.letters + ["kowal łódź", "an vip", "ANNA 600", "a k", "k a", "z 6", "s ss"] {
            #expect(index.search(query) == Self.reference(state, query), "query \(query)")
        }
    }

    /// Over a million people a keystroke scans stretches of rows on all cores: cut anywhere,
    /// into any number of stretches, the result is the definition's.
    @Test(arguments: [2, 3, 7, 300, 5_000])
    func theRowsScannedInStretchesRankAsDefined(parts: Int) {
        let state = Self.randomState(seed: 6, count: 1_200)
        let index = SearchIndex(state: state)
        for query in Self.words + Self.letters + ["kowal łódź", "an vip", "ANNA 600", "zzzz", "a k"] {
            #expect(index.search(query, parts: parts) == Self.reference(state, query), "query \(query)")
        }
    }

    /// Typing narrows each search from the last one's results: the result is the definition's,
    /// as searching afresh gives it.
    @Test func narrowingAsOneTypesRanksAsDefined() {
        let state = Self.randomState(seed: 7, count: 1_500)
        let index = SearchIndex(state: state)
        for typed in ["kowal łódź", "an vip", "+48-600-1", "ANNA 600", "zak nowak", "k o w", "c0x1"] {
            var previous = SearchResults()
            var narrowed = 0
            for end in typed.indices.dropFirst() + [typed.endIndex] {
                let query = String(typed[..<end])
                let found = index.search(query, narrowing: previous, upTo: .max, parts: 3)
                #expect(found.results == Self.reference(state, query), "typing '\(query)'")
                if found.narrowed { narrowed += 1 }
                previous = found.results
            }
            #expect(narrowed > 0, "'\(typed)' narrowed as it was typed")
        }
        // A letter taken back, another word, or another index (even an equal one): afresh.
        let kowal = index.search("kowal")
        #expect(index.search("kowals", narrowing: kowal, upTo: .max).narrowed)
        #expect(index.search("kowal 600", narrowing: kowal, upTo: .max).narrowed)
        #expect(!index.search("kowa", narrowing: kowal, upTo: .max).narrowed)
        #expect(!index.search("nowak", narrowing: kowal, upTo: .max).narrowed)
        #expect(!SearchIndex(state: state).search("kowals", narrowing: kowal, upTo: .max).narrowed)
        #expect(!index.search("kowals", narrowing: kowal, upTo: kowal.count - 1).narrowed, "too many to narrow from")
    }

    /// An index read without its masks (a command-line listing) reads every row instead.
    @Test func anIndexWithoutMasksRanksAsDefined() throws {
        let state = Self.randomState(seed: 8, count: 1_200)
        let full = SearchIndex(state: state)
        let bare = try #require(SearchIndex(ids: full.ids, buffer: full.buffer, starts: full.starts, nameLengths: full.nameLengths,
                                            byteCounts: full.byteCounts, masks: RowMasks()))
        #expect(bare.masks.count == 0)
        for query in Self.words + Self.letters + ["kowal łódź", "an vip", "zzzz"] {
            #expect(bare.search(query, parts: 3) == Self.reference(state, query), "query \(query)")
        }
    }

    @Test func anEmptyStateFindsNothing() {
        let index = SearchIndex(state: ZgodaState())
        #expect(index.search("").isEmpty)
        #expect(index.search("a").isEmpty)
        #expect(index.search("a", parts: 4).isEmpty)
        #expect(index.count == 0)
    }
}

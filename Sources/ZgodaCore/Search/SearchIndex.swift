import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Case- and diacritic-insensitive search over contacts, ranked: a match at the start of the
/// name first, then at the start of any word of the name, then at the start of any other
/// word (e-mail, company, city, tags…), then anywhere. Within a rank, name order.
///
/// All folded text lives in one flat byte buffer, one row per contact in display order, each
/// row ended by `rowEnd`, and beside it each row's masks (`RowMasks`: which bytes and pairs of
/// bytes it holds). A keystroke judges every row by its masks and reads only the rows that may
/// hold the query: it must stay within a few milliseconds over 100k contacts (and, over a
/// million, goes through stretches of rows on all cores).
public struct SearchIndex: Sendable, Equatable {
    /// Contact ids in display order (by name in Polish alphabetical order, then id; anonymised
    /// people last).
    public private(set) var ids: [ContactID] = []
    /// The rows; no search term can contain `rowEnd` or `fieldSeparator`. `Data`, so that an
    /// index read from `SearchCache` can use the decrypted bytes where they are.
    private(set) var buffer = Data()
    /// Start of each row in `buffer`; one extra entry marks the end.
    private(set) var starts: [UInt32] = [0]
    /// Length of the name part of each row.
    private(set) var nameLengths: [UInt32] = []
    /// How often each byte occurs in `buffer`, counted on a sample: a search scans for the
    /// rarest byte of the query, which stops the scan least often.
    private(set) var byteCounts = [UInt32](repeating: 0, count: 256)
    /// What each row holds, as bits (derived from the rows, never saved).
    private(set) var masks = RowMasks()

    static let fieldSeparator: UInt8 = 0x1F
    static let rowEnd: UInt8 = 0x1E

    public init() {}

    public init(state: ZgodaState) {
        rebuild(state: state)
    }

    /// An index from its parts, as `SearchCache` stored them; nil if they do not fit together.
    /// Without `masks`, they are worked out from the rows; with empty ones (`RowMasks()`), the
    /// index has none and judges every row by its text (`SearchCache.load(_:masks:)`).
    init?(ids: [ContactID], buffer: Data, starts: [UInt32], nameLengths: [UInt32], byteCounts: [UInt32], masks: RowMasks? = nil) {
        guard starts.count == ids.count + 1, nameLengths.count == ids.count, starts.first == 0, byteCounts.count == 256,
              Int(starts[ids.count]) == buffer.count, masks.map({ $0.count == ids.count || $0.count == 0 }) ?? true
        else { return nil }
        let fits = buffer.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            (0..<ids.count).allSatisfy { i in
                let lo = Int(starts[i]), hi = Int(starts[i + 1])
                return lo < hi && b[hi - 1] == Self.rowEnd && Int(nameLengths[i]) < hi - lo
            }
        }
        guard fits else { return nil }
        self.ids = ids; self.buffer = buffer; self.starts = starts; self.nameLengths = nameLengths
        self.byteCounts = byteCounts
        self.masks = masks ?? makeMasks()
    }

    /// Byte counts of `text`, from every eighth byte: enough to tell rare bytes from common ones.
    static func sampledByteCounts(_ text: UnsafeRawBufferPointer) -> [UInt32] {
        var counts = [UInt32](repeating: 0, count: 256)
        counts.withUnsafeMutableBufferPointer { c in
            var i = 0
            while i < text.count { c[Int(text[i])] &+= 1; i += 8 }
        }
        return counts
    }

    public var count: Int { ids.count }

    public mutating func rebuild(state: ZgodaState) {
        let n = state.contacts.count
        // Fold every row in the state's order first, a share of the contacts per core; the
        // rows are put in display order after.
        let folded = Self.foldRows(state.contacts.values.elements)
        let text = folded.text, rowStarts = folded.rowStarts, nameEnds = folded.nameEnds, unsorted = folded.ids
        var named: [Int] = [], anonymised: [Int] = []
        named.reserveCapacity(n)
        for (k, gone) in folded.anonymised.enumerated() { if gone { anonymised.append(k) } else { named.append(k) } }
        // Text typed into a contact can hold control bytes: keep the row marker unique.
        var p = 0
        while p < text.count, let hit = memchr(text.base + p, Int32(Self.rowEnd), text.count - p) {
            p = text.base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            text[p] = Self.fieldSeparator
            p += 1
        }
        let order = Self.displayOrder(named: named, anonymised: anonymised, keys: folded.sortKeys, keyStarts: folded.keyStarts,
                                      ids: unsorted)
        var out = Data(count: text.count + n)
        var newStarts: [UInt32] = [0]
        newStarts.reserveCapacity(n + 1)
        var lengths: [UInt32] = []
        lengths.reserveCapacity(n)
        var sortedIDs: [ContactID] = []
        sortedIDs.reserveCapacity(n)
        text.withBytes { t in
            out.withUnsafeMutableBytes { o in
                var at = 0
                for i in order {
                    let lo = Int(rowStarts[i]), hi = Int(rowStarts[i + 1])
                    UnsafeMutableRawBufferPointer(rebasing: o[at..<at + hi - lo]).copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: t[lo..<hi])))
                    at += hi - lo
                    o[at] = Self.rowEnd
                    at += 1
                    newStarts.append(UInt32(at))
                    lengths.append(nameEnds[i] - rowStarts[i])
                    sortedIDs.append(unsorted[i])
                }
            }
        }
        ids = sortedIDs; buffer = out; starts = newStarts; nameLengths = lengths
        byteCounts = out.withUnsafeBytes { Self.sampledByteCounts($0) }
        masks = makeMasks()
    }

    private func makeMasks() -> RowMasks {
        buffer.withUnsafeBytes { raw in
            starts.withUnsafeBufferPointer { st in
                nameLengths.withUnsafeBufferPointer { nl in
                    RowMasks(buffer: raw.bindMemory(to: UInt8.self), starts: st, nameLengths: nl)
                }
            }
        }
    }

    /// Folded rows in the order of `contacts`: the text, where each row starts (one extra
    /// entry for the end) and where its name ends.
    private struct FoldedRows {
        var text: TextFolding.ByteBuffer
        var rowStarts: [UInt32]
        var nameEnds: [UInt32]
        var ids: [ContactID]
        var anonymised: [Bool]
        /// Each row's name as `PolishCollation` sorts it, one after another.
        var sortKeys: [UInt8]
        var keyStarts: [UInt32]
    }

    private static func foldRows(_ contacts: [Contact]) -> FoldedRows {
        let n = contacts.count
        let parts = n < 4_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        // Each core folds its share into a result of its own; they are joined below.
        let results = contacts.withUnsafeBufferPointer { all in
            ParallelMap.each(parts) { part in foldRows(all, (n * part / parts)..<(n * (part + 1) / parts)) }
        }
        var out = FoldedRows(text: TextFolding.ByteBuffer(capacity: results.reduce(0) { $0 + $1.text.count }),
                             rowStarts: [0], nameEnds: [], ids: [], anonymised: [], sortKeys: [], keyStarts: [0])
        out.rowStarts.reserveCapacity(n + 1); out.nameEnds.reserveCapacity(n); out.keyStarts.reserveCapacity(n + 1)
        out.sortKeys.reserveCapacity(results.reduce(0) { $0 + $1.sortKeys.count })
        out.ids.reserveCapacity(n); out.anonymised.reserveCapacity(n)
        for r in results {
            let shift = UInt32(out.text.count)
            r.text.withBytes { out.text.append($0) }
            out.rowStarts += r.rowStarts.dropFirst().map { $0 + shift }
            out.nameEnds += r.nameEnds.map { $0 + shift }
            out.ids += r.ids
            out.anonymised += r.anonymised
            let keyShift = UInt32(out.sortKeys.count)
            out.sortKeys += r.sortKeys
            out.keyStarts += r.keyStarts.dropFirst().map { $0 + keyShift }
        }
        return out
    }

    private static func foldRows(_ contacts: UnsafeBufferPointer<Contact>, _ range: Range<Int>) -> FoldedRows {
        var out = FoldedRows(text: TextFolding.ByteBuffer(capacity: range.count * 100), rowStarts: [0], nameEnds: [], ids: [],
                             anonymised: [], sortKeys: [], keyStarts: [0])
        out.sortKeys.reserveCapacity(range.count * 40)
        out.rowStarts.reserveCapacity(range.count + 1); out.nameEnds.reserveCapacity(range.count)
        out.ids.reserveCapacity(range.count); out.anonymised.reserveCapacity(range.count)
        let text = out.text
        func field(_ s: String) {
            guard !s.isEmpty else { return }
            text.append(fieldSeparator)
            text.fold(s)
        }
        for k in range {
            let d = contacts[k].details
            text.fold(d.name)
            out.nameEnds.append(UInt32(text.count))
            PolishCollation.appendKey(d.name, to: &out.sortKeys)
            out.keyStarts.append(UInt32(out.sortKeys.count))
            field(d.email)
            field(d.phone)
            field(d.company)
            field(d.city)
            field(d.position)
            if !d.phone.isEmpty {
                text.append(fieldSeparator)
                for u in d.phone.utf8 where u >= 0x30 && u <= 0x39 { text.append(u) }
            }
            for t in d.tags { text.append(fieldSeparator); text.fold(t) }
            // The id, so a person can be found by the id a history line or a request names.
            text.append(fieldSeparator)
            text.fold(contacts[k].id.rawValue)
            out.rowStarts.append(UInt32(text.count))
            out.ids.append(contacts[k].id)
            out.anonymised.append(contacts[k].anonymized)
        }
        return out
    }

    /// The folded words of a query. A word written like a phone number (digits with `+`, `-`,
    /// `(`, `)`, `.` or `/`, as in "+48600000129" or "(600)-100") is looked for by its digits,
    /// which every phone is also indexed by, so the way a number was written does not matter.
    static func terms(_ query: String) -> [[UInt8]] {
        query.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word -> [UInt8] in
            let bytes = Array(word.utf8)
            let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
            let punctuation: Set<UInt8> = Set("+-()./".utf8)
            if bytes.contains(where: digit), bytes.contains(where: { punctuation.contains($0) }),
               bytes.allSatisfy({ digit($0) || punctuation.contains($0) }) {
                return bytes.filter(digit)
            }
            return TextFolding.fold(String(word)).filter { $0 >= 0x20 }
        }.filter { !$0.isEmpty }
    }

    /// Row numbers in display order: named people by their names' Polish sort keys (A Ą B C Ć …
    /// Z Ź Ż, case and other accents ignored first; shorter first on a common prefix), then id;
    /// anonymised people (who have no name) last, by id. Sorting on the first sixteen bytes of
    /// each key and the first eight of each id, as integers, settles almost every comparison
    /// without touching the keys or the strings.
    private static func displayOrder(named: [Int], anonymised: [Int], keys: [UInt8], keyStarts: [UInt32],
                                     ids: [ContactID]) -> [Int] {
        struct Key { var high: UInt64; var low: UInt64; var row: Int }
        /// Up to eight bytes from `p` as a big-endian integer, zero-padded: comparing two of
        /// these compares the bytes, a shorter text first when one is a prefix of the other.
        func packed(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
            var k: UInt64 = 0
            for j in 0..<8 { k = k << 8 | (j < count ? UInt64(p[j]) : 0) }
            return k
        }
        let idKeys: [UInt64] = ids.map { id in
            var raw = id.rawValue
            return raw.withUTF8 { u in
                guard u.count <= 8, let p = u.baseAddress, u.allSatisfy({ $0 < 0x80 }) else { return 0 }
                return packed(p, u.count)
            }
        }
        return keys.withUnsafeBufferPointer { t in
            keyStarts.withUnsafeBufferPointer { ks in
                let base = t.baseAddress ?? UnsafePointer(bitPattern: 1)!
                var keyed: [Key] = named.map { i -> Key in
                    let lo = Int(ks[i]), len = Int(ks[i + 1]) - lo
                    return Key(high: packed(base + lo, min(8, len)), low: len > 8 ? packed(base + lo + 8, min(8, len - 8)) : 0, row: i)
                }
                // Ids of up to eight ASCII bytes compare as integers; others (key 0) as strings.
                func idOrder(_ i: Int, _ j: Int) -> Bool {
                    let a = idKeys[i], b = idKeys[j]
                    if a != b && a != 0 && b != 0 { return a < b }
                    return ids[i] < ids[j]
                }
                keyed.sort { a, b in
                    if a.high != b.high { return a.high < b.high }
                    if a.low != b.low { return a.low < b.low }
                    let i = a.row, j = b.row
                    let ai = Int(ks[i]), al = Int(ks[i + 1]) - ai, bj = Int(ks[j]), bl = Int(ks[j + 1]) - bj
                    let m = min(al, bl)
                    if m > 16 {
                        let c = memcmp(base + ai + 16, base + bj + 16, m - 16)
                        if c != 0 { return c < 0 }
                    }
                    if al != bl { return al < bl }
                    return idOrder(i, j)
                }
                return keyed.map(\.row) + anonymised.sorted(by: idOrder)
            }
        }
    }

    /// Ids matching every word of `query`, best first. An empty query gives every id in order.
    public func search(_ query: String) -> SearchResults {
        search(query, parts: parts)
    }

    /// How many stretches a keystroke cuts the rows into: one per core from `parallelRows`.
    private var parts: Int {
        starts.count - 1 < Self.parallelRows ? 1 : min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// From this many rows a keystroke goes through them on all cores, each a stretch of whole
    /// rows: a few milliseconds of work per core at 100k people, against some 50 µs to start
    /// the threads.
    static let parallelRows = 65_536

    /// `search`, the rows cut into `parts` stretches scanned at once; the result is the same
    /// for any number of parts (each rank's rows are joined in stretch order).
    ///
    /// Each row is first judged by its masks (`RowMasks`): a one-letter word is ranked there,
    /// and a row whose masks lack a pair of the word's bytes is passed over unread. Only the
    /// rows left are read, for the words' ranks.
    func search(_ query: String, parts: Int, within: [UInt32]? = nil) -> SearchResults {
        let asked = Self.terms(query)
        if asked.isEmpty { return SearchResults(ids: ids, rows: nil) }
        var terms = asked
        // The word with the rarest byte first: a row is left at the first word it lacks.
        let rarity = { (term: [UInt8]) in term.map { self.byteCounts[Int($0)] }.min()! }
        terms.sort { rarity($0) < rarity($1) }
        let rowCount = starts.count - 1
        // An index read without its masks judges every row by its text.
        let masked = masks.count == rowCount
        let needs = terms.map { masked ? RowMasks.Need($0) : RowMasks.Need(unmasked: $0) }
        let letters = needs.allSatisfy { $0.letter != nil }
        // The words one after another, so the loop reads them through one pointer.
        let flat = terms.flatMap { $0 }
        var termStarts = [0]
        for term in terms { termStarts.append(termStarts.last! + term.count) }
        let parts = max(1, min(parts, rowCount))
        // Each stretch's rows found, in order, each with its rank in the top two bits (rows
        // are far fewer than 2^30): one flat array a stretch, rather than one per rank.
        let found: [[UInt32]] = buffer.withUnsafeBytes { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            return masks.withReader { masks in
                starts.withUnsafeBufferPointer { st in
                    nameLengths.withUnsafeBufferPointer { nl in
                        flat.withUnsafeBufferPointer { words in
                            let stretch = { (part: Int) -> [UInt32] in
                                var hits: [UInt32] = []
                                /// Adds `row` to the hits, with its rank, if it holds every word.
                                @inline(__always) func judge(_ row: Int) {
                                    if masked && !letters {
                                        for need in needs where need.letter == nil {
                                            if !masks.mayHold(need, row: row) { return }
                                        }
                                    }
                                    var rank = 0
                                    for (k, need) in needs.enumerated() {
                                        let r: Int
                                        if let letter = need.letter {
                                            r = masks.rank(ofLetter: letter, row: row)
                                        } else {
                                            let lo = Int(st[row])
                                            let term = UnsafeBufferPointer(rebasing: words[termStarts[k]..<termStarts[k + 1]])
                                            r = Self.bestRank(term, in: buf, from: lo, to: Int(st[row + 1]) - 1, nameEnd: lo + Int(nl[row]),
                                                              floor: masked ? masks.floor(term[0], row: row) : 0)
                                        }
                                        if r < 0 { return }
                                        rank = max(rank, r)
                                    }
                                    hits.append(UInt32(rank) << 30 | UInt32(row))
                                }
                                if let within {
                                    for i in (within.count * part / parts)..<(within.count * (part + 1) / parts) { judge(Int(within[i])) }
                                } else {
                                    for row in (rowCount * part / parts)..<(rowCount * (part + 1) / parts) { judge(row) }
                                }
                                return hits
                            }
                            if parts == 1 { return [stretch(0)] }
                            return ParallelMap.each(parts) { stretch($0) }
                        }
                    }
                }
            }
        }
        let total = found.reduce(0) { $0 + $1.count }
        let rows = [UInt32](unsafeUninitializedCapacity: total) { out, made in
            // Rank by rank, each stretch in order: one pass over the hits per rank.
            for rank in UInt32(0)..<4 {
                for part in found {
                    for hit in part where hit >> 30 == rank {
                        out[made] = hit & 0x3FFF_FFFF
                        made += 1
                    }
                }
            }
        }
        return SearchResults(ids: ids, rows: rows, terms: asked)
    }

    /// `search(query)`, looking only among the people `previous` found when nobody else can
    /// match: when every word of the earlier query is inside a word of this one (a letter
    /// typed on, a word added), which is what typing into the search line does. A keystroke
    /// that narrows a search then reads those rows alone, not the whole index.
    public func search(_ query: String, narrowing previous: SearchResults) -> SearchResults {
        search(query, narrowing: previous, upTo: (starts.count - 1) / 8).results
    }

    /// `search(_:narrowing:)`, narrowing only from at most `upTo` people (past that, sorting
    /// them costs about what judging everyone by the masks does); says whether it narrowed.
    func search(_ query: String, narrowing previous: SearchResults, upTo: Int,
                parts: Int? = nil) -> (results: SearchResults, narrowed: Bool) {
        let parts = parts ?? self.parts
        let terms = Self.terms(query)
        guard let rows = previous.rows, rows.count <= upTo, !terms.isEmpty, previous.isFound(in: ids),
              previous.terms.allSatisfy({ old in terms.contains { Self.contains($0, old) } }) else {
            return (search(query, parts: parts), false)
        }
        return (search(query, parts: parts, within: rows.sorted()), true)
    }

    /// True if `part` occurs in `whole`.
    private static func contains(_ whole: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { whole[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// 0 name prefix, 1 word start in the name, 2 word start elsewhere, 3 anywhere, -1 none.
    /// `to` is the end of the row's text (before its row marker). Hits come in order, so a
    /// rank of 1 or 2 is final (0 is only at the row's start, 1 only before the name's end),
    /// and so is any rank that reaches `floor`, the best the row's masks allow.
    ///
    /// A word of two bytes or more is looked for eight places at a time, by its first two
    /// bytes, in the row's words as integers: rows are a hundred-odd bytes and most bytes
    /// are common letters, so a `memchr` call per hit cost more than the comparing itself.
    @inline(__always)
    static func bestRank(_ term: UnsafeBufferPointer<UInt8>, in buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int, nameEnd: Int,
                         floor: Int = 0) -> Int {
        let n = term.count
        guard to - from >= n, let base = buf.baseAddress, let t = term.baseAddress else { return -1 }
        var best = -1
        // The rank of a match at `i`; nil to look on.
        @inline(__always) func judge(_ i: Int) -> Int? {
            if i == from { return 0 }
            let rank = isWordByte(buf[i - 1]) ? 3 : i < nameEnd ? 1 : 2
            if rank < 3 || rank <= floor { return rank }
            best = rank
            return nil
        }
        var i = from
        let last = to - n
        if n == 1 {
            while i <= last, let hit = memchr(base + i, Int32(t[0]), last - i + 1) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if let rank = judge(i) { return rank }
                i += 1
            }
            return best
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let first = UInt64(t[0]) &* ones, second = UInt64(t[1]) &* ones
        // Eight places at a time while both loads (at i and i + 1) stay inside the buffer.
        let wide = buf.count - 9
        while i <= last && i <= wide {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) ^ first
            let y = UInt64(littleEndian: UnsafeRawPointer(base + i + 1).loadUnaligned(as: UInt64.self)) ^ second
            // The top bit of each byte of `hits` is set where both bytes match, exactly.
            let v = x | y
            var hits = ~(((v & lows) &+ lows) | v | lows)
            if last - i < 7 { hits &= (UInt64(1) << UInt64(8 * (last - i + 1))) &- 1 }
            while hits != 0 {
                let k = i + hits.trailingZeroBitCount / 8
                hits &= hits &- 1
                if same(base + k + 2, t + 2, n - 2), let rank = judge(k) { return rank }
            }
            i += 8
        }
        while i <= last {
            if base[i] == t[0] && same(base + i + 1, t + 1, n - 1), let rank = judge(i) { return rank }
            i += 1
        }
        return best
    }

    /// True if the `n` bytes at `a` and `b` are equal; short runs (most search words) compared
    /// in place rather than through a call.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n > 8 { return memcmp(a, b, n) == 0 }
        var i = 0
        while i < n { if a[i] != b[i] { return false }; i += 1 }
        return true
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Case- and diacritic-insensitive search over contacts, ranked: a match at the start of the
/// name first, then at the start of any word of the name, then at the start of any other
/// word (e-mail, company, city, tags…), then anywhere. Within a rank, name order.
///
/// All folded text lives in one flat byte buffer, one row per contact in display order, each
/// row ended by `rowEnd`. A keystroke scans the whole buffer at once with `memchr` instead of
/// visiting 100k rows one by one, and maps each hit back to its row: it must stay within a few
/// milliseconds over 100k contacts (and, over a million, scans stretches of rows on all cores).
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

    static let fieldSeparator: UInt8 = 0x1F
    static let rowEnd: UInt8 = 0x1E

    public init() {}

    public init(state: ZgodaState) {
        rebuild(state: state)
    }

    /// An index from its parts, as `SearchCache` stored them; nil if they do not fit together.
    init?(ids: [ContactID], buffer: Data, starts: [UInt32], nameLengths: [UInt32], byteCounts: [UInt32]) {
        guard starts.count == ids.count + 1, nameLengths.count == ids.count, starts.first == 0, byteCounts.count == 256,
              Int(starts[ids.count]) == buffer.count else { return nil }
        let fits = buffer.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            (0..<ids.count).allSatisfy { i in
                let lo = Int(starts[i]), hi = Int(starts[i + 1])
                return lo < hi && b[hi - 1] == Self.rowEnd && Int(nameLengths[i]) < hi - lo
            }
        }
        guard fits else { return nil }
        self.ids = ids; self.buffer = buffer; self.starts = starts; self.nameLengths = nameLengths
        self.byteCounts = byteCounts
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
        let results = UnsafeMutablePointer<FoldedRows>.allocate(capacity: parts)
        defer { results.deinitialize(count: parts); results.deallocate() }
        struct Shared: @unchecked Sendable {
            let contacts: UnsafeBufferPointer<Contact>
            let results: UnsafeMutablePointer<FoldedRows>
        }
        contacts.withUnsafeBufferPointer { all in
            let shared = Shared(contacts: all, results: results)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let lo = n * part / parts, hi = n * (part + 1) / parts
                (shared.results + part).initialize(to: foldRows(shared.contacts, lo..<hi))
            }
        }
        var out = FoldedRows(text: TextFolding.ByteBuffer(capacity: (0..<parts).reduce(0) { $0 + results[$1].text.count }),
                             rowStarts: [0], nameEnds: [], ids: [], anonymised: [], sortKeys: [], keyStarts: [0])
        out.rowStarts.reserveCapacity(n + 1); out.nameEnds.reserveCapacity(n); out.keyStarts.reserveCapacity(n + 1)
        out.sortKeys.reserveCapacity((0..<parts).reduce(0) { $0 + results[$1].sortKeys.count })
        out.ids.reserveCapacity(n); out.anonymised.reserveCapacity(n)
        for part in 0..<parts {
            let r = results[part], shift = UInt32(out.text.count)
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
    public func search(_ query: String) -> [ContactID] {
        let rows = starts.count - 1
        return search(query, parts: rows < Self.parallelRows ? 1 : min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)))
    }

    /// From this many rows a keystroke scans the text on all cores, each a stretch of whole
    /// rows: at 1M people the text is over 100 MB, and one core scans it at memory speed.
    static let parallelRows = 262_144

    /// `search`, the rows cut into `parts` stretches scanned at once; the result is the same
    /// for any number of parts (each rank's rows are joined in stretch order).
    func search(_ query: String, parts: Int) -> [ContactID] {
        var terms = Self.terms(query)
        if terms.isEmpty { return ids }
        // Scan the whole buffer for the word with the rarest byte, then check the other words
        // only in the rows it was found in.
        let rarest = terms.map { term in term.indices.min { byteCounts[Int(term[$0])] < byteCounts[Int(term[$1])] }! }
        let pick = terms.indices.min { byteCounts[Int(terms[$0][rarest[$0]])] < byteCounts[Int(terms[$1][rarest[$1]])] }!
        let first = terms.remove(at: pick), key = rarest[pick]
        let others = terms
        let rowCount = starts.count - 1
        let parts = max(1, min(parts, rowCount))
        // Each stretch's rows by rank: [part][rank].
        let found: [[[Int32]]] = buffer.withUnsafeBytes { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            return starts.withUnsafeBufferPointer { st in
                nameLengths.withUnsafeBufferPointer { nl in
                    let stretch = { (part: Int) -> [[Int32]] in
                        var buckets: [[Int32]] = [[], [], [], []]
                        let rows = (rowCount * part / parts)..<(rowCount * (part + 1) / parts)
                        Self.scan(first, key: key, in: buf, starts: st, nameLengths: nl, rows: rows) { row, rank in
                            var rank = rank
                            let lo = Int(st[row]), hi = Int(st[row + 1]) - 1, nameEnd = lo + Int(nl[row])
                            for term in others {
                                let r = term.withUnsafeBufferPointer { Self.bestRank($0, in: buf, from: lo, to: hi, nameEnd: nameEnd) }
                                if r < 0 { return }
                                rank = max(rank, r)
                            }
                            buckets[rank].append(Int32(row))
                        }
                        return buckets
                    }
                    if parts == 1 { return [stretch(0)] }
                    return ParallelMap.each(parts) { stretch($0) }
                }
            }
        }
        var out: [ContactID] = []
        out.reserveCapacity(found.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } })
        ids.withUnsafeBufferPointer { idb in
            for rank in 0..<4 { for part in found { for row in part[rank] { out.append(idb[Int(row)]) } } }
        }
        return out
    }

    /// Finds every row holding `term` and calls `found(row, best rank in that row)`, rows in
    /// display order. Hits are found with `memchr` on the term's byte at `key` over the whole
    /// buffer; a row is left as soon as it has a name-prefix hit.
    private static func scan(_ term: [UInt8], key: Int, in buf: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>,
                             nameLengths: UnsafeBufferPointer<UInt32>, rows: Range<Int>, found: (Int, Int) -> Void) {
        guard let base = buf.baseAddress, !term.isEmpty, !rows.isEmpty, rows.upperBound < starts.count else { return }
        // The stretch of the buffer that holds these rows; terms never hold the row marker, so
        // no match runs from one stretch into the next.
        let begin = Int(starts[rows.lowerBound]), end = Int(starts[rows.upperBound])
        guard end - begin >= term.count else { return }
        term.withUnsafeBufferPointer { t in
            let m = t.count, keyByte = Int32(t[key]), t0 = t[0]
            // A hit of the key byte at p is a match starting at p - key; the last possible one:
            let lastKey = end - m + key
            var row = rows.lowerBound, rowStart = begin, rowEnd = Int(starts[row + 1]) - 1
            var best = -1
            var pos = begin + key
            while pos <= lastKey {
                guard let hit = memchr(base + pos, keyByte, lastKey - pos + 1) else { break }
                let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                pos = k + 1
                let p = k - key
                if base[p] != t0 || !same(base + p, t.baseAddress!, m) { continue }
                if p >= rowEnd {
                    // A hit in a later row: report the row we were in, then find the new one.
                    if best >= 0 { found(row, best); best = -1 }
                    row = Self.row(containing: p, starts: starts, from: row + 1)
                    rowStart = Int(starts[row]); rowEnd = Int(starts[row + 1]) - 1
                }
                // Terms never hold the row marker, so a hit never runs past its row.
                let nameEnd = rowStart + Int(nameLengths[row])
                let rank: Int
                if p == rowStart { rank = 0 } else if !isWordByte(buf[p - 1]) { rank = p < nameEnd ? 1 : 2 } else { rank = 3 }
                if best < 0 || rank < best { best = rank }
                // Later hits in this row can only rank 1 or worse (0 is the row's start), and
                // only 2 or worse once past the name: leave the row when it cannot improve.
                if best <= 1 || (best == 2 && p >= nameEnd) {
                    found(row, best); best = -1
                    pos = rowEnd + 1 + key
                    if row + 1 < starts.count - 1 {
                        row += 1; rowStart = Int(starts[row]); rowEnd = Int(starts[row + 1]) - 1
                    }
                }
            }
            if best >= 0 { found(row, best) }
        }
    }

    /// The row whose text holds offset `p`, searching from row `from` (hits come in order, and
    /// the next hit is usually in one of the next few rows).
    @inline(__always)
    private static func row(containing p: Int, starts: UnsafeBufferPointer<UInt32>, from: Int) -> Int {
        var r = from
        var step = 1
        // Gallop forward, then binary search the last stretch.
        while r + step < starts.count - 1 && Int(starts[r + step]) <= p { r += step; step *= 2 }
        var lo = r, hi = min(r + step, starts.count - 1)
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= p { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// 0 name prefix, 1 word start in the name, 2 word start elsewhere, 3 anywhere, -1 none.
    /// `to` is the end of the row's text (before its row marker).
    @inline(__always)
    static func bestRank(_ term: UnsafeBufferPointer<UInt8>, in buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int, nameEnd: Int) -> Int {
        let n = term.count
        guard to - from >= n, let base = buf.baseAddress, let t = term.baseAddress else { return -1 }
        let first = Int32(term[0])
        var best = -1
        var i = from
        let last = to - n
        while i <= last, let hit = memchr(base + i, first, last - i + 1) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if same(base + i + 1, t + 1, n - 1) {
                let rank: Int
                if i == from { return 0 } else if !isWordByte(buf[i - 1]) { rank = i < nameEnd ? 1 : 2 } else { rank = 3 }
                if best < 0 || rank < best { best = rank }
            }
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

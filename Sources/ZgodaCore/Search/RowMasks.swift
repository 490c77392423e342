import Foundation

/// What each row of a `SearchIndex` holds, as bits, so that a keystroke passes over most rows
/// without reading their text.
///
/// Over a million people the folded text is some 140 MB: scanning it for a common byte finds
/// it several times in every row, and one keystroke took 70–120 ms on two cores. These masks
/// take 57 bytes a row. A one-letter word (`a`, `k`, `6`) is ranked from them alone — the
/// row's first byte, and which letters start a word of the name, start a word after it, or
/// occur anywhere. A longer word is looked for only in the rows whose masks hold every pair
/// of adjacent bytes it has, which most rows do not. The masks are worked out from the text
/// when an index is made, and saved with it in `search.zc`: working them out again takes
/// longer than reading them (0.2 s at 1M people on two cores).
struct RowMasks: Sendable, Equatable {
    /// The masks of `count` rows, one kind after another (`Layout`), in one buffer: built here,
    /// or where `SearchCache` decrypted them, without a copy.
    ///
    /// - each row's first byte: a word starting with it ranks first (the start of the name);
    /// - per row, a bit for each byte it holds (`bit(_:)`): anywhere; at the start of a word of
    ///   the name (the row's first byte included, which the first byte ranks higher); at the
    ///   start of a word after the name;
    /// - per row, `pairWords` words with a bit for each pair of adjacent bytes in it, hashed
    ///   (`pairBit`); pairs across a field's end are left out, as no word holds a separator.
    private(set) var storage = Data()
    /// How many rows these are the masks of.
    private(set) var count = 0

    static let pairWords = 4

    /// Bytes of masks for `rows` rows: 8 for each of three bit sets, 32 of pairs, 1 first byte.
    static func size(rows: Int) -> Int { rows * (8 * (3 + pairWords) + 1) }

    /// Where each kind of mask is in a buffer of masks at `base`: the 64-bit words first (so
    /// they are aligned when the buffer is), the first bytes last.
    struct Layout {
        let anywhere: UnsafeMutablePointer<UInt64>
        let nameWordStarts: UnsafeMutablePointer<UInt64>
        let otherWordStarts: UnsafeMutablePointer<UInt64>
        let pairs: UnsafeMutablePointer<UInt64>
        let firsts: UnsafeMutablePointer<UInt8>

        init(_ base: UnsafeMutableRawPointer, rows: Int) {
            let words = base.assumingMemoryBound(to: UInt64.self)
            anywhere = words
            nameWordStarts = words + rows
            otherWordStarts = words + 2 * rows
            pairs = words + 3 * rows
            firsts = (base + 8 * (3 + RowMasks.pairWords) * rows).assumingMemoryBound(to: UInt8.self)
        }
    }

    init() {}

    /// Masks as `SearchCache` stored them; nil unless `storage` is the size for `rows` and
    /// aligned for its 64-bit words.
    init?(rows: Int, storage: Data) {
        guard storage.count == Self.size(rows: rows),
              storage.withUnsafeBytes({ Int(bitPattern: $0.baseAddress) % MemoryLayout<UInt64>.alignment == 0 }) else { return nil }
        self.storage = storage
        count = rows
    }

    /// The masks of every row of `buffer`, on all cores from `parallelFrom` rows.
    init(buffer: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>, nameLengths: UnsafeBufferPointer<UInt32>,
         parallelFrom: Int = 65_536) {
        let n = nameLengths.count
        guard n > 0 else { return }
        // `Data(count:)` is zeroed and, at this size, on the heap: aligned for the words.
        var storage = Data(count: Self.size(rows: n))
        storage.withUnsafeMutableBytes { raw in
            let out = Output(layout: Layout(raw.baseAddress!, rows: n))
            let parts = n < parallelFrom ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
            _ = ParallelMap.each(parts) { part in
                Self.fill(rows: (n * part / parts)..<(n * (part + 1) / parts), buffer: buffer, starts: starts, nameLengths: nameLengths,
                          into: out.layout)
            }
        }
        self.storage = storage
        count = n
    }

    /// Where `fill` writes; each range of rows writes only its own entries.
    private struct Output: @unchecked Sendable { let layout: Layout }

    private static func fill(rows: Range<Int>, buffer: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>,
                             nameLengths: UnsafeBufferPointer<UInt32>, into out: Layout) {
        // Each byte's bit index, and whether it is a word byte (0x40) or a separator (0x80):
        // one table read instead of the comparisons, in the loop that every byte goes through.
        var kinds = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 {
            let byte = UInt8(b)
            kinds[b] = UInt8(bitIndex(byte)) | (SearchIndex.isWordByte(byte) ? 0x40 : 0) | (byte < 0x20 ? 0x80 : 0)
        }
        kinds.withUnsafeBufferPointer { kind in
            for row in rows {
                let lo = Int(starts[row]), hi = Int(starts[row + 1]) - 1, nameEnd = min(hi, lo + Int(nameLengths[row]))
                var any: UInt64 = 0
                let pairs = out.pairs + row * pairWords
                out.firsts[row] = lo < hi ? buffer[lo] : SearchIndex.rowEnd
                // The name, then the rest of the row, each with its own word starts. The row's
                // first byte counts as a word start of the name too; it ranks first by `firsts`,
                // which every reader of these masks looks at before them.
                var previous = kind[Int(SearchIndex.fieldSeparator)]
                var p = lo
                out.nameWordStarts[row] = part(buffer, &p, to: nameEnd, &previous, &any, pairs, kind)
                out.otherWordStarts[row] = part(buffer, &p, to: hi, &previous, &any, pairs, kind)
                out.anywhere[row] = any
            }
        }
    }

    /// Goes through the bytes from `p` to `end`: adds them to `any`, their pairs to `pairs`,
    /// and returns the bits of those that start a word.
    @inline(__always)
    private static func part(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, to end: Int, _ previous: inout UInt8,
                             _ any: inout UInt64, _ pairs: UnsafeMutablePointer<UInt64>, _ kind: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var wordStarts: UInt64 = 0
        while p < end {
            let k = kind[Int(buffer[p])], bit = UInt64(1) << (k & 0x3F)
            any |= bit
            // A word starts where the byte before is not a word byte.
            wordStarts |= previous & 0x40 == 0 ? bit : 0
            // A pair that takes in a separator is never part of a word.
            if (previous | k) & 0x80 == 0 {
                let pair = pairBit(buffer[p - 1], buffer[p])
                pairs[pair >> 6] |= UInt64(1) << (pair & 63)
            }
            previous = k
            p += 1
        }
        return wordStarts
    }

    /// Letters `a`–`z` and digits each have a bit of their own, so a one-letter word is ranked
    /// from the masks alone; every other byte shares one of the remaining 28 bits.
    @inline(__always)
    static func bit(_ b: UInt8) -> UInt64 {
        UInt64(1) << bitIndex(b)
    }

    @inline(__always)
    static func bitIndex(_ b: UInt8) -> UInt64 {
        if b &- 0x61 < 26 { return UInt64(b &- 0x61) }
        if b &- 0x30 < 10 { return UInt64(b &- 0x30) + 26 }
        return 36 + UInt64(b % 28)
    }

    /// True if `b` has a bit of its own.
    static func hasOwnBit(_ b: UInt8) -> Bool { b &- 0x61 < 26 || b &- 0x30 < 10 }

    /// One of `64 × pairWords` bits for the pair `a b` (a multiplicative hash of the two bytes).
    @inline(__always)
    static func pairBit(_ a: UInt8, _ b: UInt8) -> Int {
        Int(((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> 24)
    }

    /// What a row's masks must hold for `term` to be in it, and whether they alone rank it.
    struct Need {
        /// The term's one byte, when it has a bit of its own: the masks rank it.
        let letter: UInt8?
        /// Bits that `anywhere` must hold.
        let anywhere: UInt64
        /// Bits that `pairs` must hold, word by word.
        let pairs: (UInt64, UInt64, UInt64, UInt64)

        /// What an index without masks needs: nothing it could check, every row read.
        init(unmasked term: [UInt8]) {
            letter = nil
            anywhere = 0
            pairs = (0, 0, 0, 0)
        }

        init(_ term: [UInt8]) {
            letter = term.count == 1 && RowMasks.hasOwnBit(term[0]) ? term[0] : nil
            anywhere = term.reduce(0) { $0 | RowMasks.bit($1) }
            var words: [UInt64] = [0, 0, 0, 0]
            for (a, b) in zip(term, term.dropFirst()) {
                let k = RowMasks.pairBit(a, b)
                words[k >> 6] |= UInt64(1) << (k & 63)
            }
            pairs = (words[0], words[1], words[2], words[3])
        }
    }

    /// The masks as pointers, for the loop of a keystroke (no bounds checks, no retains).
    struct Reader: @unchecked Sendable {
        let firsts: UnsafePointer<UInt8>
        let anywhere: UnsafePointer<UInt64>
        let nameWordStarts: UnsafePointer<UInt64>
        let otherWordStarts: UnsafePointer<UInt64>
        let pairs: UnsafePointer<UInt64>

        init(_ layout: Layout) {
            firsts = UnsafePointer(layout.firsts); anywhere = UnsafePointer(layout.anywhere)
            nameWordStarts = UnsafePointer(layout.nameWordStarts); otherWordStarts = UnsafePointer(layout.otherWordStarts)
            pairs = UnsafePointer(layout.pairs)
        }

        /// False if `row` cannot hold the term `need` was made from.
        @inline(__always)
        func mayHold(_ need: Need, row: Int) -> Bool {
            guard anywhere[row] & need.anywhere == need.anywhere else { return false }
            let at = pairs + row * RowMasks.pairWords
            return at[0] & need.pairs.0 == need.pairs.0 && at[1] & need.pairs.1 == need.pairs.1
                && at[2] & need.pairs.2 == need.pairs.2 && at[3] & need.pairs.3 == need.pairs.3
        }

        /// The rank of the one-letter word `letter` in `row` (as `SearchIndex.bestRank`
        /// defines it), or -1 if the row does not hold it.
        @inline(__always)
        func rank(ofLetter letter: UInt8, row: Int) -> Int {
            // A letter has a bit of its own: the best its start can rank is its rank, and a
            // letter that starts no word is in the row only if its bit is set anywhere.
            let best = floor(letter, row: row)
            return best < 3 || anywhere[row] & RowMasks.bit(letter) != 0 ? best : -1
        }

        /// The best rank a word starting with `first` can have in `row`: `bestRank` can stop
        /// at the first hit that reaches it.
        @inline(__always)
        func floor(_ first: UInt8, row: Int) -> Int {
            guard RowMasks.hasOwnBit(first) else { return 0 }
            let b = RowMasks.bit(first)
            if firsts[row] == first { return 0 }
            if nameWordStarts[row] & b != 0 { return 1 }
            return otherWordStarts[row] & b != 0 ? 2 : 3
        }
    }

    func withReader<R>(_ body: (Reader) -> R) -> R {
        storage.withUnsafeBytes { raw in
            // No rows, no storage: a reader that is never read.
            guard let base = raw.baseAddress, count > 0 else {
                return body(Reader(Layout(UnsafeMutableRawPointer(bitPattern: MemoryLayout<UInt64>.alignment)!, rows: 0)))
            }
            return body(Reader(Layout(UnsafeMutableRawPointer(mutating: base), rows: count)))
        }
    }
}

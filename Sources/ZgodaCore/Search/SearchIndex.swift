import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Case- and diacritic-insensitive search over contacts, ranked: a match at the start of the
/// name first, then at the start of any word of the name, then at the start of any other
/// word (e-mail, company, city, tags…), then anywhere. Within a rank, name order.
///
/// All folded text lives in one flat byte buffer, scanned with a hand-written loop: a keystroke
/// over 100k contacts must stay within a few milliseconds.
public struct SearchIndex: Sendable {
    /// Contact ids in display order (by folded name, then id).
    public private(set) var ids: [ContactID] = []
    private var buffer: [UInt8] = []
    /// Start of each contact's text in `buffer`; one extra entry marks the end.
    private var starts: [Int] = [0]
    /// Length of the name part of each contact's text.
    private var nameLengths: [Int] = []

    public init() {}

    public init(state: ZgodaState) {
        rebuild(state: state)
    }

    public var count: Int { ids.count }

    public mutating func rebuild(state: ZgodaState) {
        let n = state.contacts.count
        var text: [UInt8] = []
        text.reserveCapacity(n * 80)
        var rowStarts: [Int] = [0]
        rowStarts.reserveCapacity(n + 1)
        var nameEnds: [Int] = []
        nameEnds.reserveCapacity(n)
        var anonymized: [Bool] = []
        anonymized.reserveCapacity(n)
        var unsorted: [ContactID] = []
        unsorted.reserveCapacity(n)
        for c in state.contacts.values {
            let d = c.details
            TextFolding.fold(d.name, into: &text)
            nameEnds.append(text.count)
            for part in [d.email, d.phone, d.company, d.city, d.position] where !part.isEmpty {
                text.append(0x1F)
                TextFolding.fold(part, into: &text)
            }
            if !d.phone.isEmpty {
                text.append(0x1F)
                for u in d.phone.utf8 where u >= 0x30 && u <= 0x39 { text.append(u) }
            }
            for t in d.tags { text.append(0x1F); TextFolding.fold(t, into: &text) }
            rowStarts.append(text.count)
            anonymized.append(c.anonymized)
            unsorted.append(c.id)
        }
        // Sort a permutation by the folded name bytes (anonymised people last), comparing
        // slices of the one buffer in place instead of building a key array per person.
        var order = Array(0..<n)
        text.withUnsafeBufferPointer { b in
            let base = b.baseAddress
            order.sort { i, j in
                if anonymized[i] != anonymized[j] { return !anonymized[i] }
                let ai = rowStarts[i], al = nameEnds[i] - ai, bj = rowStarts[j], bl = nameEnds[j] - bj
                let m = min(al, bl)
                if m > 0, let base {
                    let c = memcmp(base + ai, base + bj, m)
                    if c != 0 { return c < 0 }
                }
                if al != bl { return al < bl }
                return unsorted[i] < unsorted[j]
            }
        }
        ids = order.map { unsorted[$0] }
        buffer = []
        buffer.reserveCapacity(text.count)
        starts = [0]
        starts.reserveCapacity(n + 1)
        nameLengths = []
        nameLengths.reserveCapacity(n)
        for i in order {
            buffer.append(contentsOf: text[rowStarts[i]..<rowStarts[i + 1]])
            starts.append(buffer.count)
            nameLengths.append(nameEnds[i] - rowStarts[i])
        }
    }

    /// Ids matching every word of `query`, best first. An empty query gives every id in order.
    public func search(_ query: String) -> [ContactID] {
        let terms = query.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { TextFolding.fold(String($0)) }.filter { !$0.isEmpty }
        if terms.isEmpty { return ids }
        var buckets: [[Int32]] = [[], [], [], []]
        buffer.withUnsafeBufferPointer { buf in
            starts.withUnsafeBufferPointer { st in
                for i in 0..<ids.count {
                    var rank = 0
                    var matched = true
                    for term in terms {
                        let r = Self.bestRank(term, in: buf, from: st[i], to: st[i + 1], nameEnd: st[i] + nameLengths[i])
                        if r < 0 { matched = false; break }
                        rank = max(rank, r)
                    }
                    if matched { buckets[rank].append(Int32(i)) }
                }
            }
        }
        return buckets.flatMap { $0.map { ids[Int($0)] } }
    }

    /// 0 name prefix, 1 word start in the name, 2 word start elsewhere, 3 anywhere, -1 none.
    @inline(__always)
    static func bestRank(_ term: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int, nameEnd: Int) -> Int {
        let n = term.count
        if to - from < n { return -1 }
        let first = term[0]
        var best = -1
        var i = from
        let last = to - n
        while i <= last {
            if buf[i] == first {
                var j = 1
                while j < n && buf[i + j] == term[j] { j += 1 }
                if j == n {
                    let atWordStart = i == from || !isWordByte(buf[i - 1])
                    let rank: Int
                    if i == from { rank = 0 } else if atWordStart { rank = i < nameEnd ? 1 : 2 } else { rank = 3 }
                    if rank == 0 { return 0 }
                    if best < 0 || rank < best { best = rank }
                }
            }
            i += 1
        }
        return best
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
}

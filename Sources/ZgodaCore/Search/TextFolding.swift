import Foundation

/// Folds text for search: lowercase, diacritics removed, so "lodz" finds "Łódź" and
/// "zolc" finds "Żółć". Hand-written because it runs over every contact at open and on
/// every keystroke: it walks the UTF-8 bytes, ASCII takes a fast path and Latin, Greek and
/// Cyrillic letters come from a flat table built once.
public enum TextFolding {
    /// Letters that Unicode does not decompose to a base letter plus a mark.
    private static let specials: [UInt32: String] = [
        0x0141: "l", 0x0142: "l", 0x00D8: "o", 0x00F8: "o", 0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae",
        0x0152: "oe", 0x0153: "oe", 0x0110: "d", 0x0111: "d", 0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th",
        0x0131: "i", 0x0126: "h", 0x0127: "h", 0x0166: "t", 0x0167: "t", 0x014A: "n", 0x014B: "n",
        0x0132: "ij", 0x0133: "ij", 0x013F: "l", 0x0140: "l",
    ]

    /// Folded bytes of a range of scalars, flattened: the folding of scalar `first + i` is
    /// `bytes[offsets[i] ..< offsets[i + 1]]`. One array per range instead of an array per
    /// scalar keeps the hot loop free of reference counting.
    private struct Table: Sendable {
        let first: UInt32
        let last: UInt32
        let bytes: [UInt8]
        let offsets: [UInt32]

        init(_ range: ClosedRange<UInt32>) {
            first = range.lowerBound; last = range.upperBound
            var b: [UInt8] = [], o: [UInt32] = [0]
            for v in range {
                let u = Unicode.Scalar(v)!
                let folded = foldSlow(u)
                // `ByteBuffer.fold` reserves twice the input length for table foldings.
                precondition(folded.count <= 2 * String(u).utf8.count)
                b += folded
                o.append(UInt32(b.count))
            }
            bytes = b; offsets = o
        }

        /// Writes the folding of `v` at `out` and returns the position after it.
        @inline(__always)
        func copy(_ v: UInt32, to out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
            let k = Int(v - first)
            return offsets.withUnsafeBufferPointer { o in
                bytes.withUnsafeBufferPointer { b in
                    let lo = Int(o[k]), hi = Int(o[k + 1])
                    for j in lo..<hi { out[j - lo] = b[j] }
                    return out + (hi - lo)
                }
            }
        }
    }

    /// U+0080 … U+052F (Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic).
    private static let low = Table(0x80...0x52F)
    /// U+1E00 … U+1EFF (Latin Extended Additional: Vietnamese and others).
    private static let viet = Table(0x1E00...0x1EFF)

    private static func foldSlow(_ u: Unicode.Scalar) -> [UInt8] {
        if let s = specials[u.value] { return Array(s.utf8) }
        let lower = String(Character(u)).lowercased()
        let decomposed = lower.decomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        for d in decomposed.unicodeScalars {
            switch d.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: out.append(contentsOf: Array(String(d).utf8))
            }
        }
        return out
    }

    /// Appends the folded form of `s` to `out`.
    public static func fold(_ s: String, into out: inout [UInt8]) {
        let bytes = ByteBuffer()
        bytes.fold(s)
        bytes.withBytes { out.append(contentsOf: $0) }
    }

    /// A growable byte buffer written through a raw pointer: folding 100k contacts appends
    /// ten million bytes, and `Array.append` checks uniqueness and capacity on every one.
    final class ByteBuffer {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int = 64) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        @inline(__always)
        func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private func grow(_ needed: Int) {
            var c = capacity
            while c < needed { c *= 2 }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            bigger.update(from: base, count: count)
            base.deallocate()
            base = bigger; capacity = c
        }

        @inline(__always)
        func append(_ b: UInt8) {
            reserve(1)
            base[count] = b; count += 1
        }

        func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            reserve(bytes.count)
            if let src = bytes.baseAddress { (base + count).update(from: src, count: bytes.count) }
            count += bytes.count
        }

        subscript(i: Int) -> UInt8 {
            get { base[i] }
            set { base[i] = newValue }
        }

        func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
            try body(UnsafeBufferPointer(start: base, count: count))
        }

        /// Appends the folded form of `s`.
        func fold(_ s: String) {
            if s.utf8.withContiguousStorageIfAvailable({ fold(utf8: $0) }) == nil {
                var copy = s
                copy.withUTF8 { fold(utf8: $0) }
            }
        }

        /// Folds the non-ASCII scalar at `src[i]` to `out` and moves both past it. Apart from
        /// the ASCII loop, so that ASCII text (most queries) never builds the tables.
        private func foldScalar(_ src: UnsafeBufferPointer<UInt8>, at i: inout Int, to out: inout UnsafeMutablePointer<UInt8>) {
            let n = src.count, b = src[i]
            // Decode one scalar; a Swift string's bytes are always valid UTF-8.
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + len <= n else { i = n; return }
            var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len { v = v << 6 | UInt32(src[i + k] & 0x3F) }
            if v <= TextFolding.low.last {
                out = TextFolding.low.copy(v, to: out)
            } else if v >= TextFolding.viet.first && v <= TextFolding.viet.last {
                out = TextFolding.viet.copy(v, to: out)
            } else if (v >= 0x3000 && v <= 0xD7FF) || v >= 0x1F000 {
                // CJK, kana, Hangul and emoji have neither case nor diacritics: kept as they are.
                for k in 0..<len { out[k] = src[i + k] }
                out += len
            } else if let u = Unicode.Scalar(v) {
                // Rare scripts: folded the slow way, with room made for what it returns.
                count = base.distance(to: out)
                let folded = foldSlow(u)
                reserve(folded.count + 2 * (n - i))
                out = base + count
                for f in folded { out.pointee = f; out += 1 }
            }
            i += len
        }

        /// Appends the folded form of the UTF-8 text `src` (valid UTF-8, as a `String` holds).
        func fold(utf8 src: UnsafeBufferPointer<UInt8>) {
            let n = src.count
            guard n > 0 else { return }
            // Table foldings are never longer than twice the scalar they replace.
            reserve(2 * n)
            var i = 0
            var out = base + count
            while i < n {
                let b = src[i]
                if b < 0x80 {
                    out.pointee = b &- 65 < 26 ? b &+ 32 : b
                    out += 1; i += 1
                } else {
                    foldScalar(src, at: &i, to: &out)
                }
            }
            count = base.distance(to: out)
        }
    }

    public static func fold(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        fold(s, into: &out)
        return out
    }

    public static func folded(_ s: String) -> String { String(decoding: fold(s), as: UTF8.self) }
}

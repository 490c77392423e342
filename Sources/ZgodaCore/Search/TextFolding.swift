import Foundation

/// Folds text for search: lowercase, diacritics removed, so "lodz" finds "Łódź" and
/// "zolc" finds "Żółć". Hand-written because it runs over every contact at open and on
/// every keystroke: ASCII takes a fast path and Latin letters come from a table built once.
public enum TextFolding {
    /// Letters that Unicode does not decompose to a base letter plus a mark.
    private static let specials: [UInt32: String] = [
        0x0141: "l", 0x0142: "l", 0x00D8: "o", 0x00F8: "o", 0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae",
        0x0152: "oe", 0x0153: "oe", 0x0110: "d", 0x0111: "d", 0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th",
        0x0131: "i", 0x0126: "h", 0x0127: "h", 0x0166: "t", 0x0167: "t", 0x014A: "n", 0x014B: "n",
        0x0132: "ij", 0x0133: "ij", 0x013F: "l", 0x0140: "l",
    ]

    /// Folded bytes for U+0080 … U+052F (Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic).
    private static let lowTable: [[UInt8]] = (0x80...0x52F).map { v in foldSlow(Unicode.Scalar(UInt32(v))!) }
    /// Folded bytes for U+1E00 … U+1EFF (Latin Extended Additional: Vietnamese and others).
    private static let vietTable: [[UInt8]] = (0x1E00...0x1EFF).map { v in foldSlow(Unicode.Scalar(UInt32(v))!) }

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
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if v <= 0x52F {
                out.append(contentsOf: lowTable[Int(v) - 0x80])
            } else if v >= 0x1E00 && v <= 0x1EFF {
                out.append(contentsOf: vietTable[Int(v) - 0x1E00])
            } else if (v >= 0x3000 && v <= 0xD7FF) || v >= 0x1F000 {
                // CJK, kana, Hangul and emoji have neither case nor diacritics: kept as they are.
                out.append(contentsOf: String(u).utf8)
            } else {
                out.append(contentsOf: foldSlow(u))
            }
        }
    }

    public static func fold(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        fold(s, into: &out)
        return out
    }

    public static func folded(_ s: String) -> String { String(decoding: fold(s), as: UTF8.self) }
}

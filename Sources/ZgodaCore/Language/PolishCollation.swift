/// Sort keys that put names in Polish alphabetical order: A Ą B C Ć D E Ę F G H I J K L Ł M N
/// Ń O Ó P Q R S Ś T U V W X Y Z Ź Ż, case and other languages' accents ignored first
/// ("Łucja" after "Lucyna", "Ścibor" after "Sylwia", "Émile" with "Eugeniusz").
///
/// Hand-written rather than `String.compare(_:locale:)`: ICU compares two strings in about a
/// microsecond, and sorting 100k people takes some two million comparisons; a byte key per name
/// is made once and compared with `memcmp`, and it fits the search index's byte buffers.
///
/// The key is the primary level — each letter lowercased and folded (`TextFolding`), each
/// Polish letter with a diacritic written as its base letter followed by a byte above every
/// letter (`ł` → `l` 0x7F; `ź` → `z` 0x7E, `ż` → `z` 0x7F, so Z < Ź < Ż) — then a 0x00 and
/// the name's own UTF-8 bytes, which order names that differ only in case or accents the same
/// way every time.
public enum PolishCollation {
    /// The Polish letters that sort as letters of their own, lower and upper case, with the
    /// base letter and the byte after it.
    private static let ownLetters: [UInt32: (UInt8, UInt8)] = {
        var m: [UInt32: (UInt8, UInt8)] = [:]
        let table: [(Character, Character, Character, UInt8)] = [
            ("ą", "Ą", "a", 0x7F), ("ć", "Ć", "c", 0x7F), ("ę", "Ę", "e", 0x7F), ("ł", "Ł", "l", 0x7F),
            ("ń", "Ń", "n", 0x7F), ("ó", "Ó", "o", 0x7F), ("ś", "Ś", "s", 0x7F), ("ź", "Ź", "z", 0x7E),
            ("ż", "Ż", "z", 0x7F),
        ]
        for (lower, upper, base, after) in table {
            let b = base.asciiValue!
            m[lower.unicodeScalars.first!.value] = (b, after)
            m[upper.unicodeScalars.first!.value] = (b, after)
        }
        return m
    }()

    /// The sort key of `text`; compare keys bytewise (`lexicographicallyPrecedes`, `memcmp`).
    public static func key(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2 + 8)
        appendKey(text, to: &out)
        return out
    }

    /// Appends the sort key of `text` to `out`: what the search index does for every name, into
    /// one buffer rather than an array each.
    public static func appendKey(_ text: String, to out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            } else if let (base, after) = ownLetters[v] {
                out.append(base); out.append(after)
            } else {
                out.append(contentsOf: TextFolding.fold(String(scalar)))
            }
        }
        out.append(0)
        out.append(contentsOf: text.utf8)
    }

    /// True if `a` comes before `b` in Polish order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }
}

/// How many terminal columns text takes. Hand-written (rather than libc `wcwidth`) so the
/// answer does not depend on the process locale and is the same in tests and in the terminal.
public enum DisplayWidth {
    /// Columns of one grapheme cluster: 0, 1 or 2.
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Shown as one-column placeholders, one per code point (CR LF is one character, two pictures).
        if SafeText.placeholder(for: first) != nil { return scalars.count }
        // Emoji presentation (or a text symbol with VS16) is two columns wide.
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isZeroWidth(first) { return 0 }
        return isWide(first.value) ? 2 : 1
    }

    /// Columns of a whole string.
    public static func of(_ s: String) -> Int {
        var w = 0
        for ch in s {
            if ch.isASCII { w += 1 } else { w += of(ch) }
        }
        return w
    }

    static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return u.value != 0x00AD
        default: return u.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, the blocks that matter in practice).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// How many characters showing `columns` columns reads at most: one per column and a few
    /// zero-width ones (combining marks, joiners) on each. Text past that is treated as cut, so
    /// a thousand stacked marks or a megabyte of zero-width spaces cannot make a short cell slow.
    public static func scanBudget(columns: Int) -> Int { (max(0, columns) + 1) * 8 }

    /// Columns of `s`, counting no further than `limit` (a result above `limit` means "wider").
    public static func of(_ s: String, upTo limit: Int) -> Int {
        var w = 0, budget = scanBudget(columns: limit)
        for ch in s {
            w += ch.isASCII ? 1 : of(ch)
            budget -= 1
            if w > limit || budget < 0 { return limit + 1 }
        }
        return w
    }

    /// Cuts `s` to at most `width` columns, never splitting a character; adds `…` when cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        // No character takes more columns than it has UTF-8 bytes: short text fits as it is.
        if s.utf8.count <= width { return s }
        return truncate(characters: s, to: width)
    }

    /// `truncate` over any run of characters (e.g. a lazily sanitised one). Reads at most
    /// `scanBudget(columns: width)` characters: linear in the width, not in the text.
    public static func truncate<S: Sequence>(characters chars: S, to width: Int) -> String where S.Element == Character {
        if width <= 0 { return "" }
        var out = ""
        var w = 0
        // The length (in UTF-8 bytes) of the part that fits with room left for `…`.
        var fitsWithEllipsis = 0
        var budget = scanBudget(columns: width)
        for ch in chars {
            budget -= 1
            let cw = ch.isASCII ? 1 : of(ch)
            if w + cw > width || budget < 0 {
                return String(decoding: out.utf8.prefix(fitsWithEllipsis), as: UTF8.self) + "…"
            }
            out.append(ch); w += cw
            if w <= width - 1 { fitsWithEllipsis = out.utf8.count }
        }
        return out
    }

    /// `s` truncated or padded with spaces to exactly `width` columns.
    public static func pad(_ s: String, to width: Int) -> String {
        let t = truncate(s, to: width)
        return t + String(repeating: " ", count: max(0, width - of(t)))
    }
}

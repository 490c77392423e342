/// Makes text from data safe to show on a terminal — the terminal UI's grid, command-line tables
/// and messages, plain-text documents — so that imported or typed values can never drive the
/// terminal (escape sequences, bell, cursor moves) nor reorder the text around them.
///
/// - C0 controls become their control pictures (`␛` ESC, `␇` bell, `␈` backspace, `␍` carriage
///   return, `␊` line feed, `␀` NUL, …) and DEL becomes `␡`, so an escape sequence shows as `␛`
///   followed by its harmless printable rest.
/// - C1 controls (U+0080–U+009F, the 8-bit CSI and OSC among them), the line and paragraph
///   separators, and the bidirectional formatting characters (embeddings and overrides
///   U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C) become U+FFFD.
///
/// Every other character, invalid UTF-8 already decoded as U+FFFD included, is kept as it is.
public enum SafeText {
    /// What a terminal shows instead of `u`, or nil when `u` is shown as it is.
    @inline(__always)
    public static func placeholder(for u: Unicode.Scalar) -> Unicode.Scalar? {
        let v = u.value
        if v >= 0x20 && v < 0x7F { return nil }
        switch v {
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return nil
        }
    }

    /// `s` with every unsafe character replaced by its placeholder.
    public static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { placeholder(for: $0) != nil }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(placeholder(for: u) ?? u) }
        return String(out)
    }

    /// One character as the terminal shows it: usually itself; CR LF (one character in Swift)
    /// becomes two pictures.
    public static func visible(_ ch: Character) -> String {
        if let a = ch.asciiValue, a >= 0x20, a < 0x7F { return String(ch) }
        return visible(String(ch))
    }

    /// The visible text of `s` cut to at most `width` columns, with `…` when cut. Reads only as
    /// much of `s` as the width can show, so a megabyte value costs what a short one does:
    /// table cells and screen fields use this.
    public static func fitted(_ s: String, width: Int) -> String {
        // A placeholder takes no more columns than the bytes it replaces: short text fits.
        if s.utf8.count <= width { return visible(s) }
        return DisplayWidth.truncate(characters: s.lazy.flatMap { visible($0) }, to: width)
    }
}

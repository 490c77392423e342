/// Whitespace trimming for the import hot path. Foundation's `trimmingCharacters(in:)` goes
/// through NSString on Linux and took most of a 100k-row import; values from files are almost
/// always already trimmed, and this returns those without copying.
enum FastTrim {
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u.properties.isWhitespace || u == "\u{FEFF}"
    }

    /// `s` without leading and trailing whitespace and line breaks (Unicode White_Space).
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return s }
        if !isSpace(first) && !isSpace(last) { return s }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    /// A comma-separated tag list as `ContactDetails.parseTags` reads it, on the fast trim.
    static func tags(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(separator: ",").map { trimmed(String($0)) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

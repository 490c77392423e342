/// Whitespace trimming for the import hot path. Foundation's `trimmingCharacters(in:)` goes
/// through NSString on Linux and took most of a 100k-row import; values from files are almost
/// always already trimmed, and this returns those without copying.
enum FastTrim {
    /// `s` without leading and trailing whitespace and line breaks: exactly what the store
    /// trims off a value typed in (`Validation.trimmed`), so an imported value is the value the
    /// same text typed would have been.
    static func trimmed(_ s: String) -> String { Validation.trimmed(s, newlines: true) }

    /// A comma-separated tag list as `ContactDetails.parseTags` reads it, on the fast trim.
    static func tags(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(separator: ",").map { trimmed(String($0)) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

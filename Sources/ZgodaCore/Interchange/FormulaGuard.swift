/// Keeps spreadsheet programs from running cell text as a formula (CSV injection): a value
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading
/// apostrophe, which spreadsheets read as "this is text". So that import gives back exactly
/// what was exported, a value that already starts with an apostrophe followed by such a value
/// gets one more; `unescape` removes exactly one.
public enum FormulaGuard {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    static func needsPrefix(_ s: Substring) -> Bool {
        guard let first = s.first else { return false }
        if triggers.contains(first) { return true }
        return first == "'" && needsPrefix(s.dropFirst())
    }

    public static func escape(_ s: String) -> String {
        needsPrefix(s[...]) ? "'" + s : s
    }

    public static func unescape(_ s: String) -> String {
        s.first == "'" && needsPrefix(s.dropFirst()) ? String(s.dropFirst()) : s
    }
}

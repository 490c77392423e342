/// Cells that hold several values: Google writes `a@x.com ::: b@y.org` and
/// `* myContacts ::: Navy`, Outlook writes categories as `A;B`, most others `A, B`.
enum MultiValue {
    /// The values of an e-mail or phone cell (` ::: ` between them).
    static func split(_ cell: String) -> [String] {
        guard cell.contains(":::") else { return [cell] }
        return cell.components(separatedBy: ":::").map { FastTrim.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// The tags of a labels or categories cell, each once, without Google's system groups
    /// (`* myContacts`, `* starred`: every label Google marks with `* `).
    static func tags(_ cell: String) -> [String] {
        var seen = Set<String>()
        return cell.components(separatedBy: ":::").flatMap { $0.split(separator: ";") }.flatMap { $0.split(separator: ",") }
            .map { FastTrim.trimmed(String($0)) }
            .filter { !$0.isEmpty && !$0.hasPrefix("* ") && $0 != "*" && seen.insert($0).inserted }
    }
}

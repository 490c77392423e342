/// Cells that hold several values: Google writes `a@x.com ::: b@y.org` and
/// `* myContacts ::: Navy`, Outlook writes categories as `A;B`, Zgoda and most others `A, B`.
enum MultiValue {
    /// How a tags column separates its values, by its header.
    enum TagStyle { case commas, outlookCategories, googleLabels }

    static func tagStyle(header: String) -> TagStyle {
        switch HeaderNames.key(header) {
        case "categories", "kategorien", "kategorie": return .outlookCategories
        case "labels", "groupmembership": return .googleLabels
        default: return .commas
        }
    }

    /// The values of an e-mail or phone cell (` ::: ` between them).
    static func split(_ cell: String) -> [String] {
        guard hasGoogleSeparator(cell) else { return [cell] }
        return cell.components(separatedBy: ":::").map { FastTrim.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// The tags of a tags cell: split on commas, and also on `;` in Outlook's categories, and
    /// on ` ::: ` in Google's labels, without Google's system groups (`* myContacts`,
    /// `* starred`: every label Google marks with `* `).
    static func tags(_ cell: String, style: TagStyle) -> [String] {
        var parts = [Substring(cell)]
        switch style {
        case .commas: break
        case .outlookCategories: parts = parts.flatMap { $0.unicodeScalars.split(separator: ";").map { Substring($0) } }
        case .googleLabels: parts = cell.components(separatedBy: ":::").map { Substring($0) }
        }
        // Trimmed as the store trims tags, so an exported tag comes back as it was.
        return parts.flatMap { $0.unicodeScalars.split(separator: ",") }.map { Validation.trimmed(String($0), newlines: false) }
            .filter { !$0.isEmpty && !(style == .googleLabels && $0.hasPrefix("* ")) }
    }

    /// Whether `cell` holds `:::`, looked for on its bytes: every imported e-mail and phone is
    /// asked, and Foundation's `contains` goes through a slow search for this on Linux.
    static func hasGoogleSeparator(_ cell: String) -> Bool {
        var colons = 0
        for b in cell.utf8 {
            colons = b == UInt8(ascii: ":") ? colons + 1 : 0
            if colons == 3 { return true }
        }
        return false
    }
}

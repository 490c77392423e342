/// Two-letter column labels for the purposes in the contact list, distinct from each other:
/// the initials of a purpose id's words (`email-marketing` → `EM`), or for a one-word id its
/// first two letters (`profiling` → `PR`); on a clash, the first letter and a later one
/// (`partners` after `PR` → `PA`), and as a last resort the first letter and a digit.
public enum PurposeCodes {
    public static func codes(for purposes: [String]) -> [String] {
        var used = Set<String>()
        return purposes.map { id in
            let code = candidates(id).first { !used.contains($0) } ?? id.uppercased()
            used.insert(code)
            return code
        }
    }

    static func candidates(_ id: String) -> [String] {
        let words = id.split(separator: "-").map { Array($0.uppercased()) }.filter { !$0.isEmpty }
        guard let first = words.first?.first else { return [] }
        var out: [String] = []
        if words.count > 1 { out += words.dropFirst().map { String([first, $0[0]]) } }
        let letters = Array(words.joined())
        out += letters.dropFirst().map { String([first, $0]) }
        out += (1...9).map { "\(first)\($0)" }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}

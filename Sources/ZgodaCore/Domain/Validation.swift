import Foundation

/// Checks on what users type. Each failure is a `ZgodaError.invalidValue` naming the field.
public enum Validation {
    public static let maxFieldLength = 4000
    public static let maxNotesLength = 100_000

    /// Trims the values and checks every field; returns the cleaned details.
    public static func check(_ d: ContactDetails) throws -> ContactDetails {
        var c = d
        for f in ContactField.allCases where f != .tags && f != .notes {
            c[f] = trimmed(c[f], newlines: true)
        }
        c.tags = d.tags.map { trimmed($0, newlines: false) }.filter { !$0.isEmpty }
        if c.name.isEmpty { throw ZgodaError.invalidValue(field: "name", reason: "a contact needs a name") }
        if !c.email.isEmpty && !isValidEmail(c.email) {
            throw ZgodaError.invalidValue(field: "email", reason: "'\(c.email)' is not an e-mail address (expected name@example.com)")
        }
        if !c.phone.isEmpty && !isValidPhone(c.phone) {
            throw ZgodaError.invalidValue(field: "phone", reason: "'\(c.phone)' is not a phone number (digits, spaces, +, -, parentheses; 6 to 15 digits)")
        }
        // Counting characters walks grapheme clusters; a text with no more bytes than the limit
        // cannot have more characters, so only longer ones are counted.
        for f in ContactField.allCases where f != .notes {
            let v = c[f]
            if v.utf8.count > maxFieldLength && v.count > maxFieldLength {
                throw ZgodaError.invalidValue(field: f.rawValue, reason: "longer than \(maxFieldLength) characters")
            }
        }
        if c.notes.utf8.count > maxNotesLength && c.notes.count > maxNotesLength {
            throw ZgodaError.invalidValue(field: "notes", reason: "longer than \(maxNotesLength) characters")
        }
        return c
    }

    /// `s` without leading and trailing white space, as Foundation's `trimmingCharacters(in:)`
    /// with `.whitespacesAndNewlines` (or `.whitespaces` when `newlines` is false) trims it —
    /// which on Linux goes through `NSString` and cost a quarter of a 100k-row import. Values
    /// that need no trimming, nearly all of them, come back without a copy.
    static func trimmed(_ s: String, newlines: Bool) -> String {
        func isSpace(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x20, 0x09, 0x200B: return true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
            case 0..<0x80: return false
            // The remaining Unicode space separators (category Zs); Foundation adds U+200B.
            default: return u.properties.generalCategory == .spaceSeparator
            }
        }
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return s }
        if !isSpace(first) && !isSpace(last) { return s }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    /// A pragmatic address check: one `@`, a non-empty local part, a dotted domain, no spaces.
    public static func isValidEmail(_ s: String) -> Bool {
        if let quick = isValidPrintableASCIIEmail(s) { return quick }
        return isValidEmailByCharacters(s)
    }

    /// `isValidEmail` for text of printable ASCII only (one byte per character, no spaces or
    /// controls), on the bytes: the rule below without a `Set<Character>` per address. Nil for
    /// any other text.
    static func isValidPrintableASCIIEmail(_ s: String) -> Bool? {
        let bytes = Array(s.utf8)
        guard bytes.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else { return nil }
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "@")) == nil,
              at > 0, at <= 64 else { return false }
        // The forbidden characters of the rule that are printable: < > ( ) , ; : \ " [ ]
        let forbidden = bytes.contains { b in
            switch b {
            case 0x3C, 0x3E, 0x28, 0x29, 0x2C, 0x3B, 0x3A, 0x5C, 0x22, 0x5B, 0x5D: return true
            default: return false
            }
        }
        if forbidden { return false }
        let local = bytes[..<at], domain = bytes[(at + 1)...]
        let dot = UInt8(ascii: "."), dash = UInt8(ascii: "-")
        if local.first == dot || local.last == dot || zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }) { return false }
        let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.first != dash && $0.last != dash }) else { return false }
        guard let tld = labels.last, tld.count >= 2,
              tld.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        return true
    }

    static func isValidEmailByCharacters(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let local = parts[0], domain = parts[1]
        let forbidden: Set<Character> = [" ", "\t", "\n", "\r", "<", ">", "(", ")", ",", ";", ":", "\\", "\"", "[", "]"]
        if local.contains(where: forbidden.contains) || domain.contains(where: forbidden.contains) { return false }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else { return false }
        guard let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isLetter }) else { return false }
        return true
    }

    /// Digits with the usual separators, an optional leading `+`, 6 to 15 digits (E.164).
    public static func isValidPhone(_ s: String) -> Bool {
        var digits = 0
        for (i, ch) in s.enumerated() {
            if ch.isASCII, ch.isNumber { digits += 1; continue }
            if ch == "+" && i == 0 { continue }
            if ch == " " || ch == "-" || ch == "(" || ch == ")" || ch == "." { continue }
            return false
        }
        return (6...15).contains(digits)
    }

    /// Normalises an e-mail for matching (suppression, de-duplication on import).
    public static func normalizedEmail(_ s: String) -> String {
        trimmed(s, newlines: false).lowercased()
    }

    /// Normalises a phone for matching: digits only, a leading 00 or + country code kept as digits.
    public static func normalizedPhone(_ s: String) -> String {
        var d = s.filter { $0.isASCII && $0.isNumber }
        if d.hasPrefix("00") { d.removeFirst(2) }
        return d
    }
}

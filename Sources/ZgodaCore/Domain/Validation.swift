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
        // Notes keep their white space, but white space alone is no note (as an import reads it).
        if trimmed(c.notes, newlines: true).isEmpty { c.notes = "" }
        if c.name.isEmpty {
            throw ZgodaError.invalidValue(field: "name", reason: ErrorReason(Localized(en: "a contact needs a name", pl: "kontakt musi mieć imię i nazwisko")))
        }
        if !c.email.isEmpty && !isValidEmail(c.email) {
            throw ZgodaError.invalidValue(field: "email", reason: ErrorReason(Localized(
                en: "'\(c.email)' is not an e-mail address (expected name@example.com)",
                pl: "\u{201E}\(c.email)\u{201D} to nie jest adres e-mail (oczekiwano: nazwa@example.com)")))
        }
        if !c.phone.isEmpty {
            guard let phone = parsePhone(c.phone) else {
                throw ZgodaError.invalidValue(field: "phone", reason: ErrorReason(Localized(
                    en: "'\(c.phone)' is not a phone number (digits, spaces, +, -, parentheses; 6 to 15 digits)",
                    pl: "\u{201E}\(c.phone)\u{201D} to nie jest numer telefonu (cyfry, spacje, +, -, nawiasy; od 6 do 15 cyfr)")))
            }
            c.phone = phone.text
        }
        // Counting characters walks grapheme clusters; a text with no more bytes than the limit
        // cannot have more characters, so only longer ones are counted.
        for f in ContactField.allCases where f != .notes {
            let v = c[f]
            if v.utf8.count > maxFieldLength && v.count > maxFieldLength {
                throw ZgodaError.invalidValue(field: f.rawValue, reason: Self.tooLong(maxFieldLength))
            }
        }
        if c.notes.utf8.count > maxNotesLength && c.notes.count > maxNotesLength {
            throw ZgodaError.invalidValue(field: "notes", reason: Self.tooLong(maxNotesLength))
        }
        return c
    }

    static func tooLong(_ limit: Int) -> ErrorReason {
        ErrorReason(Localized(en: "longer than \(limit) characters", pl: "dłuższe niż \(limit) znaków"))
    }

    /// `s` without leading and trailing white space, as Foundation's `trimmingCharacters(in:)`
    /// with `.whitespacesAndNewlines` (or `.whitespaces` when `newlines` is false) trims it, and
    /// a byte order mark too — by hand, because on Linux Foundation goes through `NSString` and
    /// cost a quarter of a 100k-row import. Values that need no trimming, nearly all of them,
    /// come back without a copy. The one rule for every value typed or imported: an import that
    /// trimmed otherwise read back a different person from its own export.
    static func trimmed(_ s: String, newlines: Bool) -> String {
        func isSpace(_ u: Unicode.Scalar) -> Bool { isTrimmedSpace(u, newlines: newlines) }
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return s }
        if !isSpace(first) && !isSpace(last) { return s }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    /// Whether `trimmed` takes `u` off the ends of a value.
    static func isTrimmedSpace(_ u: Unicode.Scalar, newlines: Bool) -> Bool {
        switch u.value {
        case 0x20, 0x09, 0x200B, 0xFEFF: return true
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
        case 0..<0x80: return false
        // The remaining Unicode space separators (category Zs); Foundation adds U+200B.
        default: return u.properties.generalCategory == .spaceSeparator
        }
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

    /// True when `s` is a phone number a person would recognise (see `parsePhone`).
    public static func isValidPhone(_ s: String) -> Bool { parsePhone(s) != nil }

    /// Normalises an e-mail for matching (suppression, de-duplication on import).
    public static func normalizedEmail(_ s: String) -> String {
        trimmed(s, newlines: false).lowercased()
    }

    /// Normalises a phone for matching: the digits of the number without its extension, a
    /// leading 00 dropped. For a plain number this is all its digits, so hashes kept on the
    /// suppression list stay comparable.
    public static func normalizedPhone(_ s: String) -> String {
        let number = parsePhone(s).map { $0.number } ?? s
        var d = asciiDigits(number)
        if d.hasPrefix("00") { d.removeFirst(2) }
        return d
    }
}

/// A phone number as people and programs write it: the number, an optional extension, and the
/// text kept for it. One rule serves `contact add`, the form and every imported phone.
public struct PhoneNumber: Equatable, Sendable {
    /// The number without its extension: E.164 (`+14186569254`) when it came as a `tel:` URI,
    /// else as written (`+48 22 555 01 00`, `0211/123456`).
    public var number: String
    /// The extension's digits, if any (`12` of `wew. 12`, `;ext=12`, `x12`).
    public var ext: String?
    /// What is stored: the text as written, or for a `tel:` URI the E.164 number and ` ext. N`.
    public var text: String

    /// The number in E.164 (`+48225550100`), or nil when the text does not say which country it
    /// belongs to. A number written with `+` or `00` carries its country code; a `(0)` after
    /// the code is the national trunk prefix written for callers at home, and is dropped. A
    /// nine-digit number that does not start with `0` and is not grouped by a `/` is a Polish
    /// national number (Poland has no trunk prefix, and Zgoda's home country is Poland, as in
    /// `SuppressionKeys`). Any other national form (`0211/123456`, `(650) 555-1212`) could be
    /// of any country and has none.
    public var e164: String? {
        var n = Substring(number)
        let international: Bool
        if n.hasPrefix("+") { n = n.dropFirst(); international = true }
        else if n.hasPrefix("00") { n = n.dropFirst(2); international = true }
        else { international = false }
        if international {
            var text = String(n)
            // Looked for only where there is a `(`: Foundation's search is slow on a hot path.
            if text.utf8.contains(UInt8(ascii: "(")), let trunk = text.range(of: "(0)") { text.removeSubrange(trunk) }
            let digits = Validation.asciiDigits(text)
            // E.164: a country code never starts with 0, and the whole number is at most 15 digits.
            guard (7...15).contains(digits.count), digits.first != "0" else { return nil }
            return "+" + digits
        }
        let digits = Validation.asciiDigits(n)
        // A slash groups an area code in German and Austrian writing (`12212/1212`), never in Polish.
        guard digits.count == 9, digits.first != "0", !n.contains("/") else { return nil }
        return "+" + SuppressionKeys.defaultCountryCode + digits
    }

    /// What an import stores: E.164 with ` ext. N` when the country is known, else `text`.
    public var normalizedText: String {
        guard let e164 else { return text }
        return e164 + (ext.map { " ext. \($0)" } ?? "")
    }
}

extension Validation {
    /// Reads a phone number, or nil when the text is clearly not one.
    ///
    /// Accepted: an optional leading `+`, 6 to 15 digits (E.164's limit) with spaces, `-`, `.`,
    /// `/` or parentheses between them (`+49 (0) 40 6432131-550`, `0211/123456`), then an
    /// optional extension (`ext. 12`, `x12`, `wew. 12`, `w. 12`, `Durchwahl 12`, `#12`);
    /// or a `tel:` URI (`tel:+48-22-555-0100;ext=12`). Letters elsewhere (`+49 BUSINESS`,
    /// `pager`) are not a phone.
    public static func parsePhone(_ raw: String) -> PhoneNumber? {
        let s = trimmed(raw, newlines: true)
        // Most numbers are ASCII digits and separators alone: read on their bytes, by the
        // same rule as below (no marker, so no extension), without the Unicode look-ups of
        // `Character.isNumber` (a 100k-row import read each phone four times that way).
        if let plain = plainASCIIPhone(s) { return plain ? PhoneNumber(number: s, ext: nil, text: s) : nil }
        return parsePhoneText(s)
    }

    /// `parsePhone` for any text, trimmed already; the rule the fast path must agree with.
    static func parsePhoneText(_ s: String) -> PhoneNumber? {
        if let scheme = s.utf8.prefix(4).map({ $0 | 0x20 }) as [UInt8]?, scheme == Array("tel:".utf8) {
            return parseTelURI(String(s.dropFirst(4)))
        }
        var main = Substring(s)
        var ext: String?
        if let (number, digits) = splitExtension(s) { main = number; ext = digits }
        guard isPhoneNumberText(main) else { return nil }
        return PhoneNumber(number: trimmed(String(main), newlines: true), ext: ext, text: s)
    }

    /// `tel:` URIs (RFC 3966): visual separators carry no meaning there, so a global number
    /// becomes E.164; `ext=` is kept, other parameters are dropped.
    static func parseTelURI(_ uri: String) -> PhoneNumber? {
        let parts = uri.split(separator: ";", omittingEmptySubsequences: false)
        guard let first = parts.first, isPhoneNumberText(first) else { return nil }
        var ext: String?
        for p in parts.dropFirst() where p.lowercased().hasPrefix("ext=") {
            let digits = p.dropFirst(4)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            ext = String(digits)
        }
        let digits = asciiDigits(first)
        let number = (first.hasPrefix("+") ? "+" : "") + digits
        return PhoneNumber(number: number, ext: ext, text: number + (ext.map { " ext. \($0)" } ?? ""))
    }

    /// Words that introduce an extension, in English, Polish, German and French, lower case.
    static let extensionMarkers = ["extension", "ext.", "ext", "wew.", "wew", "w.", "durchwahl", "dw.", "dw", "poste", "x", "#"]

    /// The number and the extension digits when `s` ends with a marker and digits.
    static func splitExtension(_ s: String) -> (Substring, String)? {
        let digits = s.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var head = s.dropLast(digits.count)
        while let last = head.last, last == " " || last == "\u{00A0}" { head = head.dropLast() }
        let lower = head.lowercased()
        for marker in extensionMarkers where lower.hasSuffix(marker) {
            let number = head.dropLast(marker.count)
            // A marker that is a word must not be the end of another word ("box 12").
            if let before = number.last, before.isLetter { continue }
            var n = number
            while let last = n.last, last == " " || last == "," || last == "\u{00A0}" { n = n.dropLast() }
            return (n, String(digits.reversed()))
        }
        return nil
    }

    /// For text of ASCII digits, `+`, space, `-`, `(`, `)`, `.` and `/` only: whether it is a
    /// phone number (`isPhoneNumberText`); nil for any other text, which takes the full rule.
    static func plainASCIIPhone(_ s: String) -> Bool? {
        var digits = 0, index = 0, plain = true
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+"): if index != 0 { plain = false }
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: "/"): break
            default: return nil
            }
            index += 1
        }
        // A `+` after the start is not a phone, whatever else the text holds.
        return plain && (6...15).contains(digits)
    }

    /// The ASCII digits of `s`, in order: `s.filter { $0.isASCII && $0.isNumber }`, read on the
    /// bytes when the whole text is ASCII (where every character is one byte, a digit never
    /// part of a larger one).
    static func asciiDigits<S: StringProtocol>(_ s: S) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, as: UTF8.self)
        }
        return String(s.filter { $0.isASCII && $0.isNumber })
    }

    /// An optional leading `+`, then 6 to 15 ASCII digits with the usual separators.
    static func isPhoneNumberText(_ s: Substring) -> Bool {
        var digits = 0
        for (i, ch) in s.enumerated() {
            if ch.isASCII, ch.isNumber { digits += 1; continue }
            if ch == "+" && i == 0 { continue }
            switch ch {
            case " ", "-", "(", ")", ".", "/", "\u{00A0}", "\u{202F}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": continue
            default: return false
            }
        }
        return (6...15).contains(digits)
    }
}

import Foundation

/// The forms in which the suppression list compares e-mails and phones, so that an erased
/// person written another way is still recognised.
///
/// - **Phones** become E.164 (the digits after `+`): a number written with `+` or `00` keeps
///   its country code; any other number is national, with Poland (`+48`) as the country, a
///   single trunk `0` dropped — except eleven digits starting with `48`, which already carry
///   the code. `+48 601-202-303`, `0048 601 202 303`, `601 202 303` and `(0) 601202303` are one
///   number; an extension is not part of it.
/// - **E-mails** compare without case and without a sub-address (`anna+crm@x.pl` is
///   `anna@x.pl`, RFC 5233, which most providers honour); for Gmail (`gmail.com`,
///   `googlemail.com`) dots in the local part do not count either, as Gmail ignores them.
///
/// Hashes written before these rules (the lower-cased e-mail, the phone's bare digits) are
/// still matched: every look-up also tries the old form (`legacyKeys`).
public enum SuppressionKeys {
    public static let defaultCountryCode = "48"

    /// The E.164 digits of a phone number, or nil when it has no digits.
    public static func phone(_ raw: String) -> String? {
        let text = Validation.trimmed(raw, newlines: true)
        let number = Validation.parsePhone(text)?.number ?? text
        var digits = Validation.asciiDigits(number)
        if digits.isEmpty { return nil }
        if number.hasPrefix("+") { return digits }
        if digits.hasPrefix("00") { return String(digits.dropFirst(2)) }
        if digits.count == 11 && digits.hasPrefix(defaultCountryCode) { return digits }
        if digits.hasPrefix("0") { digits.removeFirst() }
        return defaultCountryCode + digits
    }

    /// An e-mail address as the suppression list compares it, or nil when empty.
    public static func email(_ raw: String) -> String? {
        let s = Validation.trimmed(raw, newlines: true).lowercased()
        guard let at = s.lastIndex(of: "@") else { return s.isEmpty ? nil : s }
        var local = String(s[..<at]), domain = String(s[s.index(after: at)...])
        if let plus = local.firstIndex(of: "+"), plus != local.startIndex { local = String(local[..<plus]) }
        if domain == "googlemail.com" { domain = "gmail.com" }
        if domain == "gmail.com" { local.removeAll { $0 == "." } }
        return local + "@" + domain
    }

    /// The keys (before hashing) to look up for an e-mail and a phone, each with what it is.
    static func lookupKeys(email: String, phone: String) -> [(what: String, key: String)] {
        var out: [(String, String)] = []
        if let e = Self.email(email) { out.append(("e-mail", "email:" + e)) }
        if !email.isEmpty { out.append(("e-mail", "email:" + Validation.normalizedEmail(email))) }
        if let p = Self.phone(phone) { out.append(("phone", "phone:" + p)) }
        if !phone.isEmpty { out.append(("phone", "phone:" + Validation.normalizedPhone(phone))) }
        return out
    }

    /// The keys an erasure puts on the list: every e-mail and phone the person's fields held,
    /// the current ones and those cleared or replaced before the erasure.
    static func erasureKeys(_ every: [ContactDetails]) -> [String] {
        var keys: [String] = []
        for d in every {
            if let e = email(d.email) { keys.append("email:" + e) }
            if let p = phone(d.phone) { keys.append("phone:" + p) }
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

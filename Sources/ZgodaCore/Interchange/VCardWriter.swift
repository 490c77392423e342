import Foundation

/// Writes vCard 4.0 (RFC 6350): one card per contact, CRLF line endings, text values escaped,
/// lines folded at 75 octets without splitting a UTF-8 sequence. Consent statuses travel as
/// `X-ZGODA-CONSENT;PURPOSE=…` properties, which other programs ignore (RFC 6350 §6.10).
public enum VCardWriter {
    public static func card(_ c: Contact, state: ZgodaState, now: Date) -> String {
        let d = c.details
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + escape(d.name)]
        if !d.email.isEmpty { lines.append("EMAIL:" + escape(d.email)) }
        if !d.phone.isEmpty { lines.append("TEL:" + escape(d.phone)) }
        if !d.company.isEmpty { lines.append("ORG:" + escape(d.company)) }
        if !d.position.isEmpty { lines.append("TITLE:" + escape(d.position)) }
        if !d.city.isEmpty { lines.append("ADR:;;;" + escape(d.city) + ";;;") }
        if !d.tags.isEmpty { lines.append("CATEGORIES:" + d.tags.map(escape).joined(separator: ",")) }
        if !d.notes.isEmpty { lines.append("NOTE:" + escape(d.notes)) }
        for row in state.consentRows(for: c.id, now: now) where row.status != .none {
            lines.append("X-ZGODA-CONSENT;PURPOSE=\(row.purpose.id):\(row.status.rawValue)")
        }
        lines.append("REV:" + ISOTime.string(c.updated).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: ""))
        lines.append("END:VCARD")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Backslash, comma, semicolon and line breaks escaped as RFC 6350 §3.4 asks. Other control
    /// characters have no place in a vCard value (§3.3 allows none but tab), and bidi overrides
    /// would reorder the name in an address book: both are written as the placeholders a
    /// terminal shows (`SafeText`), so a card stays valid and inert wherever it is opened.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var previousCR = false
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out += "\t"
            default: out.unicodeScalars.append(SafeText.placeholder(for: u) ?? u)
            }
            previousCR = u == "\r"
        }
        return out
    }

    /// Splits a content line into lines of at most 75 octets, continuation lines starting with
    /// a space (RFC 6350 §3.2); a cut never falls inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        if bytes.count <= 75 { return line }
        var parts: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            while end < bytes.count && end > start && (bytes[end] & 0xC0) == 0x80 { end -= 1 }
            parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74
        }
        return parts.joined(separator: "\r\n ")
    }
}

import Collections
import Foundation

/// A personal link to the customer's consent page (`zgoda link`, `zgoda serve`).
///
/// The link's token is a random secret of 256 bits that only the person receives; Zgoda keeps
/// nothing but its keyed hash (`tokenHash`), so neither the data directory nor a backup of it
/// can be turned back into a working link. A link is bound to one person, expires, can be
/// revoked, and is dropped when the person is erased.
public struct ConsentLink: Equatable, Sendable {
    /// A short public id (`L1`, `L2`, …) that names the link in the journal and in evidence.
    public var id: String
    public var contact: ContactID
    /// HMAC-SHA256 (hex) of the token under the directory secret.
    public var tokenHash: String
    /// The purposes the page offers; empty: every purpose whose legal basis is consent.
    public var purposes: [String]
    public var issued: Date
    public var expires: Date
    /// When the link was revoked, if it was.
    public var revoked: Date?
    /// The e-mail address the link was mailed to (`zgoda link --mail`). Personal: sealed with
    /// the person's key. A grant made through a mailed link confirms that address (double opt-in).
    public var mailedTo: String?

    public init(id: String, contact: ContactID, tokenHash: String, purposes: [String], issued: Date, expires: Date,
                revoked: Date? = nil, mailedTo: String? = nil) {
        self.id = id; self.contact = contact; self.tokenHash = tokenHash; self.purposes = purposes
        self.issued = issued; self.expires = expires; self.revoked = revoked; self.mailedTo = mailedTo
    }

    /// Why a link no longer opens its page, or nil while it does.
    public func closedReason(now: Date) -> String? {
        if let revoked { return "revoked \(ISOTime.string(revoked))" }
        if expires <= now { return "expired \(ISOTime.string(expires))" }
        return nil
    }

    /// The link's number (`L12` → 12).
    var number: Int { Int(id.dropFirst()) ?? 0 }
}

/// Every issued link, as part of `ZgodaState`.
public struct ConsentLinks: Equatable, Sendable {
    /// Links by id, in the order they were issued. Links of erased people are removed.
    public private(set) var byID: OrderedDictionary<String, ConsentLink> = [:]
    /// Link ids by token hash, for opening a page.
    private(set) var idByTokenHash: [String: String] = [:]
    /// The highest link number ever issued: ids are never reused, even after an erasure.
    public private(set) var lastNumber = 0

    public init() {}

    /// The id the next link gets.
    var nextID: String { "L\(lastNumber + 1)" }

    public func link(tokenHash: String) -> ConsentLink? {
        idByTokenHash[tokenHash].flatMap { byID[$0] }
    }

    /// The person's links, oldest first.
    public func links(of contact: ContactID) -> [ConsentLink] {
        byID.values.filter { $0.contact == contact }
    }

    mutating func issue(_ link: ConsentLink) {
        byID[link.id] = link
        // An unreadable hash (damage) never opens a page.
        if !link.tokenHash.isEmpty { idByTokenHash[link.tokenHash] = link.id }
        lastNumber = max(lastNumber, link.number)
    }

    mutating func revoke(_ id: String, at: Date) {
        guard byID[id] != nil, byID[id]?.revoked == nil else { return }
        byID[id]?.revoked = at
    }

    /// Drops every link of an erased person: their tokens stop working and no state about
    /// them remains for the next snapshot.
    mutating func removeAll(of contact: ContactID) {
        for link in links(of: contact) {
            byID[link.id] = nil
            idByTokenHash[link.tokenHash] = nil
        }
    }

    /// Restores the counter read from a snapshot.
    mutating func restore(lastNumber: Int) { self.lastNumber = max(self.lastNumber, lastNumber) }
}

/// The secret part of a link.
public enum LinkToken {
    /// 32 random bytes, base64url without padding: 43 characters.
    public static let length = 43

    public static func generate() -> String {
        base64URL(RandomBytes.system(32))
    }

    /// True for something that can be a token (43 base64url characters); anything else is
    /// refused before it is hashed.
    public static func isWellFormed(_ token: Substring) -> Bool {
        token.utf8.count == length && token.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x5f
        }
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// How long a link stays valid: `30d`, `12h`, `2w`, or a day (`2026-12-31`, the link then
/// lasting to that day's end, UTC).
public struct LinkLifetime: Equatable, Sendable {
    public static let standard = LinkLifetime(seconds: 30 * 86_400)
    /// A year: a consent link is a door to the person's choices, not a permanent credential.
    public static let longest: TimeInterval = 366 * 86_400

    var seconds: TimeInterval?
    var until: Day?

    init(seconds: TimeInterval) { self.seconds = seconds }

    public init(parsing text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let day = Day(parsing: t) { until = day; return }
        let units: [Character: TimeInterval] = ["h": 3_600, "d": 86_400, "w": 7 * 86_400]
        guard let unit = t.last.flatMap({ units[$0] }), let n = Int(t.dropLast()), n > 0 else {
            throw ZgodaError.invalidValue(field: "expires", reason: ErrorReason(en: "'\(text)' is not a lifetime (e.g. 30d, 12h, 2w) or a day (YYYY-MM-DD)", pl: "\u{201E}\(text)\u{201D} to nie jest okres (np. 30d, 12h, 2w) ani dzień (RRRR-MM-DD)"))
        }
        seconds = TimeInterval(n) * unit
    }

    /// The moment a link issued at `now` expires; throws when that is past or too far ahead.
    public func expiry(from now: Date) throws -> Date {
        let end: Date
        if let until { end = until.date.addingTimeInterval(86_400) } else { end = now.addingTimeInterval(seconds ?? 0) }
        if end <= now { throw ZgodaError.invalidValue(field: "expires", reason: ErrorReason(en: "the link would already have expired", pl: "link byłby już nieważny")) }
        if end.timeIntervalSince(now) > Self.longest {
            throw ZgodaError.invalidValue(field: "expires", reason: ErrorReason(en: "a link may last at most a year", pl: "link może być ważny najwyżej rok"))
        }
        return Date(millis: end.millis)
    }
}

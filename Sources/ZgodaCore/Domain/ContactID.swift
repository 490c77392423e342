/// A contact's id: an opaque short string, stable for the contact's life (and after erasure).
public struct ContactID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: ContactID, b: ContactID) -> Bool { a.rawValue < b.rawValue }

    /// Base-32 alphabet without look-alike letters (no i, l, o, u), so ids read well aloud.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
    private static let alphabetBytes = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// A new random id of 8 characters (40 bits).
    public static func random<G: RandomNumberGenerator>(using rng: inout G) -> ContactID {
        var v = rng.next() & ((1 << 40) - 1)
        // Made from bytes: an import makes 100k of these.
        let bytes = (0..<8).map { _ -> UInt8 in
            defer { v >>= 5 }
            return alphabetBytes[Int(v & 31)]
        }
        return ContactID(String(decoding: bytes, as: UTF8.self))
    }
}

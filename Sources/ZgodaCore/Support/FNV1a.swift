/// FNV-1a, 64 bits: the hash of contact ids wherever Zgoda looks them up by bytes (the
/// snapshot's person index, the history locations, a history's links between decisions, the
/// skim of export lists). Short ids, no allocation, and the same value from a string and from
/// its bytes in a file; a collision is always settled by comparing the ids themselves.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// The hash of a contact id's UTF-8 bytes.
    static func hash(_ id: ContactID) -> UInt64 { hash(id.rawValue.utf8) }
}

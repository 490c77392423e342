import Foundation

/// Snapshot section 1: the consent links (`ConsentLinks`), so a compaction keeps them.
///
/// ```
/// u32 lastNumber · u32 n · n × link
/// link = string id · string contact · string tokenHash · strings purposes · date issued
///        · date expires · optionalDate revoked · data sealed
/// sealed = empty when nothing personal, else AES-256-GCM with the person's key of a
///          SealedFields part: tag 1 the address the link was mailed to
/// ```
/// Links of erased people are not in the state, so not here either; an older snapshot that
/// still holds one has it sealed with a key that no longer exists, and replaying the erasure
/// drops the link again.
enum LinkSnapshotSection: SnapshotSection {
    static let tag: UInt16 = 1

    /// Tags of the sealed part. Stable: never renumber, never reuse.
    enum SealedTag: UInt8 { case mailedTo = 1 }

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        let links = state.links
        guard links.lastNumber > 0 else { return nil }
        var w = BinaryWriter(capacity: 64 + links.byID.count * 160)
        w.u32(UInt32(links.lastNumber))
        w.u32(UInt32(links.byID.count))
        for link in links.byID.values {
            w.string(link.id); w.string(link.contact.rawValue); w.string(link.tokenHash); w.strings(link.purposes)
            w.date(link.issued); w.date(link.expires); w.optionalDate(link.revoked)
            if let address = link.mailedTo, let slot = state.contacts[link.contact]?.keySlot, let key = keys.key(slot) {
                var part = SealedFields.Writer()
                part.string(SealedTag.mailedTo.rawValue, address)
                w.data(try Sealer.seal(part.bytes, key: key))
            } else {
                w.data([])
            }
        }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let last = Int(try r.u32())
        let count = Int(try r.u32())
        guard count <= r.remaining / 40 else { throw SnapshotCodec.Invalid("bad link count", "błędna liczba linków") }
        var links = ConsentLinks()
        for _ in 0..<count {
            let id = try r.string(), contact = ContactID(try r.string()), hash = try r.string(), purposes = try r.strings()
            let issued = try r.date(), expires = try r.date(), revoked = try r.optionalDate()
            let sealed = try r.data()
            var mailedTo: String? = nil
            if !sealed.isEmpty, let slot = state.contacts[contact]?.keySlot, let key = keys.key(slot) {
                // The key is there, so the part must open: anything else is damage.
                guard let plain = Sealer.open(sealed, key: key) else { throw SnapshotCodec.Invalid("link \(id) does not open with its key", "link \(id) nie otwiera się swoim kluczem") }
                do {
                    mailedTo = try SealedFields.read(plain) { $0.optionalString(SealedTag.mailedTo.rawValue) }
                } catch is SealedFields.Reader.NewerVersion {
                    throw SnapshotCodec.NewerVersion(version: SnapshotCodec.version + 1)
                } catch {
                    throw SnapshotCodec.Invalid("link \(id) opens but does not parse", "link \(id) otwiera się, ale nie daje się odczytać")
                }
            }
            guard id.hasPrefix("L"), Int(id.dropFirst()) != nil else { throw SnapshotCodec.Invalid("bad link id", "błędny identyfikator linku") }
            var link = ConsentLink(id: id, contact: contact, tokenHash: hash, purposes: purposes, issued: issued,
                                   expires: expires, mailedTo: mailedTo)
            link.revoked = revoked
            links.issue(link)
        }
        links.restore(lastNumber: last)
        state.links = links
    }
}

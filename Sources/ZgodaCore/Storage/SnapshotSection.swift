import Foundation

/// A part of the state that one capability keeps in snapshots of its own section (`ZGS5` on).
///
/// The core of a snapshot (controller, purposes, contacts, requests, suppression, exports) has a
/// fixed layout; what later capabilities add (consent links, registers, …) goes into sections
/// after it, so adding one never reshapes the rest:
///
/// ```
/// sections = u32 n · (u16 tag · u32 length · bytes)*
/// ```
///
/// A tag is a stable number, never reused. A section with nothing to keep is left out, and a
/// reader starts each capability's state empty before reading, so a snapshot without the
/// section means "nothing yet". A tag this code does not know is a newer Zgoda's: the snapshot
/// is refused as newer, never read with that part silently dropped (it would be lost at the
/// next compaction).
protocol SnapshotSection {
    /// The section's stable tag.
    static var tag: UInt16 { get }
    /// The section's bytes for `state`, or nil when it has nothing to keep. Personal values are
    /// sealed with the person's key (see `KeyStore`), exactly as in the journal.
    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]?
    /// Reads the section's bytes into `state`. Throws `BinaryReader.Truncated` or
    /// `SnapshotCodec.Invalid` on damage.
    static func decode(_ reader: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws
}

/// Every section this code knows, in the order they are written.
enum SnapshotSections {
    /// Tags in use: add a capability's section here with the next free tag.
    static var all: [any SnapshotSection.Type] {
        [
            LinkSnapshotSection.self,  // 1: consent links (tags 1–9: the consent pages)
            // 10–17: GDPR duties (tags 10–29)
            PurposeVersionSection.self, DocumentSection.self, RequestExtensionSection.self, RetentionGraceSection.self,
            BreachSection.self, PurposeRecipientSection.self, ContactOriginSection.self, NoticeSection.self,
            // 30: languages (tags 30–39)
            PurposeTranslationSection.self,
        ]
    }

    /// The sections whose contents version 6 keeps in each person's entry instead
    /// (`SnapshotPersonParts`): documents, origins, notices. Still read from version 5.
    static let inPersonEntries: Set<UInt16> = [DocumentSection.tag, ContactOriginSection.tag, NoticeSection.tag]

    static func encode(_ state: ZgodaState, keys: KeyStore, into w: inout BinaryWriter, excluding: Set<UInt16> = []) throws {
        var written: [(UInt16, [UInt8])] = []
        for section in all where !excluding.contains(section.tag) {
            if let bytes = try section.encode(state, keys: keys) { written.append((section.tag, bytes)) }
        }
        w.u32(UInt32(written.count))
        for (tag, bytes) in written {
            w.u8(UInt8(tag & 0xff)); w.u8(UInt8(tag >> 8))
            w.data(bytes)
        }
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore, snapshotVersion: Int) throws {
        let count = Int(try r.u32())
        var seen = Set<UInt16>()
        for _ in 0..<count {
            let tag = UInt16(try r.u8()) | UInt16(try r.u8()) << 8
            let bytes = try r.data()
            guard seen.insert(tag).inserted else { throw SnapshotCodec.Invalid("section \(tag) twice", "sekcja \(tag) występuje dwa razy") }
            if snapshotVersion >= 6 && inPersonEntries.contains(tag) {
                throw SnapshotCodec.Invalid("section \(tag) in a version \(snapshotVersion) snapshot", "sekcja \(tag) w migawce w wersji \(snapshotVersion)")
            }
            guard let section = all.first(where: { $0.tag == tag }) else {
                throw SnapshotCodec.NewerVersion(version: SnapshotCodec.version + 1)
            }
            try bytes.withReader { inner in
                try section.decode(&inner, into: &state, keys: keys)
                guard inner.atEnd else { throw SnapshotCodec.Invalid("section \(tag) has trailing bytes", "sekcja \(tag) ma nadmiarowe bajty na końcu") }
            }
        }
    }
}

import Foundation
@testable import ZgodaCore

/// Sealed (personal) parts once opened: `SealedFields.Reader` and every accessor on every
/// tag, contact details in both layouts.
public enum SealedTarget {
    public static func run(_ buf: UnsafeRawBufferPointer) {
        let bytes = Array(buf)
        _ = try? SealedFields.read(bytes) { r in
            _ = try? SealedFields.details(r)
            for tag: UInt8 in 0...9 {
                _ = r.has(tag); _ = r.string(tag); _ = r.optionalString(tag); _ = try? r.strings(tag)
                for count in 0...3 { _ = try? r.optionalStrings(tag, count: count) }
                _ = try? r.nested(tag).map { try SealedFields.details($0) }
                _ = try? r.nestedList(tag) { try SealedFields.details($0) }
            }
        }
        _ = try? bytes.withReader { try EventCodec.decodeDetails(&$0) }
    }

    public static func seeds() -> [[UInt8]] {
        var out = SampleEvents.details.map { SealedFields.details($0).bytes }
        var contact = SealedFields.Writer()
        contact.nested(SnapshotContacts.ContactTag.details.rawValue, SealedFields.details(SampleEvents.details[0]))
        contact.optionalStrings(SnapshotContacts.ContactTag.evidence.rawValue, ["formularz 7", nil])
        contact.nestedList(SnapshotContacts.ContactTag.formerDetails.rawValue, SampleEvents.details.map(SealedFields.details))
        out.append(contact.bytes)
        out += SampleEvents.events.compactMap { EventCodec.encode($0).personalBytes }
        return out
    }
}

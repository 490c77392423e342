import Crypto
import Foundation

/// Encodes a group of events and seals their personal parts on all cores when the group is
/// large: an import of 100k people is one group, and sealing it on one core was a tenth of the
/// import's time. Choosing each record's key and framing the records into the hash chain stay with
/// the caller, in order, since a record's slot may come from an earlier record of the group and
/// its hash depends on the one before it.
enum RecordSealing {
    /// Groups smaller than this are worked on the calling thread: a single change must not pay
    /// for starting threads.
    static let parallelFrom = 512

    /// Every event's public and personal parts, in order.
    static func encode(_ events: ArraySlice<Event>) -> [EventCodec.Parts] {
        events.withUnsafeBufferPointer { events in
            ParallelMap.map(events.count, from: parallelFrom) { i, _ in EventCodec.encode(events[i]) }
        }
    }

    /// Each personal part sealed with its key (nil key: not sealed, empty result).
    static func seal(_ parts: [EventCodec.Parts], keys: [SymmetricKey?]) throws -> [[UInt8]] {
        precondition(parts.count == keys.count)
        var failed: ZgodaError?
        let lock = NSLock()
        // Read through buffers: the threads would otherwise contend on the arrays' reference counts.
        let sealed = parts.withUnsafeBufferPointer { parts in
            keys.withUnsafeBufferPointer { keys in
                ParallelMap.map(parts.count, from: parallelFrom) { i, random -> [UInt8] in
                    guard let key = keys[i], let personal = parts[i].personalBytes else { return [] }
                    do { return try Sealer.seal(personal, key: key, random: random) } catch {
                        lock.withLock { failed = failed ?? (error as? ZgodaError ?? .io(ErrorReason(en: "encryption failed", pl: "szyfrowanie nie powiodło się"))) }
                        return []
                    }
                }
            }
        }
        if let failed { throw failed }
        return sealed
    }
}

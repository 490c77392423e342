import Foundation
@testable import ZgodaCore

/// Snapshots, decoded with a key store of fixed keys: once as they are (the checksummed path)
/// and once with the digests recomputed (a version 6 trailer's global digest, then the trailing
/// SHA-256), so that mutated bodies get past them; what decodes is encoded again. Each time,
/// the sample people are also read one at a time and the person index is checked, as `verify`
/// does.
public enum SnapshotTarget {
    public static func run(_ buf: UnsafeRawBufferPointer) {
        var bytes = Array(buf)
        readEachWay(bytes)
        guard bytes.count >= 32 else { return }
        resealGlobalDigest(&bytes)
        let end = bytes.count - 32
        bytes.replaceSubrange(end..., with: SHA256Hex.digest(Array(bytes[..<end])))
        readEachWay(bytes)
        if let loaded = try? SnapshotCodec.decode(bytes, keys: FixedKeys.store) {
            // A compaction writes what it read back out.
            _ = try? SnapshotCodec.encode(loaded.state, seq: loaded.seq, headHash: loaded.headHash, keys: FixedKeys.store)
        }
    }

    static func readEachWay(_ bytes: [UInt8]) {
        _ = try? SnapshotCodec.decode(bytes, keys: FixedKeys.store)
        bytes.withUnsafeBytes { all in
            for id in SampleEvents.state.contacts.keys.prefix(2) + ["nobody00"] {
                _ = try? SnapshotCodec.decodePerson(all, person: id, keys: FixedKeys.store)
            }
            _ = try? SnapshotCodec.checkPersonIndex(all)
        }
    }

    /// Recomputes the global digest of a version 6 snapshot whose trailer and index still have
    /// their shape.
    static func resealGlobalDigest(_ bytes: inout [UInt8]) {
        let trailerStart = bytes.count - 32 - SnapshotCodec.Trailer.size
        guard trailerStart > 44, bytes.starts(with: Array("ZGS6".utf8)) else { return }
        let fixed: (SnapshotCodec.Trailer, Int)? = bytes.withUnsafeBytes { all in
            var r = BinaryReader(all, offset: trailerStart)
            guard let t = try? SnapshotCodec.Trailer.read(&r), t.catalogueEnd <= t.restStart, t.restStart <= t.indexStart,
                  t.indexStart < trailerStart else { return nil }
            var ir = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<trailerStart]), offset: t.indexStart)
            guard let layout = try? SnapshotPersonIndex.layout(&ir) else { return nil }
            return (t, layout.entriesStart)
        }
        guard let (t, tableEnd) = fixed else { return }
        let digest = SnapshotCodec.Trailer.globalDigest(bytes, catalogueEnd: t.catalogueEnd, restStart: t.restStart, tableEnd: tableEnd)
        bytes.replaceSubrange((trailerStart + 24)..<(trailerStart + 56), with: digest)
    }

    public static func seeds() -> [[UInt8]] {
        let state = SampleEvents.state
        guard let bytes = try? SnapshotCodec.encode(state, seq: 42, headHash: JournalRecord.zeroHash, keys: FixedKeys.store) else {
            fatalError("cannot encode the sample snapshot")
        }
        return [bytes, (try? SnapshotCodec.encode(ZgodaState(), seq: 1, headHash: JournalRecord.zeroHash, keys: FixedKeys.store)) ?? []]
    }
}

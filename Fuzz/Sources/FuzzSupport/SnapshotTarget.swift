import Foundation
@testable import ZgodaCore

/// Snapshots, decoded with a key store of fixed keys: once as they are (the checksummed path)
/// and once with the trailing SHA-256 recomputed, so that mutated bodies get past the checksum; what decodes is encoded again.
public enum SnapshotTarget {
    public static func run(_ buf: UnsafeRawBufferPointer) {
        var bytes = Array(buf)
        _ = try? SnapshotCodec.decode(bytes, keys: FixedKeys.store)
        guard bytes.count >= 32 else { return }
        let end = bytes.count - 32
        bytes.replaceSubrange(end..., with: SHA256Hex.digest(Array(bytes[..<end])))
        if let loaded = try? SnapshotCodec.decode(bytes, keys: FixedKeys.store) {
            // A compaction writes what it read back out.
            _ = try? SnapshotCodec.encode(loaded.state, seq: loaded.seq, headHash: loaded.headHash, keys: FixedKeys.store)
        }
    }

    public static func seeds() -> [[UInt8]] {
        let state = SampleEvents.state
        guard let bytes = try? SnapshotCodec.encode(state, seq: 42, headHash: JournalRecord.zeroHash, keys: FixedKeys.store) else {
            fatalError("cannot encode the sample snapshot")
        }
        return [bytes, (try? SnapshotCodec.encode(ZgodaState(), seq: 1, headHash: JournalRecord.zeroHash, keys: FixedKeys.store)) ?? []]
    }
}

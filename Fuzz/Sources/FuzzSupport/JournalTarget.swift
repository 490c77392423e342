import Foundation
@testable import ZgodaCore

/// Journal segments: every frame `FrameReader` finds, decoded by `EventCodec` with its sealed
/// bytes taken as the personal part in the clear, in both layouts (tagged and format 1's
/// positional), applied to a state as an open would, and encoded again.
public enum JournalTarget {
    public static func run(_ buf: UnsafeRawBufferPointer) {
        _ = FrameReader.read(buf, at: 0)
        _ = FrameReader.nextRecord(in: buf, after: 0)
        var state = ZgodaState()
        var offset = 0
        while offset < buf.count {
            // The checksum is not checked, so mutated records still reach the decoder.
            switch FrameReader.read(buf, at: offset, verifyHash: false) {
            case let .record(record, end):
                for entry in decode(record) {
                    state.apply(entry)
                    // What was read is written again by every repair and compaction.
                    _ = EventCodec.encode(entry.event)
                }
                offset = end
            case .truncated, .corrupt(_, nil, _):
                return
            case let .corrupt(_, end?, _):
                offset = end
            }
        }
    }

    /// The record's event read every way a reader may: tagged, positional, and erased.
    static func decode(_ r: JournalRecord) -> [JournalEntry] {
        var out: [JournalEntry] = []
        for (personal, tagged) in [(r.sealed, true), (r.sealed, false), (nil, r.tagged)] {
            if let event = try? EventCodec.decode(kindCode: r.kindCode, publicBytes: r.publicBytes, personal: personal,
                                                  tagged: tagged, at: r.at, operator: r.operator) {
                out.append(JournalEntry(seq: r.seq, at: r.at, operator: r.operator, event: event, readable: personal != nil,
                                        exportKeySlot: EventCodec.isExport(r.kindCode) && r.keySlot != JournalRecord.noSlot ? r.keySlot : nil))
            }
        }
        return out
    }

    public static func seeds() -> [[UInt8]] {
        var out = [SampleEvents.journal(tagged: true), SampleEvents.journal(tagged: false)]
        // Each record on its own too, so that mutations of one kind start small.
        let all = SampleEvents.journal(tagged: true)
        all.withUnsafeBytes { buf in
            var offset = 0
            while case let .record(_, end) = FrameReader.read(buf, at: offset) {
                out.append(Array(buf[offset..<end])); offset = end
            }
        }
        return out
    }
}

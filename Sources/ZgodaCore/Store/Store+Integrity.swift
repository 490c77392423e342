import Dispatch
import Foundation

extension Store {
    /// A journal record whose personal part cannot be read although its owner was never
    /// erased: damage, not an erasure.
    struct UnreadableRecord: Equatable, Sendable {
        var seq: UInt64
        var contact: ContactID?
    }

    /// Every record up to `lastSeq` whose personal part does not open or does not parse, and
    /// whose owner was not lawfully erased — the same judgement `history()` makes of each entry
    /// (see `decodeEntry`), without building the history: `verify` runs it over the whole
    /// journal, and at a million records the history's entries cost more than the check.
    ///
    /// Records are framed one segment at a time and their personal parts opened and parsed on
    /// all cores; key lookups use the thread-safe `uncheckedKey`/`uncachedKey` while nothing
    /// writes the store (the caller holds a read-only store).
    func unreadablePersonalParts(progress: WorkProgress = .none) throws -> [UnreadableRecord] {
        try lock.withShared {
            var found: [UnreadableRecord] = []
            var checked = 0
            try forEachJournalChunk { buf in
                var records: [JournalRecord] = []
                var pos = 0
                while pos < buf.count {
                    guard case let .record(rec, end) = FrameReader.read(buf, at: pos, verifyHash: false) else { break }
                    pos = end
                    if rec.seq > lastSeq { break }
                    if rec.keySlot != JournalRecord.noSlot { records.append(rec) }
                    // A window at a time: memory bounded by the window, not by the segment.
                    if records.count == 16_384 {
                        try progress.checkCancelled()
                        found += check(records)
                        checked += records.count
                        progress.update(done: checked)
                        records.removeAll(keepingCapacity: true)
                    }
                }
                found += check(records)
            }
            return found.sorted { $0.seq < $1.seq }
        }
    }

    /// The records of `records` whose personal part does not read, on all cores.
    private func check(_ records: [JournalRecord]) -> [UnreadableRecord] {
        let keys = keys, state = state
        return ParallelMap.map(records.count, from: 2048) { i, _ -> UnreadableRecord? in
            let rec = records[i]
            if Self.personalPartReads(rec, keys: keys, state: state) { return nil }
            return UnreadableRecord(seq: rec.seq, contact: rec.contact.isEmpty ? nil : ContactID(rec.contact))
        }.compactMap { $0 }
    }

    /// Whether `rec`'s personal part opens and parses, or is lawfully gone: its person erased
    /// (for a contact's record) or its key erased (for an export's own key).
    private static func personalPartReads(_ rec: JournalRecord, keys: KeyStore, state: ZgodaState) -> Bool {
        var plain: [UInt8]? = nil
        if let key = keys.uncheckedKey(rec.keySlot) { plain = Sealer.open(rec.sealed, key: key) }
        if plain == nil, let key = keys.uncachedKey(rec.keySlot) { plain = Sealer.open(rec.sealed, key: key) }
        if let plain {
            do {
                _ = try EventCodec.decode(kindCode: rec.kindCode, publicBytes: rec.publicBytes, personal: plain,
                                          tagged: rec.tagged, at: rec.at, operator: rec.operator)
                return true
            } catch is EventCodec.PersonalMalformed {
                return lawfullyGone(rec, keyErased: false, state: state)
            } catch {
                // A public part that does not decode stops the open itself; not this check's.
                return true
            }
        }
        let health = keys.health(rec.keySlot)
        return lawfullyGone(rec, keyErased: health == .erased || health == .halfErased, state: state)
    }

    private static func lawfullyGone(_ rec: JournalRecord, keyErased: Bool, state: ZgodaState) -> Bool {
        if rec.kindCode != EventCodec.sealedExportCode, !rec.contact.isEmpty {
            return state.contacts[ContactID(rec.contact)]?.anonymized == true
        }
        return keyErased
    }
}

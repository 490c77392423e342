import Crypto
import Foundation

/// Where each person's journal records are (`history.zh`), so that a person's history (`zgoda
/// history ID`, `report`, `h` in the terminal UI) reads that person's records and the journal
/// after the file, not the headers of every record: at a million people the journal holds
/// gigabytes, and a pass over its headers took a quarter of a second.
///
/// ```
/// file     = "ZGH1" · u64 seq · head[32] · u32 n · (u64 firstSeq)^n · u32 tailSegment · u64 tailOffset
///            · person^people · index · u64 indexStart · digest[32]
/// person   = string id · u32 count · location^count            (oldest first)
/// location = u64 seq · u64 offset · u32 length · u16 segment · u8 kind      (23 bytes)
/// index    = the snapshot's person index (`SnapshotPersonIndex`) over the person entries
/// digest   = SHA-256 of the header (up to the first person), the index's page table and indexStart
/// ```
/// The file covers the journal up to record `seq`, whose hash is `head` and which ends at
/// `tailOffset` in segment `tailSegment` of the `n` segments named by their first records.
/// A person's records are those whose contact is that person, and the exports and reads that
/// name them in their public part; `segment` is an index into the segments, `offset` and
/// `length` place the frame in it.
///
/// Derived data, never the only copy of anything, and it holds no personal value: ids, record
/// numbers and places in the journal, which the journal's own record headers hold in the clear
/// too. It is written whole (a temporary file, renamed) and checked when read: its digest
/// covers the header and the page table, the table its pages, a page its entries' digests, an
/// entry a person's locations; the record at `seq` must still end at `tailOffset` with hash
/// `head` (a journal rewritten by a repair makes it stale), and each record it points at must
/// carry the sequence number it says. Anything else is no file at all: the history is found
/// from the headers, as before the file existed, and the file is made again.
/// Hand-written: fixed-size records read in place from a mapped file (see `SnapshotPersonIndex`).
enum HistoryLocations {
    static let magic: [UInt8] = Array("ZGH1".utf8)
    static let fileName = "history.zh"
    static let locationSize = 23
    /// How much `encode` writes at a time (a variable for the tests, which make parts small).
    nonisolated(unsafe) static var partBytes = 1 << 20

    static func path(_ dir: DataDirectory) -> String { dir.path + "/" + fileName }
    static func temporaryPath(_ dir: DataDirectory) -> String { path(dir) + ".tmp" }

    /// What the file covers.
    struct Header: Equatable {
        var seq: UInt64
        var head: [UInt8]
        /// The first record of each segment the file's locations point into, in order.
        var segments: [UInt64]
        var tailSegment: Int
        var tailOffset: UInt64
    }

    /// One record of a person's history: where it is, as a history index keeps it.
    typealias Location = HistoryIndex.Location

    /// Not a file this version reads, or damaged: the caller finds the history without it.
    struct Unusable: Error { var reason: String }

    /// Writes the file a part at a time through `emit` (about a megabyte each), taking the
    /// people one by one from `person`: at a million people the file is 150 MB, and neither it
    /// nor everyone's locations as separate arrays need to be held.
    static func encode(_ header: Header, count: Int, person: (Int) -> (id: [UInt8], locations: [Location]),
                       emit: ([UInt8]) throws -> Void) rethrows {
        var w = BinaryWriter(capacity: partBytes)
        var written = 0
        func flush(_ w: inout BinaryWriter) throws {
            written += w.bytes.count
            try emit(w.bytes)
            w.bytes.removeAll(keepingCapacity: true)
        }
        w.raw(magic); w.u64(header.seq); w.raw(header.head)
        w.u32(UInt32(header.segments.count)); for s in header.segments { w.u64(s) }
        w.u32(UInt32(header.tailSegment)); w.u64(header.tailOffset)
        var hash = SHA256()
        w.bytes.withUnsafeBytes { hash.update(bufferPointer: $0) }
        var entries: [SnapshotPersonIndex.Entry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            let (id, locations) = person(position)
            let start = w.bytes.count
            w.u32(UInt32(id.count)); w.raw(id)
            w.u32(UInt32(locations.count))
            for l in locations {
                w.u64(l.seq); w.u64(UInt64(l.offset)); w.u32(l.length)
                withUnsafeBytes(of: l.segment.littleEndian) { w.bytes.append(contentsOf: $0) }
                w.u8(l.kindCode)
            }
            let digest = w.bytes.withUnsafeBytes { SnapshotPersonIndex.digest8(UnsafeRawBufferPointer(rebasing: $0[start...])) }
            entries.append(.init(key: FNV1a.hash(id), offset: UInt64(written + start), length: UInt32(w.bytes.count - start),
                                 position: UInt32(position), digest: digest))
            if w.bytes.count >= partBytes { try flush(&w) }
        }
        let indexStart = written + w.bytes.count
        let table = SnapshotPersonIndex.write(entries, into: &w)
        w.u64(UInt64(indexStart))
        w.bytes.withUnsafeBytes { hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[table])) }
        w.bytes.withUnsafeBytes { hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[($0.count - 8)...])) }
        w.raw(Array(hash.finalize()))
        try flush(&w)
    }

    /// The header and where the index is, once the digest is checked.
    static func open(_ all: UnsafeRawBufferPointer) throws -> (Header, SnapshotPersonIndex.Layout) {
        guard all.count > 4 + 8 + 32 + 4 + 4 + 8 + 8 + 32, Array(all[0..<4]) == magic else { throw Unusable(reason: "not a history locations file") }
        do {
            var r = BinaryReader(all, offset: 4)
            let seq = try r.u64(), head = try r.raw(32)
            let n = Int(try r.u32())
            try r.need(n * 8)
            let segments = try (0..<n).map { _ in try r.u64() }
            let tailSegment = Int(try r.u32()), tailOffset = try r.u64()
            guard tailSegment < n || (n == 0 && tailSegment == 0) else { throw Unusable(reason: "tail segment out of range") }
            let headerEnd = r.offset
            // The index sits at the end, before the digest; its counts say where it starts.
            let layout = try locateIndex(all, after: headerEnd)
            var hash = SHA256()
            hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[0..<headerEnd]))
            hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[layout.tableStart..<layout.entriesStart]))
            hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[(all.count - 40)..<(all.count - 32)]))
            guard Array(hash.finalize()) == Array(all[(all.count - 32)...]) else { throw Unusable(reason: "digest") }
            return (Header(seq: seq, head: head, segments: segments, tailSegment: tailSegment, tailOffset: tailOffset), layout)
        } catch is BinaryReader.Truncated {
            throw Unusable(reason: "truncated")
        } catch is SnapshotCodec.Invalid {
            throw Unusable(reason: "index")
        }
    }

    /// The index, found from the end: `indexStart` is written after it (it is known only once
    /// the people are written), and the index must end exactly there.
    private static func locateIndex(_ all: UnsafeRawBufferPointer, after headerEnd: Int) throws -> SnapshotPersonIndex.Layout {
        let trailerAt = all.count - 32 - 8
        guard trailerAt >= headerEnd else { throw Unusable(reason: "truncated") }
        let start = Int(UInt64(littleEndian: all.loadUnaligned(fromByteOffset: trailerAt, as: UInt64.self)))
        guard start >= headerEnd, start <= trailerAt else { throw Unusable(reason: "index start") }
        var r = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<trailerAt]), offset: start)
        let layout = try SnapshotPersonIndex.layout(&r)
        guard layout.end == trailerAt else { throw Unusable(reason: "index end") }
        return layout
    }

    /// `person`'s locations, oldest first; empty when the file has no record of them (they
    /// came after it, or have none).
    static func locations(of person: ContactID, in all: UnsafeRawBufferPointer, header: Header,
                          layout: SnapshotPersonIndex.Layout) throws -> [Location] {
        let id = Array(person.rawValue.utf8)
        let entries: [SnapshotPersonIndex.Entry]
        do { entries = try SnapshotPersonIndex.entries(withKey: SnapshotPersonIndex.key(person), in: all, layout: layout) } catch {
            throw Unusable(reason: "index page")
        }
        for e in entries {
            guard e.offset <= UInt64(layout.tableStart) - 8, UInt64(e.length) <= UInt64(layout.tableStart) - 8 - e.offset else { throw Unusable(reason: "entry place") }
            let bytes = UnsafeRawBufferPointer(rebasing: all[Int(e.offset)..<(Int(e.offset) + Int(e.length))])
            guard SnapshotPersonIndex.digest8(bytes) == e.digest else { throw Unusable(reason: "entry digest") }
            do {
                var r = BinaryReader(bytes)
                guard try r.raw(Int(try r.u32())) == id else { continue }
                let count = Int(try r.u32())
                guard r.remaining == count * locationSize else { throw Unusable(reason: "entry length") }
                var found: [Location] = []
                found.reserveCapacity(count)
                var previous: UInt64 = 0
                for _ in 0..<count {
                    let seq = try r.u64(), offset = try r.u64(), length = try r.u32()
                    guard offset <= UInt64(Int.max) else { throw Unusable(reason: "location") }
                    let segment = UInt16(try r.u8()) | UInt16(try r.u8()) << 8
                    let kind = try r.u8()
                    guard seq > previous, seq <= header.seq, Int(segment) < header.segments.count else { throw Unusable(reason: "location") }
                    previous = seq
                    found.append(Location(offset: Int(offset), seq: seq, length: length, segment: segment, kindCode: kind))
                }
                return found
            } catch is BinaryReader.Truncated {
                throw Unusable(reason: "entry truncated")
            }
        }
        return []
    }
}

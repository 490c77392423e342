import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// How many records the saved locations may be behind before a person's history makes
    /// them again: reading the records after them costs a pass over their headers.
    static let historyLocationsMaxTail: UInt64 = 20_000

    /// A person's history found through the saved locations (`HistoryLocations`) and the
    /// journal after them, or nil when there are none that can be used: the caller then reads
    /// every header. `behind` is how many records the file is behind this store.
    func historyIndexFromLocations(_ contact: ContactID, scope: HistoryScope) -> (index: HistoryIndex, behind: UInt64)? {
        guard database == nil, let file = try? MappedFile.open(HistoryLocations.path(directory), populate: false) else { return nil }
        let all = file.bytes
        guard let (header, layout) = try? HistoryLocations.open(all) else { return nil }
        // A file made by another process may be ahead of this store: its locations after this
        // store's last record are left out.
        let segments = directory.segments()
        // The segments it points into are still these, and the record it ends at is still there.
        guard header.segments.count <= segments.count, segments.count <= Int(UInt16.max),
              zip(header.segments, segments).allSatisfy({ $0 == $1.first }),
              Self.recordEnds(in: segments.isEmpty ? nil : segments[header.tailSegment].path, at: header.tailOffset, hash: header.head)
        else { return nil }
        guard let saved = try? HistoryLocations.locations(of: contact, in: all, header: header, layout: layout) else { return nil }
        var scanner = HistoryScanner(index: HistoryIndex(contact: contact, scope: scope, lastSeq: lastSeq,
                                                         segments: segments.map(\.path)))
        let hash = SnapshotPersonIndex.key(contact)
        for l in saved where l.seq <= lastSeq && scope.includes(kindCode: l.kindCode) { scanner.add(l, contactHash: hash) }
        if header.seq < lastSeq {
            do {
                try Self.walk(segments.map(\.path), from: header.tailSegment, offset: Int(header.tailOffset)) { buf, segment, base in
                    try scanner.scan(buf, segment: segment, base: base)
                }
            } catch { return nil }
        }
        return (scanner.index, lastSeq > header.seq ? lastSeq - header.seq : 0)
    }

    /// True when the frame ending at `offset` in the segment at `path` ends with `hash` (a
    /// frame's last 32 bytes are its hash). An empty journal has nothing to check.
    private static func recordEnds(in path: String?, at offset: UInt64, hash: [UInt8]) -> Bool {
        guard let path else { return offset == 0 }
        guard offset >= 32, let fd = try? Files.openForReading(path) else { return false }
        defer { close(fd) }
        return (try? Files.read(fd: fd, count: 32, at: Int(offset) - 32)) == hash
    }

    /// Makes the saved locations anew from the journal's headers, up to this store's last
    /// record: one pass that reads no record's personal part and opens no key. Best effort,
    /// like the search cache: a busy lock, damage, a read-only directory or a failed write
    /// leave things as they were, and histories are then found from the headers. (It does not
    /// catch up with other processes: the state a screen shows changes only when it asks.)
    public func saveHistoryLocations() {
        guard database == nil, writable else { return }
        _ = try? lock.withExclusiveIfFree {
            guard readOnlyReason == nil, damagedSeq == nil, !tornTail else { return }
            let segments = directory.segments().filter { $0.first <= lastSeq }
            guard segments.count <= Int(UInt16.max) else { return }
            var builder = HistoryLocationsBuilder(lastSeq: lastSeq)
            try Self.walk(segments.map(\.path), from: 0, offset: 0) { buf, segment, base in
                try builder.scan(buf, segment: segment, base: base)
            }
            guard builder.isUsable, builder.seq == lastSeq, builder.head == headHash else { return }
            let header = HistoryLocations.Header(seq: lastSeq, head: headHash, segments: segments.map(\.first),
                                                 tailSegment: Int(builder.tail.segment), tailOffset: UInt64(builder.tail.end))
            // Derived data, no fsync: a torn file fails its digest and is made again.
            replaceDerivedFile(HistoryLocations.path(directory), temporary: HistoryLocations.temporaryPath(directory)) { write in
                try HistoryLocations.encode(header, count: builder.count, person: builder.person, emit: write)
            }
        }
    }

    /// Writes a file of derived data (the search cache, the history locations) in place of the
    /// old one, under the exclusive lock the caller holds: to `temporary`, made fresh with
    /// `O_EXCL` (a link planted there is removed, never written through), then renamed, unless
    /// `path` has become a link. Best effort: a failure leaves the old file or none.
    func replaceDerivedFile(_ path: String, temporary tmp: String, with bytes: [UInt8]) {
        replaceDerivedFile(path, temporary: tmp) { write in try write(bytes) }
    }

    /// `replaceDerivedFile(_:temporary:with:)` for a file written a part at a time: `parts`
    /// gives each part to the function it is handed.
    func replaceDerivedFile(_ path: String, temporary tmp: String, parts: (([UInt8]) throws -> Void) throws -> Void) {
        unlink(tmp)
        guard let fd = try? Files.open(tmp, flags: O_WRONLY | O_EXCL, create: true, mode: fileMode) else { return }
        do { try parts { try options.io.write(fd, $0) } } catch { close(fd); unlink(tmp); return }
        close(fd)
        if Files.isLink(path) { unlink(tmp); return }
        do { try options.io.rename(tmp, path) } catch { unlink(tmp) }
    }

    /// Reads segments a window at a time, from segment `first` at `offset`, giving each window
    /// to `scan` (which returns how much of it were whole records, and whether to stop): at a
    /// million people a segment holds gigabytes, and only the headers are wanted.
    static func walk(_ segments: [String], from first: Int, offset start: Int,
                     _ scan: (UnsafeRawBufferPointer, UInt16, Int) throws -> (used: Int, finished: Bool)) throws {
        for i in segments.indices where i >= first {
            guard let fd = try Files.openForReading(segments[i]) else { continue }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0 else { continue }
            // No window larger than what is left: a short tail is read in a buffer of its size.
            let size = Int(st.st_size)
            var offset = i == first ? start : 0, window = HistoryScanner.windowBytes
            while offset < size {
                let want = min(window, size - offset)
                let bytes = try Files.read(fd: fd, count: want, at: offset)
                let atEnd = bytes.count < want || offset + bytes.count >= size
                let (used, finished) = try bytes.withUnsafeBytes { try scan($0, UInt16(i), offset) }
                if finished { return }
                if atEnd { break }
                if used == 0 {
                    // A record longer than the window is read in a window of its length;
                    // anything else that does not read as a record ends the pass there.
                    guard let length = bytes.withUnsafeBytes(HistoryScanner.frameLength), length > window else { return }
                    window = length
                    continue
                }
                offset += used
                window = HistoryScanner.windowBytes
            }
        }
    }
}

/// One pass over the journal's headers that gathers every person's record locations for
/// `HistoryLocations`: those whose contact is the person, and the exports and reads that name
/// them in their public part (as `HistoryScanner` finds them for one person).
///
/// Kept flat for a million people: the ids in one buffer, the locations in one array in the
/// journal's order with each person's linked from one to the next, rather than an array per
/// person (a million small arrays took twice the memory).
struct HistoryLocationsBuilder {
    let lastSeq: UInt64
    /// The last record gone through, its hash, and where it ends.
    private(set) var seq: UInt64 = 0
    private(set) var head = JournalRecord.zeroHash
    private(set) var tail: (segment: UInt16, end: Int) = (0, 0)
    /// Person number by the FNV-1a hash of the id; the ids' bytes, person after person.
    private var numbers: [UInt64: Int32] = [:]
    private var idBytes: [UInt8] = []
    private var idStarts: [Int] = [0]
    private var locations: [HistoryLocations.Location] = []
    /// The next location of the same person (-1: none); each person's first and last.
    private var next: [Int32] = []
    private var first: [Int32] = []
    private var last: [Int32] = []
    /// False after two ids with one hash, or a record out of order: no file is made.
    private(set) var isUsable = true

    init(lastSeq: UInt64) { self.lastSeq = lastSeq }

    /// How many people have records.
    var count: Int { first.count }

    mutating func scan(_ buf: UnsafeRawBufferPointer, segment: UInt16, base: Int) throws -> (used: Int, finished: Bool) {
        var pos = 0
        while pos < buf.count, let h = FrameHeader.read(buf, at: pos) {
            if h.seq > lastSeq { return (pos, true) }
            guard h.seq == seq + 1 else { isUsable = false; return (pos, true) }
            let location = HistoryLocations.Location(offset: base + pos, seq: h.seq, length: UInt32(h.end - pos),
                                                     segment: segment, kindCode: h.kindCode)
            var own: Int32 = -1
            if h.contactLength > 0 {
                own = number(UnsafeRawBufferPointer(rebasing: buf[h.contactStart..<(h.contactStart + h.contactLength)]))
                add(location, to: own)
            }
            if EventCodec.namesContactsInPublicPart(h.kindCode) {
                var named = Set<Int32>()
                for id in try HistoryScanner.publicContacts(buf, at: pos, end: h.end) {
                    let n = Array(id.rawValue.utf8).withUnsafeBytes { number($0) }
                    if n != own && named.insert(n).inserted { add(location, to: n) }
                }
            }
            seq = h.seq
            head = Array(buf[(h.end - 32)..<h.end])
            tail = (segment, base + h.end)
            pos = h.end
        }
        return (pos, false)
    }

    private mutating func add(_ location: HistoryLocations.Location, to person: Int32) {
        let i = Int32(locations.count)
        locations.append(location)
        next.append(-1)
        let p = Int(person)
        if last[p] >= 0 { next[Int(last[p])] = i } else { first[p] = i }
        last[p] = i
    }

    /// The person number of an id, given one the first time it is seen.
    private mutating func number(_ id: UnsafeRawBufferPointer) -> Int32 {
        let key = FNV1a.hash(id)
        if let n = numbers[key] {
            if !idBytes[idStarts[Int(n)]..<idStarts[Int(n) + 1]].elementsEqual(id) { isUsable = false }
            return n
        }
        let n = Int32(first.count)
        numbers[key] = n
        idBytes.append(contentsOf: id)
        idStarts.append(idBytes.count)
        first.append(-1)
        last.append(-1)
        return n
    }

    /// Person `n`'s id and locations, oldest first.
    func person(_ n: Int) -> (id: [UInt8], locations: [HistoryLocations.Location]) {
        var found: [HistoryLocations.Location] = []
        var i = first[n]
        while i >= 0 {
            found.append(locations[Int(i)])
            i = next[Int(i)]
        }
        return (Array(idBytes[idStarts[n]..<idStarts[n + 1]]), found)
    }
}

import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The search index saved in the data directory (`search.zc`), so that a listing such as
/// `zgoda contact list --query kow --format ids` can answer without opening the whole store:
/// reading and opening one sealed file takes milliseconds, decrypting 100k people's records
/// takes a quarter of a second.
///
/// ```
/// header = "ZGC4" · u32 keySlot · u64 seq · headHash[32] · u64 segment · u64 segmentSize
/// then     u32 chunks · chunks × (u32 length · AES-256-GCM nonce · ciphertext · tag)
/// body   = u32 count · count ids · data folded text · (count + 1) × u32 row starts
///          · count × u32 name lengths · 256 × u32 byte counts (sampled)
///          · zero bytes to a multiple of 8 · row masks (`RowMasks`): count × u64 bytes
///          anywhere · count × u64 word starts in the name · count × u64 word starts after it
///          · count × 4 × u64 pairs of bytes · count × u8 first byte
/// ```
/// The body is sealed in chunks of 64 KiB, each with the header, its number and the number of
/// chunks as associated data (so chunks cannot be dropped, reordered or moved between files):
/// many small boxes opened on all cores into one buffer cost less than one large box, which
/// copies the whole ciphertext and returns a second fresh copy of the whole plaintext.
/// The index holds folded personal values, so it is sealed with a key of its own (`keySlot`
/// in `keys.zk`). It is derived data, never the only copy of anything: it is written only
/// under the directory's exclusive lock and only from a state that is the journal's head at
/// that moment, and every erasure, under the same lock and before it is acknowledged,
/// destroys its key and removes the file. So no cache can hold an erased person's values, and
/// none written before an erasure can be opened after it.
///
/// It is valid while the journal has not moved: the newest segment is still `segment`, its
/// size is still `segmentSize` and its last 32 bytes (the last record's hash) are still
/// `headHash` — a check that reads a directory listing and 32 bytes, whatever the size of
/// the journal. Anything else (a stale, damaged or missing file, an erased key) means the
/// full open.
public enum SearchCache {
    // ZGC4: the rows' masks saved after the rows. Older caches (ZGC3 without masks, ZGC2 with
    // rows by folded name) are not read, so the first open after an upgrade rebuilds the index.
    static let magic: [UInt8] = Array("ZGC4".utf8)
    static let fileName = "search.zc"
    static let headerSize = 4 + 4 + 8 + 32 + 8 + 8
    static let chunkSize = 1 << 16

    /// What a cache was made from: the journal's head and where it ended.
    struct Header: Equatable {
        var keySlot: UInt32
        var seq: UInt64
        var headHash: [UInt8]
        var segment: UInt64
        var segmentSize: UInt64

        func encoded() -> [UInt8] {
            var w = BinaryWriter(capacity: SearchCache.headerSize)
            w.raw(SearchCache.magic); w.u32(keySlot); w.u64(seq); w.raw(headHash); w.u64(segment); w.u64(segmentSize)
            return w.bytes
        }

        init(keySlot: UInt32, seq: UInt64, headHash: [UInt8], segment: UInt64, segmentSize: UInt64) {
            self.keySlot = keySlot; self.seq = seq; self.headHash = headHash; self.segment = segment; self.segmentSize = segmentSize
        }

        init?(_ bytes: UnsafeRawBufferPointer) {
            guard bytes.count >= SearchCache.headerSize, Array(bytes[0..<4]) == SearchCache.magic else { return nil }
            var r = BinaryReader(bytes, offset: 4)
            guard let slot = try? r.u32(), let seq = try? r.u64(), let head = try? r.raw(32),
                  let segment = try? r.u64(), let size = try? r.u64() else { return nil }
            self.init(keySlot: slot, seq: seq, headHash: head, segment: segment, segmentSize: size)
        }
    }

    /// True if `bytes` start like a cache of an earlier format (`ZGC1`…): stale, not damaged;
    /// the next writer's open replaces it.
    static func isEarlierFormat(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && Array(bytes[0..<3]) == Array(magic[0..<3]) && bytes[3] >= UInt8(ascii: "1") && bytes[3] < magic[3]
    }

    static func path(_ dir: DataDirectory) -> String { dir.path + "/" + fileName }
    static func temporaryPath(_ dir: DataDirectory) -> String { path(dir) + ".tmp" }

    /// The saved index if it matches the journal as it is now, else nil (then open the store).
    /// Encrypted directories are left to the full open, which asks for the passphrase once.
    ///
    /// Without `masks`, the rows' masks are left sealed: one search (a command-line listing)
    /// costs less without them than opening them does, and the index judges every row by its
    /// text instead. The terminal UI, which searches on every keystroke, opens them.
    public static func load(_ dir: DataDirectory, masks: Bool = true) -> SearchIndex? {
        guard dir.isInitialized, let meta = try? DirectoryMeta.load(dir), meta.encryption == nil,
              let lock = try? FileLock(path: dir.lockPath) else { return nil }
        // Shared: no writer can append, erase or replace the cache while we look.
        let found = try? lock.withShared { () -> SearchIndex? in
            // Read in as it is opened when the masks are left sealed: their pages are not needed.
            guard let file = try MappedFile.open(path(dir), populate: masks) else { return nil }
            return { (all: UnsafeRawBufferPointer) -> SearchIndex? in
                guard let header = Header(all), isCurrent(header, dir),
                      let key = KeyStore.readKey(path: dir.keysPath, slot: header.keySlot, master: nil) else { return nil }
                return open(all, header: header, key: key, masks: masks)
            }(file.bytes)
        }
        return found ?? nil
    }

    /// True if the contacts are as they were when the cache was written: the journal still
    /// holds the record the cache was made at, where it was, and after it only records that
    /// leave every contact's searchable values, order and erasure as they were (reads,
    /// decisions, documents, requests, the catalogue…), numbered on from it and at most
    /// `maxTail` of them. With `lastSeq` (an open store's), the records must end there; without
    /// it (the command line's quick listing), at the end of the journal, and a tail that is not
    /// whole frames (a write cut short) makes the cache not current.
    ///
    /// Without this, every read the terminal UI records (`access`, kind 26) made the saved index
    /// stale, and the next start rebuilt it: a second at 100k people.
    static func isCurrent(_ h: Header, _ dir: DataDirectory, lastSeq: UInt64? = nil) -> Bool {
        let segments = dir.segments().filter { $0.first >= h.segment }
        guard let first = segments.first, first.first == h.segment else { return false }
        var seq = h.seq
        // Each record after it must link to the one before (its previous hash), as the chain does.
        var previous = h.headHash
        for (i, seg) in segments.enumerated() {
            // Mapped without reading it in: only the records after the cache's are looked at,
            // and the segment may hold gigabytes before them.
            guard let file = try? MappedFile.open(seg.path, populate: false) else { return false }
            let bytes = file.bytes
            var pos = 0
            if i == 0 {
                guard h.segmentSize <= UInt64(bytes.count) else { return false }
                pos = Int(h.segmentSize)
                if pos > 0 {
                    // The record the cache was made at ends here: its hash is the frame's last 32 bytes.
                    guard pos >= 32, Array(bytes[(pos - 32)..<pos]) == h.headHash else { return false }
                } else if h.seq + 1 != seg.first {
                    return false
                }
            }
            while pos < bytes.count {
                if let lastSeq, seq >= lastSeq { break }
                guard let frame = FrameHeader.read(bytes, at: pos), frame.seq == seq + 1, frame.seq - h.seq <= maxTail,
                      contactsUnchanged.contains(frame.kindCode),
                      Array(bytes[(pos + FrameHeader.previousHashOffset)..<(pos + FrameHeader.previousHashOffset + 32)]) == previous
                else { return false }
                seq = frame.seq
                previous = Array(bytes[(frame.end - 32)..<frame.end])
                pos = frame.end
            }
        }
        return lastSeq.map { seq == $0 } ?? true
    }

    /// The most records a cache may be behind and still be used: past this, checking the tail
    /// costs more than it saves.
    static let maxTail: UInt64 = 50_000

    /// The kinds of record after which the search index is what it was: everything but adding,
    /// editing and erasing people (and a repair, or an override of the suppression list, which
    /// come with those). Listed, not excluded, so a kind added later counts as a change until
    /// it is put here.
    static let contactsUnchanged: Set<UInt8> = [
        4, 5, 6, 7,  // a decision; the catalogue; the controller
        8, 9, 15,  // exports (both layouts); an import's summary (its people are records of their own)
        11, 12, 13, 22,  // requests opened, closed, extended; documents issued
        16, 17,  // consent links
        23, 24, 25,  // retention grace; breaches
        EventCodec.accessCode, EventCodec.noticeCode,
    ]

    /// The index sealed in `all` after `header`, or nil if it does not open or does not parse.
    /// From `parallelFrom` chunks (4 MiB), they are opened on all cores.
    /// Without `masks`, the chunks that hold only masks are not opened.
    static func open(_ all: UnsafeRawBufferPointer, header: Header, key: SymmetricKey, masks withMasks: Bool = true,
                     parallelFrom: Int = 64) -> SearchIndex? {
        let head = Array(all[0..<headerSize])
        var r = BinaryReader(all, offset: headerSize)
        guard let chunks = try? Int(r.u32()), chunks <= all.count / Sealer.overhead else { return nil }
        var boxes: [UnsafeRawBufferPointer] = []
        for _ in 0..<chunks {
            guard let length = try? Int(r.u32()), length >= Sealer.overhead, let box = try? r.rawSlice(length) else { return nil }
            boxes.append(box)
        }
        guard r.atEnd else { return nil }
        // Where each chunk's plaintext goes; the chunks are opened on all cores.
        var offsets = [0]
        for box in boxes { offsets.append(offsets.last! + box.count - Sealer.overhead) }
        let plainSize = offsets.last!
        let plainOf = { (i: Int) -> Data? in
            let box = boxes[i]
            // Wrapped, not copied, on the way in.
            let wrapped = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: box.baseAddress!), count: box.count, deallocator: .none)
            guard let sealed = try? AES.GCM.SealedBox(combined: wrapped),
                  let plain = try? AES.GCM.open(sealed, using: key, authenticating: chunkData(head, i, chunks)),
                  plain.count == offsets[i + 1] - offsets[i] else { return nil }
            return plain
        }
        // The masks are the body's last bytes, 57 a person: the first chunk's count says where
        // they start, and the chunks after that are neither opened nor given memory when they
        // are not wanted.
        var needed = chunks, first: Data?
        if !withMasks, chunks > 0 {
            guard let plain = plainOf(0), plain.count >= 4 else { return nil }
            let count = Int(UInt32(littleEndian: plain.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))
            let masksStart = plainSize - RowMasks.size(rows: count)
            guard masksStart >= 4 else { return nil }
            needed = offsets.firstIndex { $0 >= masksStart } ?? chunks
            first = plain
        }
        let size = offsets[needed]
        guard let body = PageBuffer(count: size) else { return nil }
        // Each chunk's plaintext goes straight to its place, the chunks on all cores.
        let opened = ParallelMap.map(needed, from: parallelFrom) { i, _ -> Bool in
            guard let plain = i == 0 ? first ?? plainOf(0) : plainOf(i) else { return false }
            plain.withUnsafeBytes { p in (body.base + offsets[i]).copyMemory(from: p.baseAddress!, byteCount: p.count) }
            return true
        }
        guard opened.allSatisfy({ $0 }) else { return nil }
        let bytes = UnsafeRawBufferPointer(start: body.base, count: size)
        var br = BinaryReader(bytes)
        guard let count = try? Int(br.u32()), count <= plainSize / 13 else { return nil }
        var ids: [ContactID] = []
        ids.reserveCapacity(count)
        for _ in 0..<count { guard let id = try? br.string() else { return nil }; ids.append(ContactID(id)) }
        guard let length = try? Int(br.u32()), (try? br.need(length)) != nil else { return nil }
        let text = br.offset..<(br.offset + length)
        br.offset += length
        guard let starts = try? br.u32s(count + 1), let lengths = try? br.u32s(count), let counts = try? br.u32s(256)
        else { return nil }
        br.offset += padding(br.offset)
        let masksSize = RowMasks.size(rows: count)
        guard br.offset + masksSize == plainSize, !withMasks || br.remaining == masksSize else { return nil }
        // Left sealed, the masks' bytes are not read: an index without masks.
        let masks = withMasks ? RowMasks(rows: count, storage: body.data(br.offset..<(br.offset + masksSize))) : RowMasks()
        guard let masks else { return nil }
        // The text and the masks stay where they were decrypted: the index keeps that memory,
        // not a copy.
        return SearchIndex(ids: ids, buffer: body.data(text), starts: starts, nameLengths: lengths, byteCounts: counts, masks: masks)
    }

    /// Zero bytes that bring `offset` to a multiple of 8, before the masks: the body is
    /// decrypted into page-aligned memory, so the masks' 64-bit words are read where they are.
    static func padding(_ offset: Int) -> Int { (8 - offset % 8) % 8 }

    /// Associated data of chunk `i`: the header, the chunk's number and how many there are.
    private static func chunkData(_ head: [UInt8], _ i: Int, _ count: Int) -> [UInt8] {
        var w = BinaryWriter(capacity: head.count + 8)
        w.raw(head); w.u32(UInt32(i)); w.u32(UInt32(count))
        return w.bytes
    }

    /// The sealed file for `index`, made from the journal's head described by `header`.
    static func sealed(_ index: SearchIndex, header: Header, key: SymmetricKey) throws -> [UInt8] {
        var w = BinaryWriter(capacity: index.buffer.count + index.count * (20 + 57) + 1_040)
        w.u32(UInt32(index.count))
        for id in index.ids { w.string(id.rawValue) }
        w.u32(UInt32(index.buffer.count)); w.bytes.append(contentsOf: index.buffer)
        w.u32s(index.starts)
        w.u32s(index.nameLengths)
        w.u32s(index.byteCounts)
        w.raw([UInt8](repeating: 0, count: padding(w.bytes.count)))
        w.bytes.append(contentsOf: index.masks.storage)
        let head = header.encoded()
        let body = w.bytes
        let chunks = max(1, (body.count + chunkSize - 1) / chunkSize)
        var out = BinaryWriter(capacity: head.count + body.count + chunks * (4 + Sealer.overhead) + 4)
        out.raw(head); out.u32(UInt32(chunks))
        do {
            for i in 0..<chunks {
                let part = body[min(body.count, i * chunkSize)..<min(body.count, (i + 1) * chunkSize)]
                let box = try AES.GCM.seal(part, using: key, authenticating: chunkData(head, i, chunks))
                guard let combined = box.combined else { throw ZgodaError.io(ErrorReason(en: "encryption failed",
                    pl: "szyfrowanie nie powiodło się")) }
                out.data(Array(combined))
            }
        } catch let e as ZgodaError { throw e } catch {
            throw ZgodaError.io(ErrorReason(en: "encryption failed: \(error)",
                    pl: "szyfrowanie nie powiodło się: \(error)"))
        }
        return out.bytes
    }

    /// The key slot named by the cache file in `dir`, if there is a readable header.
    static func keySlot(_ dir: DataDirectory) -> UInt32? {
        let fd = Glibc.open(path(dir), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: headerSize)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, headerSize, 0) }
        guard n == headerSize else { return nil }
        return head.withUnsafeBytes { Header($0)?.keySlot }
    }
}

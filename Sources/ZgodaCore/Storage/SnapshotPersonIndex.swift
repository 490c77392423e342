import Crypto
import Foundation

/// Where each person's entry is in a version 6 snapshot, so that a command about one person
/// reads that entry and nothing else of the other people (issue: a single-contact command
/// costs the same at 1M people as at 100).
///
/// ```
/// index = u32 n · u32 pages · (u64 firstKey · digest16)^pages · entry^n
/// entry = u64 key · u64 offset · u32 length · u32 position · digest8      (32 bytes)
/// ```
/// `key` is a 64-bit hash of the id (FNV-1a: fixed-size entries that a binary search can jump
/// between; two ids with one key are told apart by the id at the start of each entry),
/// `offset` and `length` place the person's entry in the file, `position` is the person's
/// place in the contact list's order, and `digest8` is the first 8 bytes of the entry's
/// SHA-256. Entries are sorted by key, then position, in pages of 128 (4 KiB); the page table
/// gives each page's first key and the first 16 bytes of its SHA-256.
///
/// What checks what, for a reader that reads one person: the snapshot's global digest covers
/// the page table (see `SnapshotCodec`), the table covers its pages, and a page covers its
/// entries' digests. One flipped byte anywhere on that path is found, so damage is never taken
/// for "no such person"; the file's own checksum is for readers of the whole file.
/// Hand-written rather than a library's: it is a few fixed-size records read in place from a
/// mapped file, which no serialisation library in reach does without copying.
struct SnapshotPersonIndex {
    static let entrySize = 32
    static let pageEntries = 128
    static let pageRowSize = 8 + 16

    struct Entry {
        var key: UInt64
        var offset: UInt64
        var length: UInt32
        var position: UInt32
        var digest: [UInt8]
    }

    /// FNV-1a over the id's UTF-8 bytes.
    static func key(_ id: ContactID) -> UInt64 { FNV1a.hash(id) }

    static func digest8(_ bytes: UnsafeRawBufferPointer) -> [UInt8] { Array(SHA256.hash(data: bytes).prefix(8)) }
    static func pageDigest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] { Array(SHA256.hash(data: bytes).prefix(16)) }

    /// The index of the entries, written into `w`; the page table is what the global digest
    /// covers, so its range is returned.
    static func write(_ unsorted: [Entry], into w: inout BinaryWriter) -> Range<Int> {
        let entries = unsorted.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
        let pages = (entries.count + pageEntries - 1) / pageEntries
        w.u32(UInt32(entries.count)); w.u32(UInt32(pages))
        var pageBytes: [[UInt8]] = []
        pageBytes.reserveCapacity(pages)
        for p in 0..<pages {
            var pw = BinaryWriter(capacity: pageEntries * entrySize)
            for e in entries[(p * pageEntries)..<min(entries.count, (p + 1) * pageEntries)] {
                pw.u64(e.key); pw.u64(e.offset); pw.u32(e.length); pw.u32(e.position); pw.raw(e.digest)
            }
            pageBytes.append(pw.bytes)
        }
        let tableStart = w.bytes.count
        for (p, bytes) in pageBytes.enumerated() {
            w.u64(entries[p * pageEntries].key)
            w.raw(bytes.withUnsafeBytes(pageDigest))
        }
        let tableEnd = w.bytes.count
        for bytes in pageBytes { w.raw(bytes) }
        return tableStart..<tableEnd
    }

    /// The index as found in a file: counts and where its parts are. Reading it checks its
    /// shape only; its contents are checked page by page as they are used.
    struct Layout {
        var count: Int
        var pages: Int
        /// Where the page table starts (the global digest covers it) and where the entries start.
        var tableStart: Int
        var entriesStart: Int
        var end: Int
    }

    static func layout(_ r: inout BinaryReader) throws -> Layout {
        let count = Int(try r.u32()), pages = Int(try r.u32())
        guard pages == (count + pageEntries - 1) / pageEntries else {
            throw SnapshotCodec.Invalid("the person index has \(pages) pages for \(count) people", "indeks osób ma \(pages) stron dla \(count) osób")
        }
        let tableStart = r.offset
        try r.need(pages * pageRowSize); r.offset += pages * pageRowSize
        let entriesStart = r.offset
        try r.need(count * entrySize); r.offset += count * entrySize
        return Layout(count: count, pages: pages, tableStart: tableStart, entriesStart: entriesStart, end: r.offset)
    }

    /// The entries whose key is `key`, from the pages that can hold it, each page checked
    /// against the table first.
    static func entries(withKey key: UInt64, in all: UnsafeRawBufferPointer, layout: Layout) throws -> [Entry] {
        func firstKey(_ p: Int) -> UInt64 {
            UInt64(littleEndian: all.loadUnaligned(fromByteOffset: layout.tableStart + p * pageRowSize, as: UInt64.self))
        }
        // The first page whose first key is at least `key`; the key may also sit at the end of
        // the page before it.
        var lo = 0, hi = layout.pages
        while lo < hi {
            let mid = (lo + hi) / 2
            if firstKey(mid) < key { lo = mid + 1 } else { hi = mid }
        }
        var found: [Entry] = []
        var p = max(0, lo - 1)
        while p < layout.pages && (p < lo || firstKey(p) <= key) {
            let start = layout.entriesStart + p * pageEntries * entrySize
            let n = min(pageEntries, layout.count - p * pageEntries)
            let page = UnsafeRawBufferPointer(rebasing: all[start..<(start + n * entrySize)])
            let want = Array(all[(layout.tableStart + p * pageRowSize + 8)..<(layout.tableStart + (p + 1) * pageRowSize)])
            guard pageDigest(page) == want else {
                throw SnapshotCodec.Invalid("page \(p) of the person index is damaged", "strona \(p) indeksu osób jest uszkodzona")
            }
            var r = BinaryReader(page)
            for _ in 0..<n {
                let k = try r.u64(), offset = try r.u64(), length = try r.u32(), position = try r.u32(), digest = try r.raw(8)
                if k == key { found.append(Entry(key: k, offset: offset, length: length, position: position, digest: digest)) }
            }
            p += 1
        }
        return found
    }

    /// Every entry, in the index's order (for `verify`, which checks that each points at its
    /// person).
    static func allEntries(in all: UnsafeRawBufferPointer, layout: Layout) throws -> [Entry] {
        var r = BinaryReader(all, offset: layout.entriesStart)
        return try (0..<layout.count).map { _ in
            Entry(key: try r.u64(), offset: try r.u64(), length: try r.u32(), position: try r.u32(), digest: try r.raw(8))
        }
    }
}

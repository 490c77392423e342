import Foundation

// The journal and snapshots use a small hand-written binary layout rather than JSON or
// property lists: opening 100k contacts and scanning a million records must be fast, and the
// exact bytes must be stable because they are hashed into the chain.

/// Appends little-endian integers and length-prefixed strings to a byte array.
struct BinaryWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i64(_ v: Int64) { u64(UInt64(bitPattern: v)) }
    mutating func raw(_ v: [UInt8]) { bytes.append(contentsOf: v) }
    mutating func data(_ v: [UInt8]) { u32(UInt32(v.count)); bytes.append(contentsOf: v) }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in u32(UInt32(buf.count)); bytes.append(contentsOf: buf) }
    }
    mutating func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }
    mutating func strings(_ list: [String]) { u32(UInt32(list.count)); list.forEach { string($0) } }
    /// The values one after another, without a count.
    mutating func u32s(_ v: [UInt32]) {
        #if _endian(little)
        v.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        v.forEach { u32($0) }
        #endif
    }
    mutating func date(_ d: Date) { i64(d.millis) }
    mutating func optionalDate(_ d: Date?) { if let d { u8(1); date(d) } else { u8(0) } }
}

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and throws on short input,
/// because the bytes come from disk and may be damaged.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) { self.bytes = bytes; self.offset = offset }

    var remaining: Int { bytes.count - offset }
    var atEnd: Bool { offset >= bytes.count }

    struct Truncated: Error {}

    mutating func need(_ n: Int) throws { if n < 0 || remaining < n { throw Truncated() } }

    mutating func u8() throws -> UInt8 { try need(1); defer { offset += 1 }; return bytes[offset] }
    mutating func bool() throws -> Bool { try u8() != 0 }
    mutating func u32() throws -> UInt32 {
        try need(4); defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    mutating func u64() throws -> UInt64 {
        try need(8); defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }
    mutating func raw(_ n: Int) throws -> [UInt8] {
        try need(n); defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }
    mutating func rawSlice(_ n: Int) throws -> UnsafeRawBufferPointer {
        try need(n); defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n])
    }
    mutating func data() throws -> [UInt8] { try raw(Int(try u32())) }
    mutating func string() throws -> String {
        let n = Int(try u32())
        try need(n); defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
    }
    mutating func optionalString() throws -> String? { try u8() == 0 ? nil : try string() }
    mutating func strings() throws -> [String] {
        let n = Int(try u32())
        try need(n * 4)
        return try (0..<n).map { _ in try string() }
    }

    /// A list of contact ids written by `strings`: all of them, or with `keeping` (a store of
    /// some people, a person's history) those in it alone, the others skipped without making a
    /// string of each (an export of a million people is read on every open of one person).
    /// Also how many the list held. Hand-written: it runs once per id of such lists.
    mutating func contactIDs(keeping: Set<ContactID>?) throws -> (ids: [ContactID], count: Int) {
        guard let keeping else {
            let all = try strings().map { ContactID($0) }
            return (all, all.count)
        }
        let n = Int(try u32())
        try need(n * 4)
        // The kept ids' bytes one after another, and a hash of each when there are many.
        let people = Array(keeping)
        var flat: [UInt8] = [], starts: [Int] = [], lengths: [Int] = []
        var byHash: [UInt64: [Int]] = [:]
        for (i, id) in people.enumerated() {
            let utf8 = Array(id.rawValue.utf8)
            starts.append(flat.count); lengths.append(utf8.count)
            flat += utf8
            if people.count > 4 { utf8.withUnsafeBytes { byHash[FNV1a.hash($0), default: []].append(i) } }
        }
        flat.append(0)  // never empty, so it has an address
        var kept: [ContactID] = []
        var p = offset
        let end = bytes.count
        try flat.withUnsafeBytes { wanted in
            for _ in 0..<n {
                guard end - p >= 4 else { throw Truncated() }
                let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: p, as: UInt32.self)))
                p += 4
                guard length <= end - p else { throw Truncated() }
                let id = UnsafeRawBufferPointer(start: bytes.baseAddress! + p, count: length)
                p += length
                func matches(_ i: Int) -> Bool {
                    guard lengths[i] == length else { return false }
                    // Ids are 8 characters as Zgoda makes them: one word compared, not a call.
                    if length == 8 {
                        return wanted.loadUnaligned(fromByteOffset: starts[i], as: UInt64.self) == id.loadUnaligned(as: UInt64.self)
                    }
                    return length == 0 || memcmp(wanted.baseAddress! + starts[i], id.baseAddress!, length) == 0
                }
                if people.count <= 4 {
                    // A person or two (a command about one person): compared, length first.
                    for i in 0..<people.count where matches(i) { kept.append(people[i]); break }
                } else if let candidates = byHash[FNV1a.hash(id)] {
                    for i in candidates where matches(i) { kept.append(people[i]); break }
                }
            }
        }
        offset = p
        return (kept, n)
    }

    /// `count` values written by `BinaryWriter.u32s`.
    mutating func u32s(_ count: Int) throws -> [UInt32] {
        try need(count * 4)
        defer { offset += count * 4 }
        let start = offset
        return [UInt32](unsafeUninitializedCapacity: count) { out, n in
            for i in 0..<count { out[i] = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + i * 4, as: UInt32.self)) }
            n = count
        }
    }
    mutating func date() throws -> Date { Date(millis: try i64()) }
    mutating func optionalDate() throws -> Date? { try u8() == 0 ? nil : try date() }
}

extension Array where Element == UInt8 {
    /// Runs `body` with a reader over these bytes.
    func withReader<T>(_ body: (inout BinaryReader) throws -> T) rethrows -> T {
        try withUnsafeBytes { buf in
            var r = BinaryReader(buf)
            return try body(&r)
        }
    }
}

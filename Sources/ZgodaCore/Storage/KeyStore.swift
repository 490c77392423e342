import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The per-person keys, one fixed-size slot each, in `keys.zk`.
///
/// ```
/// header: "ZGK1" + 12 reserved bytes
/// slot (80 bytes): u8 state (0 erased, 1 plain, 2 wrapped) · 3 reserved · 60 material · 16 check
/// check = first 16 bytes of SHA-256(state … material)
/// ```
/// Slot 0 holds the directory secret that keys the suppression hashes. Erasing a person
/// overwrites their slot with zeros in place and fsyncs: O(1), and no copy of the key remains
/// in the directory. With encryption at rest, key material is wrapped (AES-GCM) by the key
/// derived from the passphrase.
final class KeyStore {
    static let headerSize = 16
    static let slotSize = 80
    static let magic: [UInt8] = Array("ZGK1".utf8)

    enum SlotState: UInt8 { case erased = 0, plain = 1, wrapped = 2 }

    let path: String
    private let io: StorageIO
    private let master: SymmetricKey?
    private var fd: Int32
    private var raw: [UInt8]
    private var cache: [UInt32: SymmetricKey] = [:]

    init(path: String, master: SymmetricKey?, io: StorageIO) throws {
        self.path = path; self.master = master; self.io = io
        fd = try Files.openReadWrite(path)
        raw = try Files.readAll(fd: fd, from: 0)
        if raw.isEmpty {
            raw = Self.magic + [UInt8](repeating: 0, count: Self.headerSize - 4)
            try io.pwrite(fd, raw, at: 0)
            try io.fsync(fd)
        }
        guard raw.count >= Self.headerSize, Array(raw[0..<4]) == Self.magic else {
            throw ZgodaError.damaged("\(path) is not a key file")
        }
    }

    deinit { close(fd) }

    var slotCount: UInt32 { UInt32((raw.count - Self.headerSize) / Self.slotSize) }

    /// Picks up slots another process appended or erased since we read the file.
    func reload() throws {
        raw = try Files.readAll(fd: fd, from: 0)
        cache.removeAll(keepingCapacity: true)
    }

    /// Makes `count` new random keys, durably, and returns their slot numbers.
    func allocate(_ count: Int) throws -> [UInt32] {
        guard count > 0 else { return [] }
        try reload()
        let first = slotCount
        var bytes = [UInt8](); bytes.reserveCapacity(count * Self.slotSize)
        var keys: [SymmetricKey] = []
        // All the key material in one read from the system, and the nonces for wrapping it.
        let random = RandomBytes(expected: (32 + 12) * count)
        for _ in 0..<count {
            let key = SymmetricKey(data: random.take(32))
            keys.append(key)
            bytes += try encodeSlot(key, random: random)
        }
        try io.pwrite(fd, bytes, at: Int64(raw.count))
        try io.fsync(fd)
        raw += bytes
        for (i, k) in keys.enumerated() { cache[first + UInt32(i)] = k }
        return (0..<count).map { first + UInt32($0) }
    }

    /// The key in `slot`; nil once erased (or if the slot is damaged).
    func key(_ slot: UInt32) -> SymmetricKey? {
        if let k = cache[slot] { return k }
        guard let key = uncachedKey(slot) else { return nil }
        cache[slot] = key
        return key
    }

    /// Reads a key without touching the cache, so many threads may call it at once while
    /// nothing writes the store (used to decrypt a snapshot on all cores).
    func uncachedKey(_ slot: UInt32) -> SymmetricKey? {
        guard slot < slotCount else { return nil }
        let start = Self.headerSize + Int(slot) * Self.slotSize
        return raw.withUnsafeBufferPointer { all -> SymmetricKey? in
            let s = UnsafeBufferPointer(rebasing: all[start..<start + Self.slotSize])
            guard let state = SlotState(rawValue: s[0]), state != .erased else { return nil }
            guard Array(SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(s)[0..<64])).prefix(16)) == Array(s[64..<80]) else { return nil }
            switch state {
            case .plain: return SymmetricKey(data: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(s)[4..<36]))
            case .wrapped:
                guard let master, let k = Sealer.open(Array(s[4..<64]), key: master), k.count == 32 else { return nil }
                return SymmetricKey(data: k)
            case .erased: return nil
            }
        }
    }

    /// Reads a key without its check value, for callers that open AES-GCM boxes with it: the
    /// box's tag already proves the key (a damaged key opens nothing), and skipping one SHA-256
    /// per person matters when a snapshot opens 100k of them. Safe to call from many threads
    /// while nothing writes the store.
    func uncheckedKey(_ slot: UInt32) -> SymmetricKey? {
        guard slot < slotCount else { return nil }
        let start = Self.headerSize + Int(slot) * Self.slotSize
        return raw.withUnsafeBytes { all -> SymmetricKey? in
            let s = UnsafeRawBufferPointer(rebasing: all[start..<start + Self.slotSize])
            switch SlotState(rawValue: s[0]) {
            case .plain: return SymmetricKey(data: UnsafeRawBufferPointer(rebasing: s[4..<36]))
            case .wrapped:
                guard let master, let k = Sealer.open(UnsafeRawBufferPointer(rebasing: s[4..<64]), key: master), k.count == 32 else { return nil }
                return SymmetricKey(data: k)
            case .erased, nil: return nil
            }
        }
    }

    /// One key read straight from the file, without loading the whole store: for a reader that
    /// needs a single key (the search cache's) and nothing else. Nil if the slot is missing,
    /// erased or damaged.
    static func readKey(path: String, slot: UInt32, master: SymmetricKey?) -> SymmetricKey? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var s = [UInt8](repeating: 0, count: slotSize)
        let offset = off_t(headerSize) + off_t(slot) * off_t(slotSize)
        let n = s.withUnsafeMutableBytes { pread(fd, $0.baseAddress, slotSize, offset) }
        guard n == slotSize, let state = SlotState(rawValue: s[0]), state != .erased,
              Array(SHA256Hex.digest(Array(s[0..<64])).prefix(16)) == Array(s[64..<80]) else { return nil }
        switch state {
        case .plain: return SymmetricKey(data: s[4..<36])
        case .wrapped:
            guard let master, let k = Sealer.open(Array(s[4..<64]), key: master), k.count == 32 else { return nil }
            return SymmetricKey(data: k)
        case .erased: return nil
        }
    }

    /// Drops a cached key (another process erased it).
    func forget(_ slot: UInt32) { cache[slot] = nil }

    /// True if the slot exists and has been erased.
    func isErased(_ slot: UInt32) -> Bool {
        guard slot < slotCount else { return false }
        return raw[Self.headerSize + Int(slot) * Self.slotSize] == SlotState.erased.rawValue
    }

    /// Overwrites the slot with zeros and fsyncs: the person's key is gone for good.
    func erase(_ slot: UInt32) throws {
        guard slot < slotCount else { return }
        let zeros = [UInt8](repeating: 0, count: Self.slotSize)
        let offset = Self.headerSize + Int(slot) * Self.slotSize
        try io.pwrite(fd, zeros, at: Int64(offset))
        try io.fsync(fd)
        raw.replaceSubrange(offset..<offset + Self.slotSize, with: zeros)
        cache[slot] = nil
    }

    private func encodeSlot(_ key: SymmetricKey, random: RandomBytes) throws -> [UInt8] {
        let keyBytes = key.withUnsafeBytes { Array($0) }
        var s = [UInt8](repeating: 0, count: Self.slotSize)
        if let master {
            s[0] = SlotState.wrapped.rawValue
            let wrapped = try Sealer.seal(keyBytes, key: master, random: random)
            s.replaceSubrange(4..<64, with: wrapped)
        } else {
            s[0] = SlotState.plain.rawValue
            s.replaceSubrange(4..<36, with: keyBytes)
        }
        s.replaceSubrange(64..<80, with: SHA256Hex.digest(Array(s[0..<64])).prefix(16))
        return s
    }
}

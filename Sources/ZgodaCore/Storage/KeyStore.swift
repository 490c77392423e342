import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The per-person keys, one fixed-size slot each, kept twice: in `keys.zk` and in its copy
/// `keys.copy.zk`.
///
/// ```
/// header (16 bytes): "ZGK1" · u8 copy (0 for keys.zk, 1 for keys.copy.zk) · 11 reserved
/// slot (80 bytes):   u8 state (1 plain, 2 wrapped) · 3 reserved · 60 material · 16 check
///                    check = first 16 bytes of SHA-256(the 64 bytes before it)
///                    an erased slot is 80 zero bytes
/// ```
/// A key is the only way to read a person's data, so losing one byte of it loses the person.
/// Each slot is therefore checked (a slot that is neither valid nor all zeros is damage, never
/// "erased") and written to both files, each fsynced before the other is touched: a crash or a
/// bad sector can spoil at most one copy of a slot, and `zgoda repair` restores it from the
/// other. The two copies of a slot are byte-for-byte equal (the same wrapping nonce), so
/// comparing them needs no passphrase.
///
/// Slot 0 holds the directory secret that keys the suppression hashes. Erasing overwrites the
/// slot with zeros in both files, fsyncing each: O(1), and no copy of the key remains. With
/// encryption at rest, key material is wrapped (AES-GCM) by the key derived from the
/// passphrase.
final class KeyStore {
    static let headerSize = 16
    static let slotSize = 80
    static let magic: [UInt8] = Array("ZGK1".utf8)
    static let copyFileName = "keys.copy.zk"

    enum SlotState: UInt8 { case erased = 0, plain = 1, wrapped = 2 }

    /// What one copy of a slot holds.
    enum CopyState: Equatable {
        case valid
        /// 80 zero bytes: erased.
        case zero
        /// Neither valid nor zero.
        case damaged
        /// The file ends before the slot.
        case absent
    }

    /// What the two copies of a slot say together.
    enum Health: Equatable {
        /// At least one valid copy and no damaged one; the copies agree.
        case good
        /// Both copies zero (or one zero and the other absent).
        case erased
        /// One copy valid, the other zero: an erasure or an allocation cut short, or a
        /// sector read back as zeros. The owner's journal decides which (see `Store`).
        case halfErased
        /// One copy valid, the other damaged or different: the valid one is used and `repair`
        /// restores the other.
        case oneCopyDamaged(file: String)
        /// One copy valid, and `file` ends before the slot: an allocation cut short between the
        /// two files (a slot nothing uses yet) or, if the slot is in use, a file cut back.
        case oneCopyShort(file: String)
        /// No valid copy and not erased: the key is lost.
        case lost
        /// Beyond the end of both files.
        case missing
    }

    /// One copy of the slots: a file of the pair, or the team database's key table.
    private final class Copy {
        let path: String
        let index: UInt8
        let medium: KeyMedium
        /// The whole file, or (`onDemand`) its header alone.
        var raw: [UInt8] = []
        /// Set when the file is read a slot at a time: its size and the slots read so far.
        var onDemand: (size: Int, slots: [UInt32: [UInt8]])?
        let writable: Bool

        init(path: String, index: UInt8, medium: KeyMedium, writable: Bool) {
            self.path = path; self.index = index; self.medium = medium; self.writable = writable
        }

        var name: String { (path as NSString).lastPathComponent }
        /// The file's size.
        var count: Int { onDemand?.size ?? raw.count }
        var headerOK: Bool { raw.count >= KeyStore.headerSize && Array(raw[0..<4]) == KeyStore.magic }
        /// Complete slots in the file.
        var slotCount: UInt32 { count < KeyStore.headerSize ? 0 : UInt32((count - KeyStore.headerSize) / KeyStore.slotSize) }

        /// Reads the file again: whole, or only its header and size when `slotsOnDemand`.
        func reload(slotsOnDemand: Bool) throws {
            if slotsOnDemand, let size = try medium.size() {
                raw = try medium.read(min(size, KeyStore.headerSize), at: 0)
                onDemand = (size, [:])
            } else {
                onDemand = nil
                raw = try medium.readAll()
            }
        }

        func state(_ slot: UInt32) -> CopyState {
            guard slot < slotCount else { return .absent }
            guard headerOK else { return .damaged }
            return bytes(slot).withUnsafeBytes { KeyStore.classify($0) }
        }

        func bytes(_ slot: UInt32) -> ArraySlice<UInt8> {
            let start = KeyStore.headerSize + Int(slot) * KeyStore.slotSize
            guard let read = onDemand else { return raw[start..<start + KeyStore.slotSize] }
            if let known = read.slots[slot] { return known[...] }
            // A read that fails or comes back short is a slot that cannot be read: damage,
            // never taken for an erasure (all zeros would be).
            var bytes = (try? medium.read(KeyStore.slotSize, at: start)) ?? []
            if bytes.count != KeyStore.slotSize { bytes = [UInt8](repeating: 0xFF, count: KeyStore.slotSize) }
            onDemand?.slots[slot] = bytes
            return bytes[...]
        }

        /// Puts what was just written into what was read, so the two stay equal.
        func wrote(_ bytes: [UInt8], at offset: Int) {
            if onDemand != nil {
                var o = offset
                for chunk in stride(from: 0, to: bytes.count, by: KeyStore.slotSize) where o >= KeyStore.headerSize {
                    let slot = UInt32((o - KeyStore.headerSize) / KeyStore.slotSize)
                    onDemand?.slots[slot] = Array(bytes[chunk..<min(bytes.count, chunk + KeyStore.slotSize)])
                    o += KeyStore.slotSize
                }
                let size = max(onDemand?.size ?? 0, offset + bytes.count)
                onDemand?.size = size
                return
            }
            let end = offset + bytes.count
            if raw.count < offset { raw += [UInt8](repeating: 0, count: offset - raw.count) }
            raw.replaceSubrange(offset..<min(raw.count, end), with: bytes)
        }
    }

    let path: String
    private let io: StorageIO
    private let master: SymmetricKey?
    private let mode: mode_t
    private let primary: Copy
    private var mirror: Copy?
    private var cache: [UInt32: SymmetricKey] = [:]
    /// True while the files are read a slot at a time, as they are used, rather than whole: a
    /// store opened for one person reads two slots of a million (see `Store.open(_:options:person:)`).
    /// Checks that need every slot (`differingSlots`) then cover the slots read so far.
    /// Takes effect at the next `reload`.
    var readsSlotsOnDemand = false

    /// Opens `path` and its copy beside it. `writable` false opens them read-only (read-only
    /// media); a store that cannot write never creates either file.
    init(path: String, master: SymmetricKey?, io: StorageIO, writable: Bool = true, mode: mode_t = 0o600,
         slotsOnDemand: Bool = false) throws {
        self.path = path; self.master = master; self.io = io; self.mode = mode
        readsSlotsOnDemand = slotsOnDemand
        let copyPath = (path as NSString).deletingLastPathComponent + "/" + Self.copyFileName
        primary = Copy(path: path, index: 0, medium: KeyFile(fd: try Self.openCopy(path, writable: writable, mode: mode), io: io), writable: writable)
        let mirrorFD = writable || Files.exists(copyPath) ? try Self.openCopy(copyPath, writable: writable, mode: mode) : -1
        mirror = mirrorFD >= 0 ? Copy(path: copyPath, index: 1, medium: KeyFile(fd: mirrorFD, io: io), writable: writable) : nil
        try finishOpening(writable: writable)
    }

    /// The keys of a team database: one copy, in its key table; the server's own durability
    /// (WAL, replicas, backups) takes the place of the second file.
    init(database: any TeamDatabase, master: SymmetricKey?, writable: Bool) throws {
        path = "keys"; self.master = master; io = PosixIO(); mode = 0o600
        primary = Copy(path: database.label + " (keys)", index: 0, medium: DatabaseKeys(database), writable: writable)
        mirror = nil
        try finishOpening(writable: false)
    }

    private func finishOpening(writable: Bool) throws {
        try reloadCopies()
        // Files without their headers, or without the copy, are made whole first.
        if readsSlotsOnDemand && (mirror == nil || !primary.headerOK || mirror?.headerOK != true) {
            readsSlotsOnDemand = false
            try reloadCopies()
        }
        for copy in [primary, mirror].compactMap({ $0 }) where copy.raw.count >= 4 && Array(copy.raw[0..<3]) == Array("ZGK".utf8) {
            if let v = Int(String(UnicodeScalar(copy.raw[3]))), v > 1 { throw ZgodaError.newerFormat(path: copy.path, format: v) }
        }
        if writable { try createHeaders() }
        guard primary.headerOK || mirror?.headerOK == true else {
            throw ZgodaError.damaged(ErrorReason(en: "\(path) is not a key file, and neither is its copy \(Self.copyFileName)",
                    pl: "\(path) nie jest plikiem kluczy i nie jest nim też jego kopia \(Self.copyFileName)"))
        }
    }

    private static func openCopy(_ path: String, writable: Bool, mode: mode_t) throws -> Int32 {
        if writable { return try Files.openReadWrite(path, mode: mode) }
        return try Files.openForReading(path) ?? -1
    }

    /// A new directory's empty files get their headers. A directory written before the copy
    /// existed gets its copy here, slot for slot, so every key it holds has two copies from now
    /// on. Run under the directory's exclusive lock or before anyone else can see the files.
    private func createHeaders() throws {
        for copy in [primary, mirror].compactMap({ $0 }) where copy.raw.isEmpty {
            var bytes = Self.magic + [copy.index] + [UInt8](repeating: 0, count: Self.headerSize - 5)
            if copy === mirror, primary.headerOK, primary.slotCount > 0 {
                bytes += primary.raw[Self.headerSize..<(Self.headerSize + Int(primary.slotCount) * Self.slotSize)]
            }
            try copy.medium.write(bytes, at: 0)
            copy.raw = bytes
        }
    }

    /// Complete slots in the longer of the two files.
    var slotCount: UInt32 { max(primary.slotCount, mirror?.slotCount ?? 0) }

    /// The two files, for verify and repair.
    var fileNames: [String] { [primary.name] + (mirror.map { [$0.name] } ?? []) }

    /// Picks up slots another process appended or erased since we read the files.
    func reload() throws {
        try reloadCopies()
        cache.removeAll(keepingCapacity: true)
    }

    private func reloadCopies() throws {
        try primary.reload(slotsOnDemand: readsSlotsOnDemand)
        try mirror?.reload(slotsOnDemand: readsSlotsOnDemand)
    }

    /// Makes `count` new random keys, durably in both files, and returns their slot numbers.
    /// If either write fails, both files are cut back to where they were: no slot is half-made
    /// (a partial slot left behind would shift every later one).
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
        // Slots go where the slot count says, whatever partial bytes a failed write left after it.
        let offset = Int64(Self.headerSize) + Int64(first) * Int64(Self.slotSize)
        let copies = [primary, mirror].compactMap { $0 }
        var written: [Copy] = []
        do {
            for copy in copies {
                written.append(copy)
                try copy.medium.write(bytes, at: Int(offset))
            }
        } catch {
            for copy in written { try? copy.medium.cutBack(to: copy.count) }
            throw error
        }
        for copy in copies { copy.wrote(bytes, at: Int(offset)) }
        for (i, k) in keys.enumerated() { cache[first + UInt32(i)] = k }
        return (0..<count).map { first + UInt32($0) }
    }

    /// What the two copies of `slot` hold.
    func health(_ slot: UInt32) -> Health {
        let a = primary.state(slot)
        guard let mirror else {
            switch a {
            case .valid: return .good
            case .zero: return .erased
            case .damaged: return .lost
            case .absent: return .missing
            }
        }
        let b = mirror.state(slot)
        switch (a, b) {
        case (.valid, .valid):
            return primary.bytes(slot) == mirror.bytes(slot) ? .good : .oneCopyDamaged(file: mirror.name)
        case (.valid, .absent): return .oneCopyShort(file: mirror.name)
        case (.absent, .valid): return .oneCopyShort(file: primary.name)
        case (.valid, .damaged): return .oneCopyDamaged(file: mirror.name)
        case (.damaged, .valid): return .oneCopyDamaged(file: primary.name)
        case (.valid, .zero), (.zero, .valid): return .halfErased
        case (.zero, .zero), (.zero, .absent), (.absent, .zero): return .erased
        case (.absent, .absent): return .missing
        default: return .lost
        }
    }

    /// The key in `slot` from whichever copy is valid; nil when erased, missing or lost.
    func key(_ slot: UInt32) -> SymmetricKey? {
        if let k = cache[slot] { return k }
        guard let key = uncachedKey(slot) else { return nil }
        cache[slot] = key
        return key
    }

    /// The checked key without touching the cache, so many threads may call it at once while
    /// nothing writes the store (used to decrypt a snapshot on all cores).
    func uncachedKey(_ slot: UInt32) -> SymmetricKey? {
        for copy in [primary, mirror].compactMap({ $0 }) where copy.state(slot) == .valid {
            if let k = unwrap(copy.bytes(slot)) { return k }
        }
        return nil
    }

    /// The first copy's key without its check value, for callers that open AES-GCM boxes with
    /// it: the box's tag proves the key, and skipping one SHA-256 per person matters when a
    /// snapshot opens 100k of them. A caller whose box does not open must try `uncachedKey`,
    /// which also looks at the other copy, before it calls anything damaged. Safe to call from
    /// many threads while nothing writes the store.
    func uncheckedKey(_ slot: UInt32) -> SymmetricKey? {
        guard primary.headerOK, slot < primary.slotCount else { return uncachedKey(slot) }
        let key = primary.bytes(slot).withUnsafeBytes { s -> SymmetricKey? in
            switch SlotState(rawValue: s[0]) {
            case .plain: return SymmetricKey(data: UnsafeRawBufferPointer(rebasing: s[4..<36]))
            case .wrapped:
                guard let master, let k = Sealer.open(UnsafeRawBufferPointer(rebasing: s[4..<64]), key: master), k.count == 32 else { return nil }
                return SymmetricKey(data: k)
            case .erased, nil: return nil
            }
        }
        return key ?? uncachedKey(slot)
    }

    /// One key read straight from the files, without loading the whole store: for a reader
    /// that needs a single key (the search cache's) and nothing else. Nil if the slot is
    /// missing, erased or damaged in both copies.
    static func readKey(path: String, slot: UInt32, master: SymmetricKey?) -> SymmetricKey? {
        let copyPath = (path as NSString).deletingLastPathComponent + "/" + copyFileName
        for p in [path, copyPath] {
            guard let fd = try? Files.openForReading(p) else { continue }
            defer { close(fd) }
            var s = [UInt8](repeating: 0, count: slotSize)
            let offset = off_t(headerSize) + off_t(slot) * off_t(slotSize)
            let n = s.withUnsafeMutableBytes { pread(fd, $0.baseAddress, slotSize, offset) }
            guard n == slotSize, s.withUnsafeBytes({ classify($0) }) == .valid else { continue }
            if let k = unwrap(s[...], master: master) { return k }
        }
        return nil
    }

    /// Drops a cached key (another process erased it).
    func forget(_ slot: UInt32) { cache[slot] = nil }

    /// True if the slot exists and both copies are zero.
    func isErased(_ slot: UInt32) -> Bool { health(slot) == .erased }

    /// Overwrites the slot with zeros in both files, fsyncing each: the key is gone for good.
    func erase(_ slot: UInt32) throws {
        cache[slot] = nil
        let zeros = [UInt8](repeating: 0, count: Self.slotSize)
        let offset = Self.headerSize + Int(slot) * Self.slotSize
        for copy in [primary, mirror].compactMap({ $0 }) where slot < copy.slotCount {
            try copy.medium.write(zeros, at: offset)
            copy.wrote(zeros, at: offset)
        }
    }

    /// Copies the valid copy of `slot` over a damaged or missing one (and over a zeroed one
    /// when `overZero`: the store found the slot's owner alive, so the zeros are damage, not an
    /// erasure). Returns the file it restored, or nil if there was nothing to do (or nothing
    /// valid to copy from).
    func restore(_ slot: UInt32, overZero: Bool = false) throws -> String? {
        guard let mirror else { return nil }
        let (a, b) = (primary.state(slot), mirror.state(slot))
        let from: Copy, to: Copy
        if a == .valid && (b != .valid || primary.bytes(slot) != mirror.bytes(slot)) && (b != .zero || overZero) {
            from = primary; to = mirror
        } else if b == .valid && a != .valid && (a != .zero || overZero) {
            from = mirror; to = primary
        } else {
            return nil
        }
        let offset = Self.headerSize + Int(slot) * Self.slotSize
        let bytes = Array(from.bytes(slot))
        if !to.headerOK {
            let header = Self.magic + [to.index] + [UInt8](repeating: 0, count: Self.headerSize - 5)
            try to.medium.write(header, at: 0)
        }
        try to.medium.write(bytes, at: offset)
        try to.reload(slotsOnDemand: readsSlotsOnDemand)
        cache[slot] = nil
        return to.name
    }

    /// Every slot whose copies are not both good or both erased, for verify and repair.
    func problems() -> [(slot: UInt32, health: Health)] {
        var out: [(UInt32, Health)] = []
        for slot in 0..<slotCount {
            let h = health(slot)
            if h != .good && h != .erased { out.append((slot, h)) }
        }
        return out
    }

    /// The slots whose bytes differ between the two files (or exist in one only): the only
    /// ones that can be anything but good or erased, found with a byte comparison instead of a
    /// checksum per slot, so the open can afford it at any size. Damage that hits both copies
    /// the same way is left to the cipher's tag and to `verify`.
    func differingSlots() -> [UInt32] {
        guard let mirror else { return [] }
        let shorter = min(primary.slotCount, mirror.slotCount)
        if let a = primary.onDemand, let b = mirror.onDemand {
            // The slots read so far (each read from both copies when it was used).
            let read = Set(a.slots.keys).union(b.slots.keys).filter { $0 < shorter }
            return read.filter { primary.bytes($0) != mirror.bytes($0) }.sorted() + Array(shorter..<slotCount)
        }
        let a = primary.raw, b = mirror.raw
        let common = min(a.count, b.count)
        var out: [UInt32] = []
        var start = Self.headerSize
        while start + Self.slotSize <= common {
            // Whole stretches at a time: nearly always they are equal.
            let stretch = min(common - start, 64 * Self.slotSize) / Self.slotSize * Self.slotSize
            let equal = a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in
                memcmp(pa.baseAddress! + start, pb.baseAddress! + start, stretch) == 0 } }
            if !equal {
                for s in stride(from: start, to: start + stretch, by: Self.slotSize)
                where a[s..<s + Self.slotSize] != b[s..<s + Self.slotSize] {
                    out.append(UInt32((s - Self.headerSize) / Self.slotSize))
                }
            }
            start += stretch
        }
        for slot in shorter..<slotCount { out.append(slot) }
        return out
    }

    /// True when a file has bytes after its last whole slot (a write cut short); they are
    /// overwritten by the next allocation.
    var hasPartialTail: Bool {
        [primary, mirror].compactMap { $0 }.contains { $0.count > Self.headerSize && ($0.count - Self.headerSize) % Self.slotSize != 0 }
    }

    // MARK: Slot bytes

    static func classify(_ s: UnsafeRawBufferPointer) -> CopyState {
        if s.allSatisfy({ $0 == 0 }) { return .zero }
        guard let state = SlotState(rawValue: s[0]), state != .erased else { return .damaged }
        let check = SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: s[0..<64])).prefix(16)
        return check.elementsEqual(s[64..<80]) ? .valid : .damaged
    }

    private func unwrap(_ s: ArraySlice<UInt8>) -> SymmetricKey? { Self.unwrap(s, master: master) }

    private static func unwrap(_ s: ArraySlice<UInt8>, master: SymmetricKey?) -> SymmetricKey? {
        let base = s.startIndex
        switch SlotState(rawValue: s[base]) {
        case .plain: return SymmetricKey(data: Array(s[(base + 4)..<(base + 36)]))
        case .wrapped:
            guard let master, let k = Sealer.open(Array(s[(base + 4)..<(base + 64)]), key: master), k.count == 32 else { return nil }
            return SymmetricKey(data: k)
        case .erased, nil: return nil
        }
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

/// Where one copy of the key slots lives. A write is durable when it returns.
private protocol KeyMedium: AnyObject {
    func readAll() throws -> [UInt8]
    /// The size in bytes, or nil where only whole reads are possible.
    func size() throws -> Int?
    /// `count` bytes from `offset` (fewer at the end).
    func read(_ count: Int, at offset: Int) throws -> [UInt8]
    func write(_ bytes: [UInt8], at offset: Int) throws
    /// Cuts away what a failed allocation may have left after `size` bytes.
    func cutBack(to size: Int) throws
}

/// `keys.zk` or its copy: written with `pwrite`, fsynced before the write returns.
private final class KeyFile: KeyMedium {
    let fd: Int32
    let io: StorageIO
    init(fd: Int32, io: StorageIO) { self.fd = fd; self.io = io }
    deinit { if fd >= 0 { close(fd) } }
    func readAll() throws -> [UInt8] { fd >= 0 ? try Files.readAll(fd: fd, from: 0) : [] }
    func size() throws -> Int? {
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ZgodaError.io(ErrorReason(en: "cannot read the size of a key file: \(String(cString: strerror(errno)))",
                    pl: "nie można odczytać rozmiaru pliku kluczy: \(String(cString: strerror(errno)))")) }
        return Int(st.st_size)
    }
    func read(_ count: Int, at offset: Int) throws -> [UInt8] { try Files.read(fd: fd, count: count, at: offset) }
    func write(_ bytes: [UInt8], at offset: Int) throws {
        try io.pwrite(fd, bytes, at: Int64(offset))
        try io.fsync(fd)
    }
    func cutBack(to size: Int) throws { try io.truncate(fd, to: Int64(size)) }
}

/// The team database's key table seen as a key file: the same header and slots, so the
/// store's checks of a slot are the same for both. A write of zeros over one slot is an
/// erasure, which deletes the key material in the database.
private final class DatabaseKeys: KeyMedium {
    let database: any TeamDatabase
    private var count: UInt32 = 0
    /// The slots read so far. Keys are made once and only ever destroyed, so a reload reads
    /// the slots added since and the list of destroyed ones, not the whole table: a writer
    /// reloads before every change, and the table grows with the team's people.
    private var slots: [UInt8] = []
    init(_ database: any TeamDatabase) { self.database = database }

    /// The table is read whole (it reads only what changed since the last time).
    func size() throws -> Int? { nil }
    func read(_ count: Int, at offset: Int) throws -> [UInt8] {
        let all = try readAll()
        return Array(all[min(offset, all.count)..<min(offset + count, all.count)])
    }

    func readAll() throws -> [UInt8] {
        let changes = try database.keySlotChanges(from: count)
        slots += changes.added
        count = UInt32(slots.count / KeyStore.slotSize)
        let zeros = [UInt8](repeating: 0, count: KeyStore.slotSize)
        for slot in changes.erased where slot < count {
            let start = Int(slot) * KeyStore.slotSize
            slots.replaceSubrange(start..<start + KeyStore.slotSize, with: zeros)
        }
        return KeyStore.magic + [0] + [UInt8](repeating: 0, count: KeyStore.headerSize - 5) + slots
    }

    func write(_ bytes: [UInt8], at offset: Int) throws {
        // The header is implied by the table; only slots are stored.
        var bytes = bytes[...], offset = offset
        if offset < KeyStore.headerSize {
            let skip = min(bytes.count, KeyStore.headerSize - offset)
            bytes = bytes.dropFirst(skip); offset += skip
        }
        guard !bytes.isEmpty else { return }
        guard (offset - KeyStore.headerSize) % KeyStore.slotSize == 0, bytes.count % KeyStore.slotSize == 0 else {
            throw ZgodaError.database(ErrorReason(en: "a key write that is not whole slots",
                    pl: "zapis klucza, który nie obejmuje całych gniazd"))
        }
        let first = UInt32((offset - KeyStore.headerSize) / KeyStore.slotSize)
        if first >= count {
            guard first == count else { throw ZgodaError.database(ErrorReason(en: "a key written after a gap in the key table",
                    pl: "klucz zapisany po luce w tabeli kluczy")) }
            try database.addKeySlots(Array(bytes), from: first)
            slots += bytes
            count = first + UInt32(bytes.count / KeyStore.slotSize)
        } else if bytes.count == KeyStore.slotSize && bytes.allSatisfy({ $0 == 0 }) {
            try database.eraseKeySlot(first)
            let start = Int(first) * KeyStore.slotSize
            slots.replaceSubrange(start..<start + KeyStore.slotSize, with: bytes)
        } else if bytes.count == KeyStore.slotSize {
            throw ZgodaError.unsupported(ErrorReason(en: "a team database's keys are made once and never rewritten; restore the database from its backup",
                    pl: "klucze bazy zespołu tworzy się raz i nigdy się ich nie nadpisuje; odtwórz bazę z kopii zapasowej"))
        } else {
            throw ZgodaError.database(ErrorReason(en: "a key write over several existing slots",
                    pl: "zapis klucza na kilku istniejących gniazdach"))
        }
    }

    /// A failed insert left nothing: the transaction took it back.
    func cutBack(to size: Int) throws {}
}

extension KeyStore {
    /// Every slot's bytes, one after another, each from a copy whose check matches; an erased
    /// slot as zeros. Refuses a store with a lost or half-erased slot: `verify` and `repair`
    /// come first, so that damage never travels as if it were an erasure.
    func exportSlots() throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Int(slotCount) * Self.slotSize)
        for slot in 0..<slotCount {
            switch health(slot) {
            case .erased:
                out += [UInt8](repeating: 0, count: Self.slotSize)
            case .good, .oneCopyDamaged, .oneCopyShort:
                guard let bytes = validBytes(slot) else { fallthrough }
                out += bytes
            default:
                throw ZgodaError.damaged(ErrorReason(en: "key slot \(slot) is damaged or half erased: run 'zgoda verify' and 'zgoda repair' first",
                    pl: "gniazdo klucza \(slot) jest uszkodzone lub częściowo wymazane: najpierw uruchom „zgoda verify” i „zgoda repair”"))
            }
        }
        return out
    }

    /// The bytes of `slot` from a copy whose check matches.
    private func validBytes(_ slot: UInt32) -> [UInt8]? {
        for copy in [primary, mirror].compactMap({ $0 }) where copy.state(slot) == .valid {
            return Array(copy.bytes(slot))
        }
        return nil
    }
}

import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An open data directory: the current state, and the only way to change it.
///
/// Every change goes through `commit`, which holds the directory lock, catches up with what
/// other processes wrote, lets the caller validate against that fresh state, appends the
/// records and fsyncs before returning. A change that returns has been acknowledged and
/// survives any crash; one that throws has changed nothing.
public final class Store {
    public let directory: DataDirectory
    public let options: StoreOptions
    public private(set) var state = ZgodaState()
    public private(set) var lastSeq: UInt64 = 0
    public private(set) var headHash: [UInt8] = JournalRecord.zeroHash
    /// Problems found on open that did not stop it (a torn tail, a bad snapshot).
    public private(set) var warnings: [String] = []
    /// Set when damage in the journal makes writing unsafe until `zgoda repair`.
    public private(set) var readOnlyReason: String?
    /// The sequence number of a damaged record, if any.
    public private(set) var damagedSeq: UInt64?

    let keys: KeyStore
    let lock: FileLock
    private(set) var segmentPath: String = ""
    private(set) var segmentFirst: UInt64 = 1
    private(set) var segmentEnd: Int = 0
    private(set) var tornTail = false
    private(set) var snapshotSeq: UInt64 = 0
    /// Above zero while `withSnapshotsDeferred` runs.
    private var snapshotsDeferred = 0

    public var head: String { SHA256Hex.hex(headHash) }
    public var now: Date { options.clock.now() }
    public var isReadOnly: Bool { readOnlyReason != nil }

    // MARK: Opening

    /// Opens (and, if allowed, creates) the data directory.
    public static func open(_ directory: DataDirectory, options: StoreOptions) throws -> Store {
        if !directory.isInitialized {
            guard options.createIfMissing else { throw ZgodaError.notADataDirectory(directory.path) }
            try create(directory, options: options, encrypt: false)
        }
        return try Store(directory: directory, options: options)
    }

    /// Creates a new data directory: mode 0700, the starter purposes, optionally encrypted.
    public static func create(_ directory: DataDirectory, options: StoreOptions, encrypt: Bool,
                              controller: DataController? = nil) throws {
        if directory.isInitialized { throw ZgodaError.alreadyInitialized(directory.path) }
        if Files.exists(directory.path), !Files.list(directory.path).filter({ !$0.hasPrefix(".") }).isEmpty {
            throw ZgodaError.io("\(directory.path) exists and is not empty; choose an empty or new directory")
        }
        try Files.makeDirectories(directory.path)
        try Files.makeDirectory(directory.journalDir)
        try Files.makeDirectory(directory.snapshotDir)
        var meta = DirectoryMeta(created: ISOTime.string(options.clock.now()))
        var opts = options
        if encrypt {
            guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
            // Ask once: a prompt must not appear twice, and the store below reuses the answer.
            let pass = try ask()
            if pass.count < 8 { throw ZgodaError.invalidValue(field: "passphrase", reason: "use at least 8 characters") }
            meta.encryption = try DirectoryMeta.newEncryption(passphrase: pass).0
            opts.passphrase = { pass }
        }
        // The meta file goes last: until it exists the directory is not a data directory.
        try meta.save(directory, io: options.io)
        let store = try Store(directory: directory, options: opts)
        if let controller { try store.commit { _ in [.controllerSet(controller)] } }
    }

    /// The first records of every directory: its creation and the starter purposes. Written on
    /// the first open that finds an empty journal, so a crash during creation leaves nothing
    /// half-made.
    private func writeGenesisIfEmpty() throws {
        try lock.withExclusive {
            _ = try catchUp()
            guard lastSeq == 0, readOnlyReason == nil else { return }
            _ = try append([.directoryCreated] + Purpose.starters.map(Event.purposeAdded))
        }
    }

    private init(directory: DataDirectory, options: StoreOptions) throws {
        self.directory = directory
        self.options = options
        let meta = try DirectoryMeta.load(directory)
        var master: SymmetricKey? = nil
        if meta.encryption != nil {
            guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
            master = try meta.masterKey(passphrase: try ask())
        }
        try Files.makeDirectory(directory.journalDir)
        try Files.makeDirectory(directory.snapshotDir)
        lock = try FileLock(path: directory.lockPath)
        keys = try KeyStore(path: directory.keysPath, master: master, io: options.io)
        if keys.slotCount == 0 {
            // Slot 0: the directory secret that keys the suppression hashes.
            try lock.withExclusive { if keys.slotCount == 0 { _ = try keys.allocate(1) } }
        }
        try lock.withShared { try load() }
        if lastSeq == 0 { try writeGenesisIfEmpty() }
    }

    /// Reads the newest valid snapshot and replays the journal after it.
    private func load() throws {
        warnings = []
        readOnlyReason = nil
        damagedSeq = nil
        tornTail = false
        try keys.reload()
        var start: SnapshotCodec.Loaded? = nil
        for snap in directory.snapshots() {
            do {
                guard let file = try MappedFile.open(snap.path) else { continue }
                start = try SnapshotCodec.decode(file.bytes, keys: keys)
                break
            } catch let e as SnapshotCodec.Invalid {
                warnings.append("snapshot \((snap.path as NSString).lastPathComponent) is damaged (\(e.reason)); using an older one and the journal")
            }
        }
        state = start?.state ?? ZgodaState()
        lastSeq = start?.seq ?? 0
        headHash = start?.headHash ?? JournalRecord.zeroHash
        snapshotSeq = lastSeq
        let segments = directory.segments()
        if segments.isEmpty {
            segmentFirst = lastSeq + 1
            segmentPath = directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: segmentFirst)
            segmentEnd = 0
            return
        }
        let startIndex = segments.lastIndex { $0.first <= lastSeq + 1 } ?? 0
        for (i, seg) in segments.enumerated() where i >= startIndex {
            segmentPath = seg.path
            segmentFirst = seg.first
            segmentEnd = 0
            let isLast = i == segments.count - 1
            let bytes = try Files.read(seg.path) ?? []
            try replay(bytes, from: 0, isLastSegment: isLast)
            if readOnlyReason != nil { break }
        }
        resumeInterruptedErasures()
    }

    /// Applies the records in `bytes` from `offset`; updates `segmentEnd` to the end of the
    /// last whole record (or atomic group) applied.
    private func replay(_ bytes: [UInt8], from offset: Int, isLastSegment: Bool) throws {
        var pending: [(JournalRecord, Int)] = []
        var pos = offset
        try bytes.withUnsafeBytes { buf in
            while pos < buf.count {
                switch FrameReader.read(buf, at: pos) {
                case let .record(rec, end):
                    if rec.seq <= lastSeq && pending.isEmpty {
                        // Before the snapshot's point; the snapshot already holds its effect.
                        if rec.seq == lastSeq && rec.hash != headHash {
                            markDamaged(seq: rec.seq, "record \(rec.seq) does not match the snapshot taken after it")
                            return
                        }
                        pos = end; segmentEnd = end; continue
                    }
                    let expected = lastSeq + 1 + UInt64(pending.count)
                    let prev = pending.last?.0.hash ?? headHash
                    guard rec.seq == expected, rec.prevHash == prev else {
                        markDamaged(seq: min(rec.seq, expected), "record \(expected) is missing or out of order (found \(rec.seq))")
                        return
                    }
                    pending.append((rec, end))
                    pos = end
                    if !rec.continues {
                        for (r, _) in pending { try applyRecord(r) }
                        pending.removeAll()
                        segmentEnd = end
                    }
                case .truncated:
                    if isLastSegment { noteTornTail() } else {
                        markDamaged(seq: lastSeq + 1, "journal segment \((segmentPath as NSString).lastPathComponent) ends in the middle of record \(lastSeq + 1)")
                    }
                    return
                case let .corrupt(seqHint, end, reason):
                    let seq = lastSeq + 1 + UInt64(pending.count)
                    if isLastSegment && (end == nil || end == buf.count) {
                        noteTornTail()
                    } else {
                        markDamaged(seq: seqHint.map { min($0, seq) } ?? seq, "record \(seq) is damaged (\(reason))")
                    }
                    return
                }
            }
        }
        if !pending.isEmpty {
            if isLastSegment { noteTornTail() } else { markDamaged(seq: pending[0].0.seq, "an atomic group starting at record \(pending[0].0.seq) is incomplete") }
        }
    }

    private func noteTornTail() {
        tornTail = true
        warnings.append("the last journal record after \(lastSeq) was incomplete (an interrupted write) and was dropped")
    }

    private func markDamaged(seq: UInt64, _ message: String) {
        damagedSeq = seq
        readOnlyReason = message
    }

    private func applyRecord(_ rec: JournalRecord) throws {
        let entry = try decodeEntry(rec)
        state.apply(entry)
        lastSeq = rec.seq
        headHash = rec.hash
        if case let .anonymized(id, _, _) = entry.event {
            for slot in erasedSlots(of: id) { keys.forget(slot) }
        }
    }

    /// The key slots an erasure of `id` destroys, once it has been applied to `state`: the
    /// person's own and those of the exports whose filter and destination went with them.
    private func erasedSlots(of id: ContactID) -> [UInt32] {
        var slots: [UInt32] = []
        if let slot = state.contacts[id]?.keySlot { slots.append(slot) }
        for e in state.exports where e.textErased { if let slot = e.keySlot { slots.append(slot) } }
        return slots
    }

    /// Decodes a record, opening its personal part with the person's key when the key still exists.
    func decodeEntry(_ rec: JournalRecord) throws -> JournalEntry {
        var personal: [UInt8]? = nil
        var readable = true
        if rec.keySlot != JournalRecord.noSlot {
            if let key = keys.key(rec.keySlot), let plain = Sealer.open(rec.sealed, key: key) {
                personal = plain
            } else {
                readable = false
            }
        }
        do {
            let event = try EventCodec.decode(kindCode: rec.kindCode, publicBytes: rec.publicBytes, personal: personal,
                                              at: rec.at, operator: rec.operator)
            let exportSlot = rec.kindCode == EventCodec.sealedExportCode && rec.keySlot != JournalRecord.noSlot ? rec.keySlot : nil
            return JournalEntry(seq: rec.seq, at: rec.at, operator: rec.operator, event: event, readable: readable,
                                exportKeySlot: exportSlot)
        } catch {
            throw ZgodaError.damaged("record \(rec.seq) cannot be decoded")
        }
    }

    /// An erasure whose journal record was written but whose key was not yet destroyed (a
    /// crash in between) is finished here.
    private func resumeInterruptedErasures() {
        guard readOnlyReason == nil else { return }
        let interrupted = state.contacts.values.filter { $0.anonymized && !keys.isErased($0.keySlot) }
        if !interrupted.isEmpty { try? lock.withExclusive { try eraseSearchCache() } }
        for c in interrupted {
            try? lock.withExclusive { try keys.erase(c.keySlot) }
        }
        for e in state.exports where e.textErased {
            if let slot = e.keySlot, !keys.isErased(slot) { try? lock.withExclusive { try keys.erase(slot) } }
        }
    }

    // MARK: Catching up

    /// Reads what other processes appended since we last looked. Returns true if anything changed.
    @discardableResult
    public func refresh() throws -> Bool {
        try lock.withShared { try catchUp() }
    }

    func catchUp() throws -> Bool {
        let before = lastSeq
        // The usual case, checked without listing the journal: our segment has not grown and
        // no compaction has started the next one. (A newer segment is always named after the
        // record that follows ours, and every record goes to the newest segment.)
        if let size = Files.size(segmentPath), size == segmentEnd,
           segmentFirst == lastSeq + 1 || !Files.exists(directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: lastSeq + 1)) {
            return false
        }
        let segments = directory.segments()
        guard let current = segments.firstIndex(where: { $0.path == segmentPath }) else {
            if !segments.isEmpty && segments.last!.first > lastSeq + 1 {
                try load(); return lastSeq != before
            }
            if segments.isEmpty { return false }
            try load(); return lastSeq != before
        }
        if let size = Files.size(segmentPath), size < segmentEnd {
            // The journal was rewritten under us (a repair): start again.
            try load(); return true
        }
        if (Files.size(segmentPath) ?? 0) == segmentEnd && current == segments.count - 1 { return false }
        try keys.reload()
        for (i, seg) in segments.enumerated() where i >= current {
            if i > current { segmentPath = seg.path; segmentFirst = seg.first; segmentEnd = 0 }
            let fd = Glibc.open(seg.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            let from = segmentEnd
            let bytes = try Files.readAll(fd: fd, from: from)
            close(fd)
            // Replay works on offsets within the buffer; shift them back afterwards.
            let saved = segmentEnd
            segmentEnd = 0
            tornTail = false
            try replay(bytes, from: 0, isLastSegment: i == segments.count - 1)
            segmentEnd += saved
            if readOnlyReason != nil { break }
        }
        return lastSeq != before
    }

    // MARK: Writing

    /// Marks an `.contactAdded` event whose key slot the store should allocate.
    public static let newKeySlot: UInt32 = .max - 1

    /// Runs `build` against the freshest state under the directory lock and appends the events
    /// it returns as one atomic group, fsynced before this returns. If `build` throws, nothing
    /// is written. If the write or fsync fails, nothing is acknowledged and the state is
    /// reloaded from disk.
    @discardableResult
    public func commit(_ build: (ZgodaState) throws -> [Event]) throws -> [JournalEntry] {
        try lock.withExclusive {
            _ = try catchUp()
            if let readOnlyReason { throw ZgodaError.readOnly(readOnlyReason) }
            var events = try build(state)
            if events.isEmpty { return [] }
            let newSlots = events.filter { if case let .contactAdded(_, s, _) = $0 { return s == Self.newKeySlot }; return false }.count
            let exportIndices = events.indices.filter { if case .exported = events[$0] { return true }; return false }
            var slots = try keys.allocate(newSlots + exportIndices.count)[...]
            for i in events.indices {
                if case let .contactAdded(id, s, d) = events[i], s == Self.newKeySlot {
                    events[i] = .contactAdded(id: id, keySlot: slots.removeFirst(), details: d)
                }
            }
            // Each export gets a key of its own for its filter and destination (see ExportRecord).
            var exportSlots: [Int: UInt32] = [:]
            for i in exportIndices { exportSlots[i] = slots.removeFirst() }
            return try append(events, exportSlots: exportSlots)
        }
    }

    /// Appends an event recovered by a repair, keeping its original time and operator.
    func commitSalvaged(_ entry: JournalEntry) throws {
        try lock.withExclusive {
            _ = try catchUp()
            if let id = entry.event.contact, state.contacts[id] == nil {
                if case .contactAdded = entry.event {} else {
                    throw ZgodaError.damaged("record \(entry.seq) refers to a contact that was lost")
                }
            }
            // A salvaged export keeps its key slot, so erasing a person still reaches its text.
            var exportSlots: [Int: UInt32] = [:]
            if case .exported = entry.event {
                if let slot = entry.exportKeySlot, keys.key(slot) != nil { exportSlots[0] = slot } else { exportSlots[0] = try keys.allocate(1)[0] }
            }
            _ = try append([entry.event], exportSlots: exportSlots, at: entry.at, operatorName: entry.operator)
        }
    }

    private func append(_ events: [Event], exportSlots: [Int: UInt32] = [:], at fixedAt: Date? = nil,
                        operatorName: String? = nil) throws -> [JournalEntry] {
        let at = fixedAt ?? Date(millis: options.clock.now().millis)
        let opName = operatorName ?? options.operatorName
        // Key slots and erasures of people added or erased earlier in this same group. The
        // state itself changes only once the group is on disk: applying to a copy first would
        // copy all 100k people on every change.
        var inGroup: [ContactID: (slot: UInt32, anonymized: Bool)] = [:]
        func person(_ id: ContactID) -> (slot: UInt32, anonymized: Bool)? {
            inGroup[id] ?? state.contacts[id].map { ($0.keySlot, $0.anonymized) }
        }
        var entries: [JournalEntry] = []
        var bytes: [UInt8] = []
        var prev = headHash
        let random = RandomBytes(expected: 12 * events.count)
        // Times are stored to the millisecond: round them now so the live state equals a replay.
        let events = events.map { event -> Event in
            guard case var .consentRecorded(d) = event else { return event }
            d.at = Date(millis: d.at.millis)
            d.expires = d.expires.map { Date(millis: $0.millis) }
            return .consentRecorded(d)
        }
        for (i, event) in events.enumerated() {
            let seq = lastSeq + 1 + UInt64(i)
            let parts = EventCodec.encode(event)
            var slot = JournalRecord.noSlot
            var sealed: [UInt8] = []
            if let personal = parts.personalBytes {
                if case let .contactAdded(_, s, _) = event { slot = s } else if let exportSlot = exportSlots[i] { slot = exportSlot } else if let c = event.contact, let contact = person(c) {
                    // Nothing personal is ever written about an erased person: their key is gone.
                    slot = contact.anonymized ? JournalRecord.noSlot : contact.slot
                }
                if slot != JournalRecord.noSlot {
                    guard let key = keys.key(slot) else { throw ZgodaError.damaged("the key of contact \(event.contact?.rawValue ?? "?") is missing") }
                    sealed = try Sealer.seal(personal, key: key, random: random)
                }
            }
            var rec = JournalRecord(seq: seq, at: at, flags: i < events.count - 1 ? JournalRecord.flagContinues : 0,
                                    prevHash: prev, operator: opName, kindCode: parts.kindCode,
                                    contact: event.contact?.rawValue ?? "", publicBytes: parts.publicBytes,
                                    keySlot: slot, sealed: sealed)
            bytes += rec.framed()
            prev = rec.hash
            let entry = JournalEntry(seq: seq, at: at, operator: opName, event: event, exportKeySlot: exportSlots[i])
            switch event {
            case let .contactAdded(id, s, _): inGroup[id] = (s, false)
            case let .anonymized(id, _, _): if let p = person(id) { inGroup[id] = (p.slot, true) }
            default: break
            }
            entries.append(entry)
        }
        let fd = try Files.openReadWrite(segmentPath)
        defer { close(fd) }
        do {
            if tornTail || (Files.size(segmentPath) ?? 0) != segmentEnd {
                // Drop the torn tail of an interrupted write before appending after it.
                if ftruncate(fd, off_t(segmentEnd)) != 0 { throw ZgodaError.writeFailed("cannot drop the torn journal tail") }
                tornTail = false
            }
            try options.io.pwrite(fd, bytes, at: Int64(segmentEnd))
            try options.io.fsync(fd)
            if segmentEnd == 0 { try Files.syncDirectory(directory.journalDir, io: options.io) }
        } catch {
            // Never acknowledged: cut back what may have reached the file and reload from disk.
            _ = ftruncate(fd, off_t(segmentEnd))
            try? load()
            throw error
        }
        for e in entries { state.apply(e) }
        lastSeq += UInt64(events.count)
        headHash = prev
        segmentEnd += bytes.count
        if entries.contains(where: { if case .anonymized = $0.event { return true }; return false }) {
            // The search cache first: if the process stops before the person's key is gone,
            // the next open finishes the erasure, cache included (see resumeInterruptedErasures).
            try eraseSearchCache()
        }
        for e in entries {
            if case let .anonymized(id, _, _) = e.event {
                for slot in erasedSlots(of: id) where !keys.isErased(slot) { try keys.erase(slot) }
            }
        }
        if snapshotsDeferred == 0 && lastSeq - snapshotSeq >= UInt64(options.compactEvery) {
            do { try writeSnapshot() } catch { warnings.append("automatic snapshot failed: \(error)") }
        }
        return entries
    }

    // MARK: Snapshots

    /// Runs `body`, typically many commits in a row (demo data, a bulk load), with the automatic
    /// snapshot held back until it ends: one snapshot at the end instead of one every
    /// `compactEvery` records, each of which re-encrypts every person. Durability is the
    /// journal's and does not change.
    public func withSnapshotsDeferred<T>(_ body: () throws -> T) rethrows -> T {
        snapshotsDeferred += 1
        defer {
            snapshotsDeferred -= 1
            if snapshotsDeferred == 0 { snapshotIfDue() }
        }
        return try body()
    }

    private func snapshotIfDue() {
        guard lastSeq - snapshotSeq >= UInt64(options.compactEvery) else { return }
        do {
            try lock.withExclusive {
                _ = try catchUp()
                guard readOnlyReason == nil, lastSeq - snapshotSeq >= UInt64(options.compactEvery) else { return }
                try writeSnapshot()
            }
        } catch {
            warnings.append("automatic snapshot failed: \(error)")
        }
    }

    /// Writes a snapshot of the current state and starts a new journal segment.
    public func compact() throws {
        try lock.withExclusive {
            _ = try catchUp()
            if let readOnlyReason { throw ZgodaError.readOnly(readOnlyReason) }
            try writeSnapshot()
        }
    }

    private func writeSnapshot() throws {
        let bytes = try SnapshotCodec.encode(state, seq: lastSeq, headHash: headHash, keys: keys)
        try Files.writeAtomically(bytes, to: directory.snapshotDir + "/" + DataDirectory.snapshotName(seq: lastSeq), io: options.io)
        snapshotSeq = lastSeq
        if segmentEnd > 0 {
            let next = directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: lastSeq + 1)
            let fd = try Files.openReadWrite(next)
            try options.io.fsync(fd)
            close(fd)
            try Files.syncDirectory(directory.journalDir, io: options.io)
            segmentPath = next; segmentFirst = lastSeq + 1; segmentEnd = 0
        }
        // Keep the three newest snapshots, so a damaged one can fall back to an older one.
        for old in directory.snapshots().dropFirst(3) { unlink(old.path) }
    }

    // MARK: Secrets

    /// The keyed hash used for the suppression list (HMAC-SHA256 with the directory secret).
    public func suppressionHash(_ value: String) -> String? {
        guard !value.isEmpty, let secret = keys.key(0) else { return nil }
        let mac = HMAC<SHA256>.authenticationCode(for: Array(value.utf8), using: secret)
        return SHA256Hex.hex(Array(mac))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Finds the entries of a history without decoding them: those about `contact` if given,
    /// of the kinds `scope` names. `historyEntries` decodes any range of them.
    ///
    /// A person's history in a directory is found through the saved locations of everyone's
    /// records (`HistoryLocations`) and the journal after them; when there are none that can be
    /// used, or they are far behind, every header is read and they are saved again for the next.
    public func historyIndex(contact: ContactID? = nil, scope: HistoryScope = .changes) throws -> HistoryIndex {
        if let contact, database == nil {
            if let found = try lock.withShared({ historyIndexFromLocations(contact, scope: scope) }) {
                if found.behind > Self.historyLocationsMaxTail { saveHistoryLocations() }
                return found.index
            }
            saveHistoryLocations()
            if let found = try lock.withShared({ historyIndexFromLocations(contact, scope: scope) }) { return found.index }
        }
        return try historyIndexFromHeaders(contact: contact, scope: scope)
    }

    /// The history's entries found from every record's header (or, for a team, every record).
    func historyIndexFromHeaders(contact: ContactID?, scope: HistoryScope) throws -> HistoryIndex {
        try lock.withShared {
            var scanner = HistoryScanner(index: HistoryIndex(contact: contact, scope: scope, lastSeq: lastSeq, segments: []))
            if let database {
                let records = try database.records(after: 0)
                scanner.index.teamRecords = records
                _ = try records.withUnsafeBytes { try scanner.scan($0, segment: 0, base: 0) }
            } else {
                let segments = directory.segments().filter { $0.first <= lastSeq }.prefix(Int(UInt16.max)).map(\.path)
                scanner.index.segments = segments
                try Self.walk(segments, from: 0, offset: 0) { buf, segment, base in try scanner.scan(buf, segment: segment, base: base) }
            }
            return scanner.index
        }
    }

    /// The entries at `range` of `index`, oldest first, each consent decision with the status
    /// it replaced and each change of the catalogue with what it replaced, as `history` gives
    /// them. Throws `ZgodaError.historyChanged` when the journal no longer holds what the index
    /// found (a repair rewrote it): make the index again.
    public func historyEntries(_ index: HistoryIndex, _ range: Range<Int>) throws -> [JournalEntry] {
        try historyEntries(index, at: Array(range.clamped(to: 0..<index.count)))
    }

    /// The entries at `positions` (ascending) of `index`, as `historyEntries(_:_:)` gives them:
    /// the entries a search found, scattered through the history.
    public func historyEntries(_ index: HistoryIndex, at positions: [Int]) throws -> [JournalEntry] {
        let positions = positions.filter { (0..<index.count).contains($0) }
        guard let first = positions.first else { return [] }
        // In a run of consecutive entries, the decision or edit an entry replaced is the last
        // one seen before it in the run, if any; with gaps, what lies in a gap may be it.
        let consecutive = positions.last! - first == positions.count - 1
        return try lock.withShared {
            var reader = HistoryReader(index: index)
            defer { reader.close() }
            var entries: [JournalEntry] = []
            entries.reserveCapacity(positions.count)
            // The decisions and purposes seen in this run, so a long run walks back only
            // from its first entry of each person and purpose.
            var lastDecision: [String: Decision?] = [:]
            var purposes: [String: Purpose] = [:]
            var controller: DataController??
            for i in positions {
                if !consecutive { lastDecision = [:]; purposes = [:]; controller = nil }
                // A person's history keeps that person in the lists of exports and reads (with
                // their counts): an export of a million people is not a million strings here.
                var entry = try decodeEntry(try reader.record(at: i), keeping: index.contact.map { [$0] })
                switch entry.event {
                case let .consentRecorded(d):
                    let key = d.contact.rawValue + "\u{0}" + d.purpose
                    if let known = lastDecision[key] {
                        entry.previousDecision = known
                    } else {
                        entry.previousDecision = try previousDecision(d, before: i, in: &reader)
                    }
                    lastDecision[key] = .some(d.decision)
                case let .purposeAdded(p):
                    purposes[p.id] = p
                case let .purposeEdited(p):
                    entry.previousPurpose = try purposes[p.id] ?? previousPurpose(p.id, before: i, in: &reader)
                    purposes[p.id] = p
                case let .controllerSet(c):
                    if let known = controller {
                        entry.previousController = known
                    } else {
                        entry.previousController = try previousController(before: i, in: &reader)
                    }
                    controller = .some(c)
                default:
                    break
                }
                entries.append(entry)
            }
            return entries
        }
    }

    /// The decision on the same purpose by the same person before position `i`, walking back
    /// along that person's decisions.
    private func previousDecision(_ d: ConsentDecision, before i: Int, in reader: inout HistoryReader) throws -> Decision? {
        var j = Int(reader.index.previousConsent[i])
        while j >= 0 {
            if case let .consentRecorded(earlier) = try decodePublic(try reader.record(at: j)),
               earlier.contact == d.contact, earlier.purpose == d.purpose {
                return earlier.decision
            }
            j = Int(reader.index.previousConsent[j])
        }
        return nil
    }

    private func previousPurpose(_ id: String, before i: Int, in reader: inout HistoryReader) throws -> Purpose? {
        for j in reader.index.catalogue.reversed() where Int(j) < i {
            switch try decodePublic(try reader.record(at: Int(j))) {
            case let .purposeAdded(p) where p.id == id, let .purposeEdited(p) where p.id == id: return p
            default: continue
            }
        }
        return nil
    }

    private func previousController(before i: Int, in reader: inout HistoryReader) throws -> DataController? {
        for j in reader.index.catalogue.reversed() where Int(j) < i {
            if case let .controllerSet(c) = try decodePublic(try reader.record(at: Int(j))) { return c }
        }
        return nil
    }

    /// The event of a record from its public part alone (no key is opened): enough for the
    /// statuses, purposes and controllers a history compares against.
    private func decodePublic(_ rec: JournalRecord) throws -> Event { try HistoryScanner.decodePublic(rec) }
}

/// One pass over journal frames that fills a `HistoryIndex`.
///
/// Written for speed, since it reads every frame of the journal (400k at 100k people): the
/// state is the scanner's own (no captured variables, so no run-time exclusivity checks), and
/// a person's last decision is found in an open-addressing table of contact hashes rather than
/// a `Dictionary`, whose hashing was a tenth of the pass.
struct HistoryScanner {
    var index: HistoryIndex
    private let wanted: [UInt8]?
    /// Contact hash → position of their last decision; a power of two long, 0 for empty.
    private var keys: [UInt64]
    private var values: [Int32]
    private var used = 0

    init(index: HistoryIndex) {
        self.index = index
        wanted = index.contact.map { Array($0.rawValue.utf8) }
        keys = [UInt64](repeating: 0, count: 1 << 10)
        values = [Int32](repeating: -1, count: 1 << 10)
    }

    /// How much of a segment is read at a time (a variable for the tests, which make records
    /// cross windows).
    nonisolated(unsafe) static var windowBytes = 8 << 20

    /// Scans the whole records in `buf`, which starts `base` bytes into its segment. Returns
    /// how many bytes of whole records it went through (what follows is a record cut by the
    /// end of `buf`, damage or nothing), and whether the history ends here (a record after the
    /// index's last).
    mutating func scan(_ buf: UnsafeRawBufferPointer, segment: UInt16, base: Int) throws -> (used: Int, finished: Bool) {
        if wanted == nil {
            // The audit log holds every record: a record is rarely under 250 bytes. Room is
            // made by doubling, however many windows a segment is read in.
            let needed = index.locations.count + buf.count / 250
            if index.locations.capacity < needed {
                let room = max(needed, index.locations.capacity * 2)
                index.locations.reserveCapacity(room)
                index.previousConsent.reserveCapacity(room)
            }
        }
        let lastSeq = index.lastSeq, scope = index.scope
        var pos = 0
        while pos < buf.count, let h = FrameHeader.read(buf, at: pos) {
            defer { pos = h.end }
            if h.seq > lastSeq { return (pos, true) }
            if !scope.includes(kindCode: h.kindCode) { continue }
            if let wanted, !h.isAbout(wanted, in: buf) {
                // Exports and reads of many people name them in the public part.
                guard EventCodec.namesContactsInPublicPart(h.kindCode),
                      try Self.publicContacts(buf, at: pos, end: h.end).contains(index.contact!) else { continue }
            }
            add(.init(offset: base + pos, seq: h.seq, length: UInt32(h.end - pos), segment: segment, kindCode: h.kindCode),
                contactHash: h.kindCode == HistoryIndex.consentCode ? h.contactHash(in: buf) : 0)
        }
        return (pos, false)
    }

    /// Takes one entry of the history: found in the scan, or in the saved locations
    /// (`HistoryLocations`), where `contactHash` is the FNV-1a hash of a decision's contact.
    mutating func add(_ location: HistoryIndex.Location, contactHash: UInt64) {
        let position = Int32(index.locations.count)
        index.locations.append(location)
        switch location.kindCode {
        case HistoryIndex.consentCode:
            index.previousConsent.append(swapLast(contactHash, position))
        case HistoryIndex.purposeAddedCode, HistoryIndex.purposeEditedCode, HistoryIndex.controllerCode:
            index.catalogue.append(position)
            index.previousConsent.append(-1)
        default:
            index.previousConsent.append(-1)
        }
    }

    /// The length of the frame starting `buf`, from its header, when the header is whole and
    /// names a length a record can have.
    static func frameLength(_ buf: UnsafeRawBufferPointer) -> Int? {
        guard buf.count >= FrameReader.headerSize,
              buf.loadUnaligned(fromByteOffset: 0, as: UInt32.self) == UInt32(littleEndian: 0x3152_4A5A) else { return nil }
        let len = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        return len <= FrameReader.maxBody ? FrameReader.headerSize + len + 32 : nil
    }

    /// Records `position` as the person's last decision; returns the one before it (-1: none).
    private mutating func swapLast(_ hash: UInt64, _ position: Int32) -> Int32 {
        let key = hash | 1  // never 0, which marks an empty slot
        if (used + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key) & (keys.count - 1)
        while true {
            if keys[i] == key {
                defer { values[i] = position }
                return values[i]
            }
            if keys[i] == 0 {
                keys[i] = key; values[i] = position; used += 1
                return -1
            }
            i = (i + 1) & (keys.count - 1)
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = Int(truncatingIfNeeded: k) & (keys.count - 1)
            while keys[i] != 0 { i = (i + 1) & (keys.count - 1) }
            keys[i] = k; values[i] = v
        }
    }

    static func decodePublic(_ rec: JournalRecord) throws -> Event {
        try EventCodec.decode(kindCode: rec.kindCode, publicBytes: rec.publicBytes, personal: nil,
                              tagged: rec.tagged, at: rec.at, operator: rec.operator)
    }

    /// The contacts an export or a read names in its public part.
    static func publicContacts(_ buf: UnsafeRawBufferPointer, at pos: Int, end: Int) throws -> [ContactID] {
        guard case let .record(rec, _) = FrameReader.read(UnsafeRawBufferPointer(rebasing: buf[pos..<end]), at: 0, verifyHash: false) else { return [] }
        switch try decodePublic(rec) {
        case let .exported(_, _, _, ids), let .accessed(_, ids): return ids
        default: return []
        }
    }
}

/// Reads the records an index points at: from the team database's bytes, or from the
/// segment files, each opened once per page (without following links) and read where the
/// index says.
struct HistoryReader {
    let index: HistoryIndex
    private var files: [UInt16: Int32] = [:]

    init(index: HistoryIndex) { self.index = index }

    mutating func record(at i: Int) throws -> JournalRecord {
        let at = index.locations[i]
        let length = Int(at.length)
        var frame = [UInt8](repeating: 0, count: length)
        if let team = index.teamRecords {
            guard at.offset + length <= team.count else { throw ZgodaError.historyChanged }
            frame = Array(team[at.offset..<(at.offset + length)])
        } else {
            let fd = try file(at.segment)
            let got = frame.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, length, off_t(at.offset)) }
            guard got == length else { throw ZgodaError.historyChanged }
        }
        guard case let .record(rec, _) = frame.withUnsafeBytes({ FrameReader.read($0, at: 0, verifyHash: false) }),
              rec.seq == at.seq else { throw ZgodaError.historyChanged }
        return rec
    }

    private mutating func file(_ segment: UInt16) throws -> Int32 {
        if let fd = files[segment] { return fd }
        guard let fd = try Files.openForReading(index.segments[Int(segment)]) else { throw ZgodaError.historyChanged }
        files[segment] = fd
        return fd
    }

    mutating func close() {
        for fd in files.values { Glibc.close(fd) }
        files = [:]
    }
}

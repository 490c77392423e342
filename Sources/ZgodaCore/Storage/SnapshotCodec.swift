import Collections
import Crypto
import Foundation

/// Whole-state snapshots.
///
/// ```
/// "ZGS3" · u64 seq · headHash[32] · body · sha256[32] of everything before it
/// body = controller · purposes · purpose versions (each with the date it came into use)
///        · string table · contacts · requests · suppression hashes · exports
/// export = u64 seq · date · operator · format · contact ids · u32 keySlot
///          · (keySlot = none: filter · destination | sealed filter and destination)
/// ```
/// Decisions refer to their purpose, operator and wording hash through the string table: a
/// hundred thousand people share a handful of those values, and one copy of each keeps the file
/// small and the open free of millions of small allocations.
///
/// Personal values of each contact (details, evidence texts, request resolutions) are sealed
/// with that person's key, exactly as in the journal, so erasing the key makes every older
/// snapshot unreadable for that person too. Export filters and destinations are sealed with
/// each export's own key.
///
/// From version 6 the layout lets one person be read without the others:
///
/// ```
/// "ZGS6" · u64 seq · headHash[32]
/// catalogue = controller · purposes · purpose versions · string table · origin table · u32 people
/// people    = person entry*   (the entry above, then `SnapshotPersonParts`)
/// rest      = requests · suppression hashes · exports · sections (not 11, 16, 17)
/// index     = `SnapshotPersonIndex`
/// trailer   = u64 catalogueEnd · u64 restStart · u64 indexStart · digest[32]
/// sha256[32] of everything before it
/// ```
/// The trailer's digest is the SHA-256 of the catalogue, the rest and the index's page table
/// together (`Trailer.globalDigest`): what a reader of one person reads besides that person's
/// entry, checked without hashing everyone's entries (`decodePerson`).
///
/// The magic's digit is the snapshot's version; a snapshot is rewritten whole by every
/// compaction, so its layout is versioned as a whole: every change of layout is a new version,
/// and readers keep reading every older one.
/// - Version 6 (format 7): the layout above; each person's origin, notice and documents are in
///   their entry instead of sections 16, 17 and 11.
/// - Version 5 (format 3): the version 4 layout followed by `SnapshotSections`, where later
///   capabilities keep their own state, each in a tagged section.
/// - Version 4 (format 2): decisions name their decision and source by stable names (in the
///   string table) instead of positions in a Swift enum; every sealed part is a `SealedFields`
///   part (contact: tag 1 details, tag 2 evidence texts; request: tag 1 resolution; export:
///   tag 1 filter, tag 2 destination).
/// - Version 3 added the date of each purpose version and sealed export texts.
/// - Version 2: plain export texts, no version dates.
/// A snapshot of a higher version is reported as written by a newer Zgoda.
enum SnapshotCodec {
    static let version = 6
    static let magic: [UInt8] = Array("ZGS6".utf8)

    /// The version of a snapshot that starts with `bytes`, or nil if it is not a snapshot.
    static func version(of bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 4, Array(bytes.prefix(3)) == Array("ZGS".utf8), let v = Int(String(UnicodeScalar(bytes.last!))),
              v >= 2 else { return nil }
        return v
    }

    static func isSnapshotMagic(_ bytes: ArraySlice<UInt8>) -> Bool {
        version(of: bytes).map { $0 <= version } ?? false
    }

    /// Format 1's order of the enums that version 2 and 3 snapshots stored by position. Frozen:
    /// these lists never change, whatever cases the enums gain.
    static let legacyDecisions: [Decision] = [.granted, .refused, .withdrawn]
    static let legacySources: [ConsentSource] = [.inPerson, .phone, .email, .webForm, .paper, .import]

    struct Loaded {
        var state: ZgodaState
        var seq: UInt64
        var headHash: [UInt8]
        /// Contacts whose personal part could not be read, and why (see `SnapshotContacts`).
        var unreadable: [ContactID: SnapshotContacts.Unreadable] = [:]
        /// Exports whose sealed texts did not open because their key is erased.
        var erasedExportSlots: [UInt32] = []
        /// Exports whose sealed texts are damaged.
        var damagedExports: [UInt64] = []
    }

    struct NewerVersion: Error { var version: Int }

    struct Invalid: Error {
        /// What is wrong, in both languages (the store's warning and `verify` read it).
        var wording: Localized
        var reason: String { wording.en }
        init(_ en: String, _ pl: String) { wording = Localized(en: en, pl: pl) }
    }

    /// Interns repeated strings as indexes into one table.
    private struct StringTable {
        var strings: [String] = []
        var index: [String: UInt32] = [:]
        mutating func id(_ s: String) -> UInt32 {
            if let i = index[s] { return i }
            let i = UInt32(strings.count)
            strings.append(s); index[s] = i
            return i
        }
    }

    static func encode(_ s: ZgodaState, seq: UInt64, headHash: [UInt8], keys: KeyStore) throws -> [UInt8] {
        // A state read for one person holds nobody else: saved, it would lose everyone.
        guard !s.isPartial else {
            throw ZgodaError.unsupported(ErrorReason(en: "a snapshot cannot be made from the records of some people only; open the whole directory",
                                                     pl: "migawki nie można zrobić z rekordów tylko niektórych osób; otwórz cały katalog"))
        }
        var w = BinaryWriter(capacity: 256 + s.contacts.count * 240)
        w.raw(magic); w.u64(seq); w.raw(headHash)
        let c = s.controller
        w.string(c.name); w.string(c.address); w.string(c.email); w.string(c.dpo)
        w.u32(UInt32(s.purposes.count))
        for p in s.purposes.values { EventCodec.encodePurpose(p, into: &w) }
        let versions = s.purposeVersions.values.flatMap(\.values).sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        w.u32(UInt32(versions.count))
        for p in versions {
            EventCodec.encodePurpose(p, into: &w)
            w.optionalDate(s.purposeVersionDates[p.id]?[p.version])
        }

        var table = StringTable()
        let origins = SnapshotPersonParts.OriginTable(s)
        var body = BinaryWriter(capacity: s.contacts.count * 240)
        let sealed = try SnapshotContacts.seal(s, keys: keys)
        // Where each person's entry starts within `body`, for the index.
        var starts: [Int] = []
        starts.reserveCapacity(s.contacts.count + 1)
        for (i, contact) in s.contacts.values.enumerated() {
            starts.append(body.bytes.count)
            body.string(contact.id.rawValue); body.u32(contact.keySlot); body.date(contact.created); body.date(contact.updated)
            body.bool(contact.anonymized)
            let decisions = s.decisions[contact.id] ?? []
            body.u32(UInt32(decisions.count))
            for d in decisions {
                body.u32(table.id(d.purpose)); body.u32(UInt32(d.purposeVersion))
                body.u32(table.id(d.decision.rawValue)); body.u32(table.id(d.source.rawValue))
                body.date(d.at); body.u32(table.id(d.operator)); body.optionalDate(d.expires); body.u32(table.id(d.wordingHash))
            }
            body.data(sealed[i])
            let key = contact.anonymized ? nil : keys.key(contact.keySlot)
            try SnapshotPersonParts.write(contact, state: s, origins: origins, key: key, into: &body)
        }
        starts.append(body.bytes.count)
        w.strings(table.strings)
        origins.write(into: &w)
        w.u32(UInt32(s.contacts.count))
        let catalogueEnd = w.bytes.count
        w.raw(body.bytes)
        let restStart = w.bytes.count

        w.u32(UInt32(s.requests.count))
        for r in s.requests.values {
            w.string(r.id); w.string(r.contact.rawValue); w.string(r.type.rawValue); w.string(r.received.description)
            w.string(r.status.rawValue); w.optionalString(r.closed?.description)
            if let res = r.resolution, let slot = s.contacts[r.contact]?.keySlot, let key = keys.key(slot) {
                var p = SealedFields.Writer(); p.optionalString(EventCodec.ResolutionTag.resolution.rawValue, res)
                w.data(try Sealer.seal(p.bytes, key: key))
            } else {
                w.data([])
            }
        }
        w.strings(s.suppression.sorted())
        w.u32(UInt32(s.exports.count))
        for e in s.exports {
            w.u64(e.seq); w.date(e.at); w.string(e.operator); w.string(e.format); w.strings(e.contacts.map(\.rawValue))
            if let slot = e.keySlot {
                w.u32(slot)
                if !e.textErased, let key = keys.key(slot) {
                    var p = SealedFields.Writer()
                    p.optionalString(EventCodec.ExportTag.filter.rawValue, e.filter)
                    p.optionalString(EventCodec.ExportTag.destination.rawValue, e.destination)
                    w.data(try Sealer.seal(p.bytes, key: key))
                } else {
                    w.data([])
                }
            } else {
                w.u32(JournalRecord.noSlot); w.string(e.filter); w.string(e.destination)
            }
        }
        try SnapshotSections.encode(s, keys: keys, into: &w, excluding: SnapshotSections.inPersonEntries)

        let indexStart = w.bytes.count
        let entries = try body.bytes.withUnsafeBytes { all in
            try s.contacts.keys.enumerated().map { i, id -> SnapshotPersonIndex.Entry in
                let entry = UnsafeRawBufferPointer(rebasing: all[starts[i]..<starts[i + 1]])
                guard entry.count <= Int(UInt32.max) else { throw ZgodaError.unsupported(ErrorReason(en: "the entry of contact \(id) is over 4 GB", pl: "wpis kontaktu \(id) przekracza 4 GB")) }
                return SnapshotPersonIndex.Entry(key: SnapshotPersonIndex.key(id), offset: UInt64(catalogueEnd + starts[i]),
                                                 length: UInt32(entry.count), position: UInt32(i),
                                                 digest: SnapshotPersonIndex.digest8(entry))
            }
        }
        let pageTable = SnapshotPersonIndex.write(entries, into: &w)
        let digest = Trailer.globalDigest(w.bytes, catalogueEnd: catalogueEnd, restStart: restStart, tableEnd: pageTable.upperBound)
        Trailer(catalogueEnd: catalogueEnd, restStart: restStart, indexStart: indexStart, digest: digest).write(into: &w)
        w.raw(SHA256Hex.digest(w.bytes))
        return w.bytes
    }

    static func decode(_ bytes: [UInt8], keys: KeyStore) throws -> Loaded {
        try bytes.withUnsafeBytes { try decode($0, keys: keys) }
    }

    /// Decodes a snapshot, checking its checksum on another core meanwhile: the bytes are read
    /// with bounds checks throughout, so decoding damaged bytes is harmless, and the result is
    /// used only if the checksum matches.
    static func decode(_ all: UnsafeRawBufferPointer, keys: KeyStore) throws -> Loaded {
        guard all.count > 4 + 8 + 32 + 32, let v = version(of: Array(all[0..<4])[...]) else { throw Invalid("not a snapshot", "to nie jest migawka") }
        guard v <= version else { throw NewerVersion(version: v) }
        let bodyEnd = all.count - 32
        final class Checksum: @unchecked Sendable {
            let all: UnsafeRawBufferPointer
            var ok: Bool?
            init(_ all: UnsafeRawBufferPointer) { self.all = all }
            func check() {
                let end = all.count - 32
                ok = SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: all[0..<end])) == Array(all[end...])
            }
        }
        let sum = Checksum(all)
        let decoded = Result { try decodeBody(all, bodyEnd: bodyEnd, version: v, keys: keys, alongside: sum.check) }
        // A body too damaged to reach the contacts never ran the check.
        if sum.ok == nil { sum.check() }
        guard sum.ok == true else { throw Invalid("checksum mismatch", "niezgodna suma kontrolna") }
        return try decoded.get()
    }

    private static func decodeBody(_ all: UnsafeRawBufferPointer, bodyEnd: Int, version v: Int, keys: KeyStore,
                                   alongside: @escaping @Sendable () -> Void) throws -> Loaded {
        do {
            var r = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<bodyEnd]), offset: 4)
            let seq = try r.u64(), head = try r.raw(32)
            var s = ZgodaState()
            let (table, origins, count) = try decodeCatalogue(&r, into: &s, version: v)
            let catalogueEnd = r.offset
            let decoded = try SnapshotContacts.decode(&r, count: count, table: table, version: v, keys: keys, origins: origins,
                                                      alongside: alongside)
            let restStart = r.offset
            // Ids are unique in any snapshot this code wrote; a file that says otherwise is damaged.
            guard OrderedSet(decoded.ids).count == count else { throw Invalid("duplicate contact ids", "powtórzone identyfikatory kontaktów") }
            s.contacts = OrderedDictionary(uncheckedUniqueKeys: decoded.ids, values: decoded.contacts)
            s.decisions.reserveCapacity(count)
            for (id, list) in zip(decoded.ids, decoded.decisions) where !list.isEmpty { s.decisions[id] = list }
            for (i, former) in decoded.formerDetails { s.formerDetails[decoded.ids[i]] = former }
            for (i, parts) in decoded.parts { parts.apply(to: &s, for: decoded.ids[i]) }
            var loaded = Loaded(state: ZgodaState(), seq: seq, headHash: head)
            // Whether these are erasures or damage, only the journal after the snapshot can say.
            for (i, why) in decoded.unreadable { loaded.unreadable[decoded.ids[i]] = why }
            try decodeRest(&r, into: &s, loaded: &loaded, version: v, keys: keys)
            if v >= 6 {
                // The index and the trailer: their shape here. The file's checksum already covers
                // what the trailer's digest covers; that digest, and whether each entry points at
                // its person, are `verify`'s to check (`checkPersonIndex`).
                let indexStart = r.offset
                let layout = try SnapshotPersonIndex.layout(&r)
                guard layout.count == count else { throw Invalid("the person index has \(layout.count) people, the snapshot \(count)",
                                                                 "indeks osób ma \(layout.count) osób, migawka \(count)") }
                let trailer = try Trailer.read(&r)
                guard trailer.catalogueEnd == catalogueEnd, trailer.restStart == restStart, trailer.indexStart == indexStart else {
                    throw Invalid("the trailer does not match the layout", "zakończenie nie zgadza się z układem")
                }
            }
            guard r.atEnd else { throw Invalid("trailing bytes", "nadmiarowe bajty na końcu") }
            loaded.state = s
            return loaded
        } catch is BinaryReader.Truncated {
            throw Invalid("truncated", "ucięta")
        }
    }

    /// The catalogue: controller, purposes and their versions, the string table, from version 6
    /// the origin table, and the number of people.
    static func decodeCatalogue(_ r: inout BinaryReader, into s: inout ZgodaState, version v: Int) throws
        -> (table: [String], origins: [DataOrigin], count: Int) {
        let v3 = v >= 3
        s.controller = DataController(name: try r.string(), address: try r.string(), email: try r.string(), dpo: try r.string())
        for _ in 0..<Int(try r.u32()) {
            let p = try EventCodec.decodePurpose(&r); s.purposes[p.id] = p
        }
        for _ in 0..<Int(try r.u32()) {
            let p = try EventCodec.decodePurpose(&r); s.purposeVersions[p.id, default: [:]][p.version] = p
            if v3, let since = try r.optionalDate() { s.purposeVersionDates[p.id, default: [:]][p.version] = since }
        }
        let table = try r.strings()
        let origins = v >= 6 ? try SnapshotPersonParts.OriginTable.read(&r).list : []
        let count = Int(try r.u32())
        return (table, origins, count)
    }

    /// Requests, suppression hashes, exports and sections. In a state read for one person,
    /// other people's sealed parts (a request's resolution) stay unread.
    static func decodeRest(_ r: inout BinaryReader, into s: inout ZgodaState, loaded: inout Loaded, version v: Int,
                           keys: KeyStore) throws {
        let v3 = v >= 3
        for _ in 0..<Int(try r.u32()) {
            let id = try r.string(), contact = ContactID(try r.string())
            guard let type = RequestType(rawValue: try r.string()), let received = Day(parsing: try r.string()),
                  let status = RequestStatus(rawValue: try r.string()) else { throw Invalid("bad request", "błędny wniosek") }
            let closed = try r.optionalString().flatMap(Day.init(parsing:))
            let sealed = try r.data()
            var resolution: String? = nil
            if !sealed.isEmpty, let slot = s.contacts[contact]?.keySlot, let key = keys.key(slot),
               let plain = Sealer.open(sealed, key: key) {
                do {
                    resolution = v >= 4 ? try SealedFields.read(plain) { $0.optionalString(EventCodec.ResolutionTag.resolution.rawValue) }
                                        : try plain.withReader { try $0.string() }
                } catch {
                    loaded.unreadable[contact] = .damaged(Localized(en: "the resolution of request \(id) does not parse",
                pl: "nie można odczytać rozstrzygnięcia wniosku \(id)"))
                    s.contacts[contact]?.damaged = true
                }
            }
            s.requests[id] = DataSubjectRequest(id: id, contact: contact, type: type, received: received,
                                                status: status, closed: closed, resolution: resolution)
        }
        s.suppression = Set(try r.strings())
        for _ in 0..<Int(try r.u32()) {
            // In a state of some people, the lists keep those people (and the counts).
            if !v3 {
                let seq = try r.u64(), at = try r.date(), op = try r.string(), format = try r.string()
                let filter = try r.string(), destination = try r.string()
                let (ids, count) = try r.contactIDs(keeping: s.loadedPeople)
                s.exports.append(ExportRecord(seq: seq, at: at, operator: op, format: format, filter: filter, destination: destination,
                                              contacts: ids, count: count))
                continue
            }
            let seq = try r.u64(), at = try r.date(), op = try r.string(), format = try r.string()
            let (ids, count) = try r.contactIDs(keeping: s.loadedPeople)
            var e = ExportRecord(seq: seq, at: at, operator: op, format: format, filter: "", destination: "", contacts: ids, count: count)
            let slot = try r.u32()
            if slot == JournalRecord.noSlot {
                e.filter = try r.string(); e.destination = try r.string()
            } else {
                e.keySlot = slot
                let sealed = try r.data()
                if sealed.isEmpty {
                    // Written empty: the texts were erased before this snapshot.
                    e.textErased = true
                } else if let key = keys.key(slot), let plain = Sealer.open(sealed, key: key) {
                    do {
                        if v >= 4 {
                            try SealedFields.read(plain) { pr in
                                e.filter = pr.string(EventCodec.ExportTag.filter.rawValue)
                                e.destination = pr.string(EventCodec.ExportTag.destination.rawValue)
                            }
                        } else {
                            try plain.withReader { pr in e.filter = try pr.string(); e.destination = try pr.string() }
                        }
                    } catch {
                        loaded.damagedExports.append(e.seq)
                    }
                } else if keys.key(slot) == nil {
                    // Its key is gone (erased, or damaged past reading): an erasure after this
                    // snapshot must explain it, or it is damage (see `Store.confirmErasures`).
                    e.textErased = true
                    loaded.erasedExportSlots.append(slot)
                } else {
                    loaded.damagedExports.append(e.seq)
                }
            }
            s.exports.append(e)
        }
        if v >= 5 { try SnapshotSections.decode(&r, into: &s, keys: keys, snapshotVersion: v) }
    }
}

extension SnapshotCodec {
    /// The fixed-size end of a version 6 snapshot, before its checksum: where its parts are,
    /// and the digest of what a reader of one person reads besides that person.
    struct Trailer {
        static let size = 8 * 3 + 32
        var catalogueEnd: Int
        var restStart: Int
        var indexStart: Int
        var digest: [UInt8]

        func write(into w: inout BinaryWriter) {
            w.u64(UInt64(catalogueEnd)); w.u64(UInt64(restStart)); w.u64(UInt64(indexStart)); w.raw(digest)
        }

        static func read(_ r: inout BinaryReader) throws -> Trailer {
            func offset() throws -> Int {
                let v = try r.u64()
                guard v <= UInt64(Int.max) else { throw Invalid("the trailer is damaged", "zakończenie jest uszkodzone") }
                return Int(v)
            }
            return Trailer(catalogueEnd: try offset(), restStart: try offset(), indexStart: try offset(), digest: try r.raw(32))
        }

        /// SHA-256 of the catalogue `[0, catalogueEnd)` followed by the rest and the index's
        /// page table `[restStart, tableEnd)`.
        static func globalDigest(_ all: UnsafeRawBufferPointer, catalogueEnd: Int, restStart: Int, tableEnd: Int) -> [UInt8] {
            var h = SHA256()
            h.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[0..<catalogueEnd]))
            h.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[restStart..<tableEnd]))
            return Array(h.finalize())
        }

        static func globalDigest(_ bytes: [UInt8], catalogueEnd: Int, restStart: Int, tableEnd: Int) -> [UInt8] {
            bytes.withUnsafeBytes { globalDigest($0, catalogueEnd: catalogueEnd, restStart: restStart, tableEnd: tableEnd) }
        }
    }
}

import Crypto
import Dispatch
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
/// Version 3 added the date of each purpose version and sealed export texts; version 2
/// snapshots (plain export texts, no version dates) are still read.
enum SnapshotCodec {
    static let magic: [UInt8] = Array("ZGS3".utf8)
    static let magicV2: [UInt8] = Array("ZGS2".utf8)

    static func isSnapshotMagic(_ bytes: ArraySlice<UInt8>) -> Bool {
        Array(bytes) == magic || Array(bytes) == magicV2
    }

    struct Loaded {
        var state: ZgodaState
        var seq: UInt64
        var headHash: [UInt8]
    }

    struct Invalid: Error { var reason: String }

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
        var w = BinaryWriter(capacity: 256 + s.contacts.count * 200)
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
        var body = BinaryWriter(capacity: s.contacts.count * 200)
        body.u32(UInt32(s.contacts.count))
        for contact in s.contacts.values {
            body.string(contact.id.rawValue); body.u32(contact.keySlot); body.date(contact.created); body.date(contact.updated)
            body.bool(contact.anonymized)
            let decisions = s.decisions[contact.id] ?? []
            body.u32(UInt32(decisions.count))
            for d in decisions {
                body.u32(table.id(d.purpose)); body.u32(UInt32(d.purposeVersion))
                body.u8(UInt8(Decision.allCases.firstIndex(of: d.decision)!))
                body.u8(UInt8(ConsentSource.allCases.firstIndex(of: d.source)!))
                body.date(d.at); body.u32(table.id(d.operator)); body.optionalDate(d.expires); body.u32(table.id(d.wordingHash))
            }
            if contact.anonymized {
                body.data([])
            } else {
                var p = BinaryWriter(capacity: 160)
                EventCodec.encodeDetails(contact.details, into: &p)
                for d in decisions { p.optionalString(d.evidence) }
                guard let key = keys.key(contact.keySlot) else {
                    throw ZgodaError.damaged("the key of contact \(contact.id) is missing")
                }
                body.data(try Sealer.seal(p.bytes, key: key))
            }
        }
        w.strings(table.strings)
        w.raw(body.bytes)

        w.u32(UInt32(s.requests.count))
        for r in s.requests.values {
            w.string(r.id); w.string(r.contact.rawValue); w.string(r.type.rawValue); w.string(r.received.description)
            w.string(r.status.rawValue); w.optionalString(r.closed?.description)
            if let res = r.resolution, let slot = s.contacts[r.contact]?.keySlot, let key = keys.key(slot) {
                var p = BinaryWriter(); p.string(res)
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
                    var p = BinaryWriter(); p.string(e.filter); p.string(e.destination)
                    w.data(try Sealer.seal(p.bytes, key: key))
                } else {
                    w.data([])
                }
            } else {
                w.u32(JournalRecord.noSlot); w.string(e.filter); w.string(e.destination)
            }
        }
        w.raw(SHA256Hex.digest(w.bytes))
        return w.bytes
    }

    /// A contact as parsed, before its sealed part is opened.
    private struct PendingContact {
        var id: ContactID
        var slot: UInt32
        var created: Date
        var updated: Date
        var anonymized: Bool
        var decisions: [ConsentDecision]
        var sealed: Range<Int>
    }

    static func decode(_ bytes: [UInt8], keys: KeyStore) throws -> Loaded {
        guard bytes.count > 4 + 8 + 32 + 32, isSnapshotMagic(bytes[0..<4]) else { throw Invalid(reason: "not a snapshot") }
        let v3 = Array(bytes[0..<4]) == magic
        let bodyEnd = bytes.count - 32
        let ok = bytes.withUnsafeBytes { buf in
            SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: buf[0..<bodyEnd])) == Array(buf[bodyEnd...])
        }
        guard ok else { throw Invalid(reason: "checksum mismatch") }
        do {
            return try bytes.withUnsafeBytes { all in
                var r = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<bodyEnd]), offset: 4)
                let seq = try r.u64(), head = try r.raw(32)
                var s = ZgodaState()
                s.controller = DataController(name: try r.string(), address: try r.string(), email: try r.string(), dpo: try r.string())
                for _ in 0..<Int(try r.u32()) {
                    let p = try EventCodec.decodePurpose(&r); s.purposes[p.id] = p
                }
                for _ in 0..<Int(try r.u32()) {
                    let p = try EventCodec.decodePurpose(&r); s.purposeVersions[p.id, default: [:]][p.version] = p
                    if v3, let since = try r.optionalDate() { s.purposeVersionDates[p.id, default: [:]][p.version] = since }
                }
                let table = try r.strings()
                func str(_ i: UInt32) throws -> String {
                    guard Int(i) < table.count else { throw Invalid(reason: "bad string reference") }
                    return table[Int(i)]
                }
                let count = Int(try r.u32())
                var pending: [PendingContact] = []
                pending.reserveCapacity(count)
                for _ in 0..<count {
                    let id = ContactID(try r.string()), slot = try r.u32()
                    let created = try r.date(), updated = try r.date(), anonymized = try r.bool()
                    let nd = Int(try r.u32())
                    var decisions: [ConsentDecision] = []
                    decisions.reserveCapacity(nd)
                    for _ in 0..<nd {
                        let purpose = try str(try r.u32()), version = Int(try r.u32())
                        let dc = Int(try r.u8()), sc = Int(try r.u8())
                        guard dc < Decision.allCases.count, sc < ConsentSource.allCases.count else { throw Invalid(reason: "bad decision") }
                        let at = try r.date(), op = try str(try r.u32()), expires = try r.optionalDate(), hash = try str(try r.u32())
                        decisions.append(ConsentDecision(contact: id, purpose: purpose, purposeVersion: version,
                                                         decision: Decision.allCases[dc], source: ConsentSource.allCases[sc],
                                                         evidence: nil, at: at, operator: op, expires: expires, wordingHash: hash))
                    }
                    let len = Int(try r.u32())
                    try r.need(len)
                    pending.append(PendingContact(id: id, slot: slot, created: created, updated: updated, anonymized: anonymized,
                                                  decisions: decisions, sealed: r.offset..<(r.offset + len)))
                    r.offset += len
                }
                let opened = openAll(pending, bytes: all, keys: keys)
                s.contacts.reserveCapacity(count)
                s.decisions.reserveCapacity(count)
                for (i, var p) in pending.enumerated() {
                    var details = ContactDetails.erased
                    if let (d, evidence) = opened[i] {
                        details = d
                        for j in p.decisions.indices where j < evidence.count { p.decisions[j].evidence = evidence[j] }
                    }
                    s.contacts[p.id] = Contact(id: p.id, details: details, created: p.created, updated: p.updated,
                                               anonymized: p.anonymized, keySlot: p.slot)
                    if !p.decisions.isEmpty { s.decisions[p.id] = p.decisions }
                }
                for _ in 0..<Int(try r.u32()) {
                    let id = try r.string(), contact = ContactID(try r.string())
                    guard let type = RequestType(rawValue: try r.string()), let received = Day(parsing: try r.string()),
                          let status = RequestStatus(rawValue: try r.string()) else { throw Invalid(reason: "bad request") }
                    let closed = try r.optionalString().flatMap(Day.init(parsing:))
                    let sealed = try r.data()
                    var resolution: String? = nil
                    if !sealed.isEmpty, let slot = s.contacts[contact]?.keySlot, let key = keys.key(slot),
                       let plain = Sealer.open(sealed, key: key) {
                        resolution = try plain.withReader { try $0.string() }
                    }
                    s.requests[id] = DataSubjectRequest(id: id, contact: contact, type: type, received: received,
                                                        status: status, closed: closed, resolution: resolution)
                }
                s.suppression = Set(try r.strings())
                for _ in 0..<Int(try r.u32()) {
                    if !v3 {
                        s.exports.append(ExportRecord(seq: try r.u64(), at: try r.date(), operator: try r.string(), format: try r.string(),
                                                      filter: try r.string(), destination: try r.string(),
                                                      contacts: try r.strings().map { ContactID($0) }))
                        continue
                    }
                    var e = ExportRecord(seq: try r.u64(), at: try r.date(), operator: try r.string(), format: try r.string(),
                                         filter: "", destination: "", contacts: try r.strings().map { ContactID($0) })
                    let slot = try r.u32()
                    if slot == JournalRecord.noSlot {
                        e.filter = try r.string(); e.destination = try r.string()
                    } else {
                        e.keySlot = slot
                        let sealed = try r.data()
                        if !sealed.isEmpty, let key = keys.key(slot), let plain = Sealer.open(sealed, key: key) {
                            try plain.withReader { pr in e.filter = try pr.string(); e.destination = try pr.string() }
                        } else {
                            e.textErased = true
                        }
                    }
                    s.exports.append(e)
                }
                guard r.atEnd else { throw Invalid(reason: "trailing bytes") }
                return Loaded(state: s, seq: seq, headHash: head)
            }
        } catch is BinaryReader.Truncated {
            throw Invalid(reason: "truncated")
        }
    }

    /// Opens every contact's sealed part on all cores: at 100k people this is most of the work
    /// of opening a directory. Unreadable parts (erased keys) come back as nil.
    private static func openAll(_ pending: [PendingContact], bytes: UnsafeRawBufferPointer, keys: KeyStore)
        -> [(ContactDetails, [String?])?] {
        let n = pending.count
        let out = UnsafeMutableBufferPointer<(ContactDetails, [String?])?>.allocate(capacity: n)
        out.initialize(repeating: nil)
        defer { out.deallocate() }
        let chunks = max(1, min(n / 2_000, ProcessInfo.processInfo.activeProcessorCount * 4))
        // Safe to share: every thread only reads `items`, `bytes` and the key store, and writes
        // its own disjoint range of `out`.
        struct Shared: @unchecked Sendable {
            let items: UnsafeBufferPointer<PendingContact>
            let bytes: UnsafeRawBufferPointer
            let keys: KeyStore
            let out: UnsafeMutableBufferPointer<(ContactDetails, [String?])?>
        }
        pending.withUnsafeBufferPointer { items in
            let shared = Shared(items: items, bytes: bytes, keys: keys, out: out)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lo = n * chunk / chunks, hi = n * (chunk + 1) / chunks
                for i in lo..<hi {
                    let p = shared.items[i]
                    guard !p.anonymized, !p.sealed.isEmpty, let key = shared.keys.uncachedKey(p.slot),
                          let plain = Sealer.open(Array(shared.bytes[p.sealed]), key: key) else { continue }
                    shared.out[i] = try? plain.withReader { pr -> (ContactDetails, [String?]) in
                        let d = try EventCodec.decodeDetails(&pr)
                        var evidence: [String?] = []
                        evidence.reserveCapacity(p.decisions.count)
                        for _ in p.decisions { evidence.append(try pr.optionalString()) }
                        return (d, evidence)
                    }
                }
            }
        }
        return Array(out)
    }
}

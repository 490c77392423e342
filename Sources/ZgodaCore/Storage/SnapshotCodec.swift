import Crypto
import Foundation

/// Whole-state snapshots.
///
/// ```
/// "ZGS2" · u64 seq · headHash[32] · body · sha256[32] of everything before it
/// ```
/// Personal values of each contact (details, evidence texts, request resolutions) are sealed
/// with that person's key, exactly as in the journal, so erasing the key makes every older
/// snapshot unreadable for that person too. Export filters and destinations are sealed with
/// each export's own key.
///
/// Version 2 added the date of each purpose version and sealed export texts; version 1
/// snapshots (plain export texts, no version dates) are still read.
enum SnapshotCodec {
    static let magic: [UInt8] = Array("ZGS2".utf8)
    static let magicV1: [UInt8] = Array("ZGS1".utf8)

    static func isSnapshotMagic(_ bytes: ArraySlice<UInt8>) -> Bool {
        Array(bytes) == magic || Array(bytes) == magicV1
    }

    struct Loaded {
        var state: ZgodaState
        var seq: UInt64
        var headHash: [UInt8]
    }

    static func encode(_ s: ZgodaState, seq: UInt64, headHash: [UInt8], keys: KeyStore) throws -> [UInt8] {
        var w = BinaryWriter(capacity: 256 + s.contacts.count * 256)
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

        w.u32(UInt32(s.contacts.count))
        for contact in s.contacts.values {
            w.string(contact.id.rawValue); w.u32(contact.keySlot); w.date(contact.created); w.date(contact.updated)
            w.bool(contact.anonymized)
            let decisions = s.decisions[contact.id] ?? []
            w.u32(UInt32(decisions.count))
            for d in decisions {
                w.string(d.purpose); w.u32(UInt32(d.purposeVersion)); w.string(d.decision.rawValue)
                w.string(d.source.rawValue); w.date(d.at); w.string(d.operator); w.optionalDate(d.expires); w.string(d.wordingHash)
            }
            if contact.anonymized {
                w.data([])
            } else {
                var p = BinaryWriter(capacity: 160)
                EventCodec.encodeDetails(contact.details, into: &p)
                for d in decisions { p.optionalString(d.evidence) }
                guard let key = keys.key(contact.keySlot) else {
                    throw ZgodaError.damaged("the key of contact \(contact.id) is missing")
                }
                w.data(try Sealer.seal(p.bytes, key: key))
            }
        }

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

    struct Invalid: Error { var reason: String }

    static func decode(_ bytes: [UInt8], keys: KeyStore) throws -> Loaded {
        guard bytes.count > 4 + 8 + 32 + 32, isSnapshotMagic(bytes[0..<4]) else { throw Invalid(reason: "not a snapshot") }
        let v2 = Array(bytes[0..<4]) == magic
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
                    if v2, let since = try r.optionalDate() { s.purposeVersionDates[p.id, default: [:]][p.version] = since }
                }
                let count = Int(try r.u32())
                s.contacts.reserveCapacity(count)
                for _ in 0..<count {
                    let id = ContactID(try r.string()), slot = try r.u32()
                    let created = try r.date(), updated = try r.date(), anonymized = try r.bool()
                    let nd = Int(try r.u32())
                    var decisions: [ConsentDecision] = []
                    decisions.reserveCapacity(nd)
                    for _ in 0..<nd {
                        let purpose = try r.string(), version = Int(try r.u32())
                        guard let decision = Decision(rawValue: try r.string()),
                              let source = ConsentSource(rawValue: try r.string()) else { throw Invalid(reason: "bad decision") }
                        let at = try r.date(), op = try r.string(), expires = try r.optionalDate(), hash = try r.string()
                        decisions.append(ConsentDecision(contact: id, purpose: purpose, purposeVersion: version, decision: decision,
                                                         source: source, evidence: nil, at: at, operator: op,
                                                         expires: expires, wordingHash: hash))
                    }
                    let sealed = try r.data()
                    var details = ContactDetails.erased
                    if !sealed.isEmpty, let key = keys.key(slot), let plain = Sealer.open(sealed, key: key) {
                        try plain.withReader { pr in
                            details = try EventCodec.decodeDetails(&pr)
                            for i in decisions.indices { decisions[i].evidence = try pr.optionalString() }
                        }
                    }
                    s.contacts[id] = Contact(id: id, details: details, created: created, updated: updated,
                                             anonymized: anonymized, keySlot: slot)
                    if !decisions.isEmpty { s.decisions[id] = decisions }
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
                    if !v2 {
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
}

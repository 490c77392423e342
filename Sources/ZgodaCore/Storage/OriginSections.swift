import Foundation

/// Snapshot section 16: where contacts' data came from (`ZgodaState.origins`). The origins
/// are few (one per import, a handful of others) and the contacts many, so each distinct
/// origin is written once and each contact names it by number:
///
/// ```
/// u32 n · (string kind · string detail · u8 fromPerson)ⁿ · u32 m · (string contact · u32 origin)ᵐ
/// ```
enum ContactOriginSection: SnapshotSection {
    static let tag: UInt16 = 16

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        if state.origins.isEmpty { return nil }
        var numbers: [DataOrigin: UInt32] = [:]
        var list: [DataOrigin] = []
        var rows: [(String, UInt32)] = []
        rows.reserveCapacity(state.origins.count)
        // In the contacts' order, so that the same state always makes the same bytes.
        for id in state.contacts.keys {
            guard let origin = state.origins[id] else { continue }
            let n: UInt32
            if let known = numbers[origin] { n = known } else { n = UInt32(list.count); numbers[origin] = n; list.append(origin) }
            rows.append((id.rawValue, n))
        }
        var w = BinaryWriter()
        w.u32(UInt32(list.count))
        for o in list { w.string(o.kind.rawValue); w.string(o.detail); w.u8(o.fromPerson ? 1 : 0) }
        w.u32(UInt32(rows.count))
        for (id, n) in rows { w.string(id); w.u32(n) }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        guard n <= r.remaining / 9 else { throw SnapshotCodec.Invalid("origin section: \(n) origins", "sekcja pochodzenia: \(n) pochodzeń") }
        let list = try (0..<n).map { _ -> DataOrigin in
            let kindName = try r.string(), detail = try r.string(), from = try r.u8()
            guard let kind = DataOrigin.Kind(rawValue: kindName) else { throw SnapshotCodec.NewerVersion(version: SnapshotCodec.version + 1) }
            guard from <= 1 else { throw SnapshotCodec.Invalid("origin section: bad flag", "sekcja pochodzenia: zły znacznik") }
            return DataOrigin(kind: kind, detail: detail, fromPerson: from == 1)
        }
        let m = Int(try r.u32())
        guard m <= r.remaining / 8 else { throw SnapshotCodec.Invalid("origin section: \(m) contacts", "sekcja pochodzenia: \(m) kontaktów") }
        // One entry for nearly every person: room made once rather than by repeated growth.
        state.origins.reserveCapacity(state.origins.count + m)
        for _ in 0..<m {
            let id = ContactID(try r.string()), k = Int(try r.u32())
            guard k < list.count, state.contacts[id] != nil else {
                throw SnapshotCodec.Invalid("origin section names \(id), which the snapshot does not hold",
                                            "sekcja pochodzenia wskazuje \(id), którego migawka nie zawiera")
            }
            state.origins[id] = list[k]
        }
    }
}

/// Snapshot section 17: the Art. 14 notices given (`ZgodaState.notices`), in the contacts' order.
///
/// ```
/// u32 n · (string contact · i64 at · string channel)ⁿ
/// ```
enum NoticeSection: SnapshotSection {
    static let tag: UInt16 = 17

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        if state.notices.isEmpty { return nil }
        var w = BinaryWriter()
        let given = state.contacts.keys.compactMap { id in state.notices[id].map { (id, $0) } }
        w.u32(UInt32(given.count))
        for (id, notice) in given { w.string(id.rawValue); w.date(notice.at); w.string(notice.channel.rawValue) }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        for _ in 0..<n {
            let id = ContactID(try r.string()), at = try r.date(), name = try r.string()
            guard let channel = NoticeChannel(rawValue: name) else { throw SnapshotCodec.NewerVersion(version: SnapshotCodec.version + 1) }
            guard state.contacts[id] != nil else {
                throw SnapshotCodec.Invalid("notice section names \(id), which the snapshot does not hold",
                                            "sekcja powiadomień wskazuje \(id), którego migawka nie zawiera")
            }
            state.notices[id] = Art14Notice(at: at, channel: channel)
        }
    }
}

import Foundation

/// Personal values in snapshot sections, sealed with the person's key exactly as in the
/// journal, so an erasure reaches the sections of every older snapshot too.
enum SectionSealing {
    /// `part` sealed with `contact`'s key; empty when the person is erased (nothing is kept).
    static func seal(_ part: SealedFields.Writer, for contact: ContactID, in state: ZgodaState, keys: KeyStore) throws -> [UInt8] {
        guard let c = state.contacts[contact], !c.anonymized, let key = keys.key(c.keySlot) else { return [] }
        return try Sealer.seal(part.bytes, key: key)
    }

    /// Opens what `seal` wrote and reads it with `body`; nil for an empty part or an erased
    /// person. A part that does not open for a person who is not erased is damage: the
    /// snapshot is refused (the loader then falls back to an older one and the journal).
    static func open<T>(_ sealed: [UInt8], for contact: ContactID, in state: ZgodaState, keys: KeyStore,
                        _ body: (SealedFields.Reader) throws -> T) throws -> T? {
        if sealed.isEmpty { return nil }
        // Read for some people: anyone else's part stays sealed.
        if let only = state.loadedPeople, !only.contains(contact) { return nil }
        guard let c = state.contacts[contact] else { throw SnapshotCodec.Invalid("a section names unknown contact \(contact)", "sekcja wskazuje nieznany kontakt \(contact)") }
        if c.anonymized { return nil }
        guard let key = keys.key(c.keySlot), let plain = Sealer.open(sealed, key: key) else {
            throw SnapshotCodec.Invalid("a section's personal part of contact \(contact) does not open", "część osobowa kontaktu \(contact) w sekcji nie otwiera się")
        }
        do { return try SealedFields.read(plain, body) } catch { throw SnapshotCodec.Invalid("a section's personal part of contact \(contact) does not parse", "nie można odczytać części osobowej kontaktu \(contact) w sekcji") }
    }
}

/// Snapshot section 11: the forms and reports issued about each person (`ZgodaState.documents`).
///
/// ```
/// u32 people · (string contact · u32 n · (u64 seq · i64 at · string kind · string format
///               · data sealed(tag 1 destination)))*
/// ```
enum DocumentSection: SnapshotSection {
    static let tag: UInt16 = 11

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        let people = state.contacts.keys.filter { !(state.documents[$0]?.isEmpty ?? true) }
        if people.isEmpty { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(people.count))
        for id in people {
            let list = state.documents[id] ?? []
            w.string(id.rawValue); w.u32(UInt32(list.count))
            for d in list {
                w.u64(d.seq); w.date(d.at); w.string(d.kind); w.string(d.format)
                var part = SealedFields.Writer()
                part.optionalString(EventCodec.DocumentTag.destination.rawValue, d.destination)
                w.data(d.destination == nil ? [] : try SectionSealing.seal(part, for: id, in: state, keys: keys))
            }
        }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let people = Int(try r.u32())
        for _ in 0..<people {
            let id = ContactID(try r.string()), n = Int(try r.u32())
            guard n <= r.remaining / 28 else { throw BinaryReader.Truncated() }
            var list: [DocumentRecord] = []
            for _ in 0..<n {
                let seq = try r.u64(), at = try r.date(), kind = try r.string(), format = try r.string()
                let destination = try SectionSealing.open(try r.data(), for: id, in: state, keys: keys) {
                    $0.optionalString(EventCodec.DocumentTag.destination.rawValue)
                } ?? nil
                list.append(DocumentRecord(seq: seq, at: at, kind: kind, format: format, destination: destination))
            }
            state.documents[id] = list
        }
    }
}

/// Snapshot section 12: the extended deadlines of requests (`DataSubjectRequest.extended`).
///
/// ```
/// u32 n · (string request · string due · data sealed(tag 1 reason))*
/// ```
enum RequestExtensionSection: SnapshotSection {
    static let tag: UInt16 = 12

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        let extended = state.requests.values.filter(\.extended)
        if extended.isEmpty { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(extended.count))
        for r in extended {
            w.string(r.id); w.string(r.due.description)
            var part = SealedFields.Writer()
            part.optionalString(EventCodec.ExtensionTag.reason.rawValue, r.extensionReason)
            w.data(r.extensionReason == nil ? [] : try SectionSealing.seal(part, for: r.contact, in: state, keys: keys))
        }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        for _ in 0..<n {
            let id = try r.string()
            guard let due = Day(parsing: try r.string()), let request = state.requests[id] else {
                throw SnapshotCodec.Invalid("the request extension section names an unknown request or a bad date", "sekcja przedłużeń wniosków wskazuje nieznany wniosek lub błędną datę")
            }
            let reason = try SectionSealing.open(try r.data(), for: request.contact, in: state, keys: keys) {
                $0.optionalString(EventCodec.ExtensionTag.reason.rawValue)
            } ?? nil
            state.requests[id]?.due = due
            state.requests[id]?.extended = true
            state.requests[id]?.extensionReason = reason
        }
    }
}

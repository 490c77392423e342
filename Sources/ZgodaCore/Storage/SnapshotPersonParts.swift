import Crypto
import Foundation

/// What a version 6 snapshot keeps about a person inside the person's own entry, after the
/// parts every version has (details, decisions): where their data came from, the Art. 14
/// notice they were given and the documents issued about them. Version 5 kept these in
/// whole-state sections (16, 17 and 11), which a reader of one person would have had to read
/// for everyone.
///
/// ```
/// parts = u32 origin (an index into the snapshot's origin table; 0xFFFFFFFF for none)
///         · u8 notice (0 | 1 · i64 at · string channel)
///         · u32 n · (u64 seq · i64 at · string kind · string format · data sealed(tag 1 destination))ⁿ
/// ```
/// Document destinations are sealed with the person's key, as in the journal.
struct SnapshotPersonParts: Equatable {
    var origin: DataOrigin?
    var notice: Art14Notice?
    var documents: [DocumentRecord] = []

    static let noOrigin = UInt32.max

    /// The distinct origins, each once, in the order the contacts first name them; a snapshot
    /// writes this table before the people, who name their origin by its number.
    struct OriginTable {
        var list: [DataOrigin] = []
        var numbers: [DataOrigin: UInt32] = [:]

        init(_ state: ZgodaState) {
            for id in state.contacts.keys {
                guard let o = state.origins[id], numbers[o] == nil else { continue }
                numbers[o] = UInt32(list.count); list.append(o)
            }
        }

        init(list: [DataOrigin]) { self.list = list }

        func write(into w: inout BinaryWriter) {
            w.u32(UInt32(list.count))
            for o in list { w.string(o.kind.rawValue); w.string(o.detail); w.u8(o.fromPerson ? 1 : 0) }
        }

        static func read(_ r: inout BinaryReader) throws -> OriginTable {
            let n = Int(try r.u32())
            guard n <= r.remaining / 9 else { throw SnapshotCodec.Invalid("origin table: \(n) origins", "tabela pochodzenia: \(n) pochodzeń") }
            return OriginTable(list: try (0..<n).map { _ in
                let kindName = try r.string(), detail = try r.string(), from = try r.u8()
                guard let kind = DataOrigin.Kind(rawValue: kindName) else { throw SnapshotCodec.NewerVersion(version: SnapshotCodec.version + 1) }
                guard from <= 1 else { throw SnapshotCodec.Invalid("origin table: bad flag", "tabela pochodzenia: zły znacznik") }
                return DataOrigin(kind: kind, detail: detail, fromPerson: from == 1)
            })
        }
    }

    /// Writes `contact`'s parts; `key` seals the document destinations (nil once erased, when
    /// none are kept).
    static func write(_ contact: Contact, state: ZgodaState, origins: OriginTable, key: SymmetricKey?,
                      into w: inout BinaryWriter) throws {
        let id = contact.id
        w.u32(state.origins[id].flatMap { origins.numbers[$0] } ?? noOrigin)
        if let n = state.notices[id] {
            w.u8(1); w.date(n.at); w.string(n.channel.rawValue)
        } else {
            w.u8(0)
        }
        let documents = state.documents[id] ?? []
        w.u32(UInt32(documents.count))
        for d in documents {
            w.u64(d.seq); w.date(d.at); w.string(d.kind); w.string(d.format)
            if let destination = d.destination, !contact.anonymized, let key {
                var part = SealedFields.Writer()
                part.optionalString(EventCodec.DocumentTag.destination.rawValue, destination)
                w.data(try Sealer.seal(part.bytes, key: key))
            } else {
                w.data([])
            }
        }
    }

    /// Moves `r` past a person's parts without reading them (the first pass over the people).
    static func skip(_ r: inout BinaryReader) throws {
        try r.need(4); r.offset += 4
        if try r.u8() != 0 {
            try r.need(8); r.offset += 8
            let n = Int(try r.u32()); try r.need(n); r.offset += n
        }
        let documents = Int(try r.u32())
        for _ in 0..<documents {
            try r.need(16); r.offset += 16
            for _ in 0..<3 { let n = Int(try r.u32()); try r.need(n); r.offset += n }
        }
    }

    /// Reads a person's parts. `key` gives the key that opens the document destinations, asked
    /// for only when there is one to open; nil when the person is erased or their key cannot
    /// be read (the destinations are then unknown, and the caller has already said why). It
    /// runs on several cores at once while a snapshot is read: it must not touch shared state
    /// (`KeyStore.uncachedKey`, never the caching `key`).
    static func read(_ r: inout BinaryReader, origins: [DataOrigin], key: () -> SymmetricKey?) throws -> SnapshotPersonParts {
        var parts = SnapshotPersonParts()
        let o = try r.u32()
        if o != noOrigin {
            guard Int(o) < origins.count else { throw SnapshotCodec.Invalid("a person names origin \(o), which the table does not hold",
                                                                            "osoba wskazuje pochodzenie \(o), którego tabela nie zawiera") }
            parts.origin = origins[Int(o)]
        }
        switch try r.u8() {
        case 0: break
        case 1:
            let at = try r.date(), name = try r.string()
            guard let channel = NoticeChannel(rawValue: name) else { throw SnapshotCodec.NewerVersion(version: SnapshotCodec.version + 1) }
            parts.notice = Art14Notice(at: at, channel: channel)
        default:
            throw SnapshotCodec.Invalid("a person's notice flag is damaged", "znacznik powiadomienia osoby jest uszkodzony")
        }
        let n = Int(try r.u32())
        guard n <= r.remaining / 28 else { throw BinaryReader.Truncated() }
        parts.documents.reserveCapacity(n)
        var opener: SymmetricKey?? = nil
        for _ in 0..<n {
            let seq = try r.u64(), at = try r.date(), kind = try r.string(), format = try r.string()
            let sealed = try r.data()
            var destination: String? = nil
            if opener == nil && !sealed.isEmpty { opener = .some(key()) }
            if !sealed.isEmpty, let key = opener ?? nil {
                guard let plain = Sealer.open(sealed, key: key) else {
                    throw SnapshotCodec.Invalid("a document's destination does not open", "miejsce docelowe dokumentu nie otwiera się")
                }
                do {
                    destination = try SealedFields.read(plain) { $0.optionalString(EventCodec.DocumentTag.destination.rawValue) }
                } catch {
                    throw SnapshotCodec.Invalid("a document's destination does not parse", "nie można odczytać miejsca docelowego dokumentu")
                }
            }
            parts.documents.append(DocumentRecord(seq: seq, at: at, kind: kind, format: format, destination: destination))
        }
        return parts
    }

    /// Puts the parts into `state` for `id`.
    func apply(to state: inout ZgodaState, for id: ContactID) {
        if let origin { state.origins[id] = origin }
        if let notice { state.notices[id] = notice }
        if !documents.isEmpty { state.documents[id] = documents }
    }
}

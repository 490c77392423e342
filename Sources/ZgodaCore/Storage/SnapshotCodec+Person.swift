import Foundation

extension SnapshotCodec {
    /// Reads the catalogue, the rest and one person's entry from a version 6 snapshot, and no
    /// one else's: the state it gives holds that person alone (`ZgodaState.loadedOnly`), or no
    /// one when the snapshot does not hold them. Nil for an older snapshot, which has no index
    /// and must be read whole.
    static func decodePerson(_ all: UnsafeRawBufferPointer, person id: ContactID, keys: KeyStore) throws -> Loaded? {
        try decodePeople(all, people: [id], keys: keys)
    }

    /// `decodePerson` for several people at once (a screenful of the contact list): the
    /// catalogue and the rest are read once, and each person's entry through the index. The
    /// state holds those of them the snapshot has (`ZgodaState.loadedPeople`).
    ///
    /// The file's checksum is not computed (it covers everyone); what is read is checked on its
    /// own instead: the catalogue, rest and page table against the trailer's digest, the index
    /// page against the table, the entry against the index.
    static func decodePeople(_ all: UnsafeRawBufferPointer, people: [ContactID], keys: KeyStore) throws -> Loaded? {
        guard all.count > 4 + 8 + 32 + Trailer.size + 32, let v = version(of: Array(all[0..<4])[...]) else {
            throw Invalid("not a snapshot", "to nie jest migawka")
        }
        guard v <= version else { throw NewerVersion(version: v) }
        guard v >= 6 else { return nil }
        do {
            let (trailer, layout) = try locateParts(all)
            var r = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<trailer.catalogueEnd]), offset: 4)
            var loaded = Loaded(state: ZgodaState(), seq: try r.u64(), headHash: try r.raw(32))
            var s = ZgodaState()
            let (table, origins, count) = try decodeCatalogue(&r, into: &s, version: v)
            guard r.atEnd, count == layout.count else { throw Invalid("the catalogue does not match the index", "katalog nie zgadza się z indeksem") }

            for id in people where s.contacts[id] == nil {
                for entry in try SnapshotPersonIndex.entries(withKey: SnapshotPersonIndex.key(id), in: all, layout: layout) {
                    var pr = BinaryReader(try entryBytes(entry, in: all, trailer: trailer))
                    let person = try SnapshotContacts.decodeOne(&pr, table: table, version: v, keys: keys, origins: origins)
                    guard pr.atEnd else { throw Invalid("a person's entry has trailing bytes", "wpis osoby ma nadmiarowe bajty na końcu") }
                    guard person.contact.id == id else { continue }
                    s.contacts[id] = person.contact
                    if !person.decisions.isEmpty { s.decisions[id] = person.decisions }
                    if !person.former.isEmpty { s.formerDetails[id] = person.former }
                    person.parts.apply(to: &s, for: id)
                    if let problem = person.problem { loaded.unreadable[id] = problem }
                    break
                }
            }
            s.loadedPeople = Set(people)

            var rr = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<trailer.indexStart]), offset: trailer.restStart)
            try decodeRest(&rr, into: &s, loaded: &loaded, version: v, keys: keys)
            guard rr.atEnd else { throw Invalid("the rest does not end at the index", "reszta nie kończy się przy indeksie") }
            loaded.state = s
            return loaded
        } catch is BinaryReader.Truncated {
            throw Invalid("truncated", "ucięta")
        }
    }

    /// Checks that every entry of a version 6 snapshot's person index points at its person's
    /// entry, and that every person has one (`verify`). Nothing for older versions.
    static func checkPersonIndex(_ all: UnsafeRawBufferPointer) throws {
        guard all.count > 4 + 8 + 32 + Trailer.size + 32, let v = version(of: Array(all[0..<4])[...]), v >= 6, v <= version else { return }
        do {
            let (trailer, layout) = try locateParts(all)
            let entries = try SnapshotPersonIndex.allEntries(in: all, layout: layout)
            var seen = [Bool](repeating: false, count: layout.count)
            var byPosition = [(offset: UInt64, length: UInt32)](repeating: (0, 0), count: layout.count)
            var previous: (UInt64, UInt32)? = nil
            for e in entries {
                guard Int(e.position) < layout.count, !seen[Int(e.position)] else {
                    throw Invalid("the person index names position \(e.position) twice or out of range", "indeks osób podaje pozycję \(e.position) dwa razy albo poza zakresem")
                }
                seen[Int(e.position)] = true
                byPosition[Int(e.position)] = (e.offset, e.length)
                if let previous, previous >= (e.key, e.position) { throw Invalid("the person index is out of order", "indeks osób nie jest uporządkowany") }
                previous = (e.key, e.position)
                var r = BinaryReader(try entryBytes(e, in: all, trailer: trailer))
                guard SnapshotPersonIndex.key(ContactID(try r.string())) == e.key else {
                    throw Invalid("the person index names the wrong person at offset \(e.offset)", "indeks osób wskazuje złą osobę pod przesunięciem \(e.offset)")
                }
            }
            // The entries, in the people's order, cover the people's part exactly.
            var next = UInt64(trailer.catalogueEnd)
            for (offset, length) in byPosition {
                guard offset == next else { throw Invalid("the person index leaves a gap or an overlap at offset \(next)", "indeks osób zostawia lukę albo nakładanie pod przesunięciem \(next)") }
                next += UInt64(length)
            }
            guard next == UInt64(trailer.restStart) else { throw Invalid("the person index does not cover the people", "indeks osób nie obejmuje wszystkich osób") }
            // Each page against the table: its first key and its digest.
            for p in 0..<layout.pages {
                let row = layout.tableStart + p * SnapshotPersonIndex.pageRowSize
                let firstKey = UInt64(littleEndian: all.loadUnaligned(fromByteOffset: row, as: UInt64.self))
                guard firstKey == entries[p * SnapshotPersonIndex.pageEntries].key else {
                    throw Invalid("page \(p) of the person index does not start where the table says", "strona \(p) indeksu osób nie zaczyna się tam, gdzie podaje tabela")
                }
                let start = layout.entriesStart + p * SnapshotPersonIndex.pageEntries * SnapshotPersonIndex.entrySize
                let end = min(layout.end, start + SnapshotPersonIndex.pageEntries * SnapshotPersonIndex.entrySize)
                guard SnapshotPersonIndex.pageDigest(UnsafeRawBufferPointer(rebasing: all[start..<end])) == Array(all[(row + 8)..<(row + SnapshotPersonIndex.pageRowSize)]) else {
                    throw Invalid("page \(p) of the person index is damaged", "strona \(p) indeksu osób jest uszkodzona")
                }
            }
        } catch is BinaryReader.Truncated {
            throw Invalid("the person index is truncated", "indeks osób jest ucięty")
        }
    }

    /// The trailer and the index's layout of a version 6 snapshot, their bounds checked, and
    /// the global digest (catalogue, rest, page table) checked against the trailer.
    private static func locateParts(_ all: UnsafeRawBufferPointer) throws -> (Trailer, SnapshotPersonIndex.Layout) {
        let trailerStart = all.count - 32 - Trailer.size
        var tr = BinaryReader(all, offset: trailerStart)
        let trailer = try Trailer.read(&tr)
        guard 44 < trailer.catalogueEnd, trailer.catalogueEnd <= trailer.restStart, trailer.restStart <= trailer.indexStart,
              trailer.indexStart < trailerStart else { throw Invalid("the trailer is damaged", "zakończenie jest uszkodzone") }
        var ir = BinaryReader(UnsafeRawBufferPointer(rebasing: all[0..<trailerStart]), offset: trailer.indexStart)
        let layout = try SnapshotPersonIndex.layout(&ir)
        guard ir.atEnd else { throw Invalid("the person index does not end at the trailer", "indeks osób nie kończy się przy zakończeniu") }
        guard Trailer.globalDigest(all, catalogueEnd: trailer.catalogueEnd, restStart: trailer.restStart,
                                   tableEnd: layout.entriesStart) == trailer.digest else {
            throw Invalid("the global digest does not match", "niezgodny skrót części wspólnej")
        }
        return (trailer, layout)
    }

    /// The bytes of the person's entry an index entry points at, checked to lie among the
    /// people and against the entry's digest.
    private static func entryBytes(_ e: SnapshotPersonIndex.Entry, in all: UnsafeRawBufferPointer, trailer: Trailer) throws -> UnsafeRawBufferPointer {
        guard e.offset >= UInt64(trailer.catalogueEnd), e.offset + UInt64(e.length) <= UInt64(trailer.restStart) else {
            throw Invalid("the person index points outside the people", "indeks osób wskazuje poza osoby")
        }
        let start = Int(e.offset)
        let bytes = UnsafeRawBufferPointer(rebasing: all[start..<(start + Int(e.length))])
        guard SnapshotPersonIndex.digest8(bytes) == e.digest else {
            throw Invalid("the entry at offset \(start) does not match the person index", "wpis pod przesunięciem \(start) nie zgadza się z indeksem osób")
        }
        return bytes
    }
}

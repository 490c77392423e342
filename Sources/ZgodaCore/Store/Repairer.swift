import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda repair`: sets damaged data aside and makes the directory writable again.
///
/// The journal is cut at the first damaged record; the cut-off part and any damaged or
/// no-longer-matching snapshots are copied to `damaged/<time>/` first. Records after the
/// damage whose own checksum is still good are then appended again (new sequence numbers,
/// original time and operator), so no intact change is lost, and a `repair` record says what
/// was set aside.
public enum Repairer {
    public struct Result {
        /// What was done, in both languages.
        public var lineTexts: [Localized]
        /// Damage that repair could not undo (a key lost in both copies); empty when the
        /// directory is whole again.
        public var unresolvedTexts: [Localized] = []
        /// What was done, in the language of the run.
        public var lines: [String] { lineTexts.map(\.text) }
        /// What could not be undone, in the language of the run.
        public var unresolved: [String] { unresolvedTexts.map(\.text) }
    }

    public static func repair(_ dir: DataDirectory, options: StoreOptions) throws -> Result {
        guard dir.isInitialized else { throw ZgodaError.notADataDirectory(dir.path) }
        // Everything that can refuse is checked before anything changes: the format, the
        // permissions, the passphrase.
        let meta = try DirectoryMeta.load(dir)
        if let db = meta.database {
            // The server already refuses every record that does not continue the chain, and
            // commits whole records only: there is nothing torn to cut, and what is damaged
            // there is restored from the server's own backups, not by one member's client.
            throw ZgodaError.unsupported(ErrorReason(en: "\(dir.path) keeps its records in the team database \(db); repair works on a data directory's own files. Run 'zgoda verify' to see what is wrong, and restore the database from its backup (docs/team.md)",
                    pl: "\(dir.path) przechowuje swoje rekordy w bazie zespołu \(db); naprawa działa na własnych plikach katalogu danych. Uruchom „zgoda verify”, aby zobaczyć, co jest nie tak, i odtwórz bazę z kopii zapasowej (docs/team.md)"))
        }
        try dir.checkPermissions(allowShared: options.allowSharedPermissions)
        var options = options
        if meta.encryption != nil {
            guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
            let pass = try ask()
            _ = try meta.masterKey(passphrase: pass)
            // Asked once; the store below reuses the answer.
            options.passphrase = { pass }
        }
        let lock = try FileLock(path: dir.lockPath, mode: Files.mode(shared: options.allowSharedPermissions))
        var lines: [Localized] = []
        var salvaged: [JournalRecord] = []
        var lostSeqs: [UInt64] = []
        let stamp = ISOTime.string(options.clock.now()).replacingOccurrences(of: ":", with: "")
        let aside = dir.damagedDir + "/" + stamp
        func setAside(_ path: String) throws {
            try Files.makeDirectory(dir.damagedDir)
            try Files.makeDirectory(aside)
            let target = aside + "/" + (path as NSString).lastPathComponent
            if let bytes = try Files.read(path) { try Files.writeAtomically(bytes, to: target, io: options.io) }
        }

        var cutSeq: UInt64? = nil
        try lock.withExclusive {
            var expected: UInt64 = 1
            var prev = JournalRecord.zeroHash
            let segments = dir.segments()
            outer: for (i, seg) in segments.enumerated() {
                let bytes = try Files.read(seg.path) ?? []
                var pos = 0
                var damageAt: Int? = nil
                bytes.withUnsafeBytes { buf in
                    while pos < buf.count {
                        switch FrameReader.read(buf, at: pos) {
                        case let .record(rec, end):
                            if damageAt == nil {
                                if rec.seq == expected && rec.prevHash == prev {
                                    prev = rec.hash; expected += 1; pos = end; continue
                                }
                                damageAt = pos
                            }
                            salvaged.append(rec); pos = end
                        case .truncated, .corrupt:
                            if damageAt == nil { damageAt = pos }
                            lostSeqs.append(expected + UInt64(salvaged.count))
                            // The damaged record's own length may be what is damaged: go on from
                            // the next intact record, wherever it starts.
                            guard let next = FrameReader.nextRecord(in: buf, after: pos) else { return }
                            pos = next
                        }
                    }
                }
                guard let cut = damageAt else { continue }
                cutSeq = expected
                for later in segments[i...] { try setAside(later.path) }
                let fd = try Files.openReadWrite(seg.path)
                defer { close(fd) }
                try options.io.truncate(fd, to: Int64(cut)); try options.io.fsync(fd)
                for later in segments[(i + 1)...] {
                    // Keep the records of later segments for salvage, then remove the files.
                    let more = try Files.read(later.path) ?? []
                    var p = 0
                    more.withUnsafeBytes { buf in
                        while p < buf.count {
                            switch FrameReader.read(buf, at: p) {
                            case let .record(rec, end): salvaged.append(rec); p = end
                            case .corrupt, .truncated:
                                lostSeqs.append(0)
                                guard let next = FrameReader.nextRecord(in: buf, after: p) else { return }
                                p = next
                            }
                        }
                    }
                    unlink(later.path)
                }
                break outer
            }
            for snap in dir.snapshots() {
                let bad: Bool
                if let c = cutSeq, snap.seq >= c { bad = true } else {
                    let bytes = try Files.read(snap.path) ?? []
                    bad = bytes.count < 76 || bytes.withUnsafeBytes {
                        SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: $0[0..<($0.count - 32)])) != Array($0[($0.count - 32)...])
                    }
                }
                if bad {
                    try setAside(snap.path)
                    unlink(snap.path)
                    let name = (snap.path as NSString).lastPathComponent
                    lines.append(Localized(en: "set aside snapshot \(name)", pl: "odłożono migawkę \(name)"))
                }
            }
        }
        var opts = options
        opts.createIfMissing = false
        guard let cut = cutSeq else {
            if lines.isEmpty { lines.append(Localized(en: "the journal is intact", pl: "dziennik jest nienaruszony")) }
            let store = try Store.open(dir, options: opts)
            store.repairing = true
            var result = Result(lineTexts: lines)
            try repairKeys(store, into: &result)
            try acceptHead(store, into: &result)
            if result.lineTexts.count == 1 && result.unresolvedTexts.isEmpty {
                result.lineTexts = [Localized(en: "nothing to repair: the data directory is intact", pl: "nie ma czego naprawiać: katalog danych jest nienaruszony")]
            }
            return result
        }
        lines.append(Localized(en: "cut the journal before record \(cut); a copy of what was set aside is in \(aside)",
                               pl: "ucięto dziennik przed rekordem \(cut); kopia tego, co odłożono, jest w \(aside)"))
        // Reopen the now-consistent directory and append the intact records again.
        let store = try Store.open(dir, options: opts)
        store.repairing = true
        var restored = 0
        for rec in salvaged.sorted(by: { $0.seq < $1.seq }) {
            guard let entry = try? store.decodeEntry(rec) else { continue }
            do { try store.commitSalvaged(entry); restored += 1 } catch { lostSeqs.append(rec.seq) }
        }
        let note = "set aside records from \(cut) on (copy in damaged/\(stamp)); appended \(restored) intact record\(restored == 1 ? "" : "s") again" + (lostSeqs.isEmpty ? "" : "; \(lostSeqs.count) could not be recovered")
        try store.commit { _ in [.repaired(note: note)] }
        lines.append(Localized(en: "appended \(restored) intact record\(restored == 1 ? "" : "s") again; \(lostSeqs.count) lost",
                               pl: "dopisano ponownie nienaruszone rekordy: \(restored); utracone: \(lostSeqs.count)"))
        var result = Result(lineTexts: lines)
        try repairKeys(store, into: &result)
        try acceptHead(store, into: &result)
        return result
    }

    private static func restoredLine(_ slot: UInt32, _ owner: Store.KeyOwner?, _ file: String) -> Localized {
        Localized(en: "restored key slot \(slot)\(owner.map { " (\($0.label))" } ?? "") in \(file) from its good copy",
                  pl: "odtworzono gniazdo klucza \(slot)\(owner.map { " (\($0.name.pl))" } ?? "") w \(file) z jego dobrej kopii")
    }

    /// Restores every key slot spoilt in one copy from the other, and says which; a slot
    /// spoilt in both is reported as unresolved. A slot zeroed in one copy is restored only
    /// when its owner is alive (otherwise it is an erasure cut short, which the open finishes).
    private static func repairKeys(_ store: Store, into result: inout Result) throws {
        try store.lock.withExclusive {
            try store.keys.reload()
            let differing = store.keys.differingSlots()
            // Every slot's checksum is read once: `problems` checks them all.
            let suspects = Set(differing + store.keys.problems().map(\.slot))
            let owners = store.keyOwners(suspects)
            for slot in suspects.sorted() {
                let owner = owners[slot]
                let label = owner.map { " (\($0.label))" } ?? ""
                switch store.keys.health(slot) {
                case .oneCopyDamaged, .oneCopyShort:
                    if let file = try store.keys.restore(slot) { result.lineTexts.append(restoredLine(slot, owner, file)) }
                case .halfErased where owner?.alive == true:
                    if let file = try store.keys.restore(slot, overZero: true) { result.lineTexts.append(restoredLine(slot, owner, file)) }
                case .lost where owner?.alive == true:
                    let labelPL = owner.map { " (\($0.name.pl))" } ?? ""
                    result.unresolvedTexts.append(Localized(
                        en: "key slot \(slot)\(label) is damaged in both copies: its data cannot be read; restore keys.zk and \(KeyStore.copyFileName) from a backup",
                        pl: "gniazdo klucza \(slot)\(labelPL) jest uszkodzone w obu kopiach: nie można odczytać jego danych; odtwórz keys.zk i \(KeyStore.copyFileName) z kopii zapasowej"))
                default:
                    break
                }
            }
        }
        try store.reopen()
        for (id, reason) in store.damagedContacts where !result.unresolved.contains(where: { $0.contains(id.rawValue) }) {
            result.unresolvedTexts.append(Localized(en: "contact \(id): \(reason.en)", pl: "kontakt \(id): \(reason.pl)"))
        }
    }

    /// A journal shorter than, or different from, what this machine saw is accepted as it is,
    /// and the repair record says so.
    private static func acceptHead(_ store: Store, into result: inout Result) throws {
        // In English in every language: the note goes into the journal.
        guard let warning = store.headWarningText else { return }
        store.rememberHead(force: true)
        let note = "accepted the journal as it is, ending at record \(store.lastSeq) (\(warning.en.prefix { $0 != ":" }))"
        try store.commit { _ in [.repaired(note: note)] }
        result.lineTexts.append(Localized(en: note, pl: "przyjęto dziennik takim, jaki jest, kończący się na rekordzie \(store.lastSeq) (\(warning.pl.prefix { $0 != ":" }))"))
    }
}

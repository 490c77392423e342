import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The result of `zgoda verify`: whether every file of the data directory is intact and the
/// journal chained.
public struct VerificationReport: Equatable, Sendable {
    public struct Problem: Equatable, Sendable {
        public var seq: UInt64?
        public var file: String
        /// The message in both languages: the human report reads it in the language of the run.
        public var wording: Localized
        /// The message in English, in every language: the JSON report carries it.
        public var message: String { wording.en }

        public init(seq: UInt64?, file: String, message: Localized) {
            self.seq = seq; self.file = file; wording = message
        }
    }

    public var records: UInt64 = 0
    public var head: String = SHA256Hex.hex(JournalRecord.zeroHash)
    public var snapshotsChecked: Int = 0
    /// Key slots checked in each copy of the keys.
    public var keySlotsChecked: Int = 0
    /// Contacts whose personal data was opened and parsed (0 when it could not be: an
    /// encrypted directory without its passphrase).
    public var contactsChecked: Int = 0
    public var problems: [Problem] = []
    /// What was not checked, and why, in both languages.
    public var noteTexts: [Localized] = []
    /// The notes in English, in every language (the JSON report carries them).
    public var notes: [String] { noteTexts.map(\.en) }
    public var ok: Bool { problems.isEmpty }
}

public enum Verifier {
    /// Checks every file: `zgoda.json` (format, checksum), every journal record (checksum,
    /// sequence, chain), every snapshot (checksum, version, agreement with the journal), both
    /// copies of every key slot, and the search cache. With `options` (which give the
    /// passphrase of an encrypted directory), it also opens the store read-only and checks that
    /// every person's personal data opens and parses, and that every erased key belongs to an
    /// erased person. Changes nothing. A cancelled `progress` stops it with
    /// `ZgodaError.interrupted` (nothing is reported as checked then).
    public static func verify(_ dir: DataDirectory, options: StoreOptions? = nil, progress: WorkProgress = .none) throws -> VerificationReport {
        guard dir.isInitialized else { throw ZgodaError.notADataDirectory(dir.path) }
        var report = VerificationReport()
        var encrypted = false
        var source = RecordSource.files(of: dir)
        do {
            var meta = try DirectoryMeta.load(dir)
            if let url = meta.database {
                // A team's records: the same checks, on the database's rows.
                guard let options else { throw ZgodaError.unsupported(ErrorReason(en: "this build of zgoda has no team database support",
                    pl: "ta kompilacja zgody nie obsługuje bazy zespołu")) }
                let db = try options.connectTeam(url)
                meta = try DirectoryMeta.requireTeam(db)
                source = try RecordSource.tables(of: db)
            }
            encrypted = meta.encryption != nil
        } catch let e as ZgodaError {
            if case .newerFormat = e { throw e }
            if case .database = e { throw e }
            if case .unsupported = e { throw e }
            report.problems.append(.init(seq: nil, file: "zgoda.json", message: e.localized))
        }
        do { try dir.checkPermissions(allowShared: options?.allowSharedPermissions ?? false) } catch let e as ZgodaError {
            report.problems.append(.init(seq: nil, file: (dir.path as NSString).lastPathComponent, message: e.localized))
        }
        progress.begin(CoreText.Progress.checkingJournal.text, unit: CoreText.Progress.records.text)
        let hashes = try checkJournal(source, into: &report, progress: progress)
        progress.begin(CoreText.Progress.checkingSnapshots.text)
        checkSnapshots(source, journalHashes: hashes, into: &report)
        checkKeys(source, into: &report)
        try progress.checkCancelled()
        if var opts = options, report.problems.isEmpty {
            opts.readOnly = true
            opts.createIfMissing = false
            do {
                progress.begin(CoreText.Progress.openingPeople.text)
                let store = try Store.open(dir, options: opts)
                try progress.checkCancelled()
                progress.begin(CoreText.Progress.checkingPersonalData.text, unit: CoreText.Progress.records.text)
                try checkStore(store, into: &report, progress: progress)
            } catch ZgodaError.interrupted {
                throw ZgodaError.interrupted
            } catch ZgodaError.passphraseRequired {
                report.noteTexts.append(Localized(en: "personal data not opened: the directory is encrypted (set ZGODA_PASSPHRASE to check it too)", pl: "danych osobowych nie otwarto: katalog jest zaszyfrowany (ustaw ZGODA_PASSPHRASE, aby sprawdzić także je)"))
            } catch let e as ZgodaError {
                report.problems.append(.init(seq: nil, file: "", message: e.localized))
            }
        } else if options == nil || encrypted {
            report.noteTexts.append(Localized(en: "personal data not opened", pl: "danych osobowych nie otwarto"))
        }
        return report
    }

    /// Every journal record; returns the hashes at the sequence numbers snapshots were taken at.
    private static func checkJournal(_ source: RecordSource, into report: inout VerificationReport, progress: WorkProgress) throws -> [UInt64: [UInt8]] {
        var expected: UInt64 = 1
        var prev = JournalRecord.zeroHash
        var hashes: [UInt64: [UInt8]] = [:]
        let snapshotSeqs = Set(source.snapshots.map(\.seq))
        let segments = source.segments
        for (i, seg) in segments.enumerated() {
            try progress.checkCancelled()
            let name = seg.name
            let bytes: [UInt8]
            do { bytes = try seg.read() } catch let e as ZgodaError {
                report.problems.append(.init(seq: nil, file: name, message: e.localized)); continue
            }
            bytes.withUnsafeBytes { buf in
                forEachFrame(in: buf) { frame in
                    switch frame.read {
                    case let .record(rec, _) where frame.checksumOK:
                        if rec.seq != expected {
                            report.problems.append(.init(seq: expected, file: name,
                                message: rec.seq > expected
                                    ? Localized(en: "record \(expected) is missing (found \(rec.seq) next)", pl: "brakuje rekordu \(expected) (następny jest \(rec.seq))")
                                    : Localized(en: "record \(rec.seq) is out of order (expected \(expected))", pl: "rekord \(rec.seq) jest nie na swoim miejscu (oczekiwano \(expected))")))
                        } else if rec.prevHash != prev {
                            report.problems.append(.init(seq: rec.seq, file: name, message: Localized(en: "record \(rec.seq) does not chain to the record before it", pl: "rekord \(rec.seq) nie łączy się z poprzednim rekordem")))
                        }
                        if rec.flags & ~JournalRecord.knownFlags != 0 || !EventCodec.isKnownKind(rec.kindCode) {
                            report.problems.append(.init(seq: rec.seq, file: name, message: Localized(en: "record \(rec.seq) was written by a newer Zgoda", pl: "rekord \(rec.seq) zapisała nowsza wersja Zgody")))
                        }
                        if snapshotSeqs.contains(rec.seq) { hashes[rec.seq] = rec.hash }
                        prev = rec.hash
                        expected = rec.seq + 1
                        report.records += 1
                        if report.records % 4096 == 0 { progress.update(done: Int(report.records)) }
                    case .truncated:
                        // A team database commits whole records: nothing there is a torn write.
                        let torn = source.mayEndTorn && i == segments.count - 1 && !FrameReader.hasRecord(in: buf, after: frame.offset)
                        report.problems.append(.init(seq: expected, file: name,
                            message: torn ? Localized(en: "record \(expected) is incomplete (an interrupted write; the next change drops it)",
                                            pl: "rekord \(expected) jest niepełny (przerwany zapis; następna zmiana go pominie)")
                                : Localized(en: "record \(expected) is cut short or damaged", pl: "rekord \(expected) jest ucięty lub uszkodzony")))
                    case .record, .corrupt:
                        let end: Int?, reason: Localized
                        switch frame.read {
                        case let .record(_, e): end = e; reason = JournalRecord.checksumMismatch
                        case let .corrupt(_, e, why): end = e; reason = e == nil || frame.checksumOK ? JournalRecord.corruption(why) : JournalRecord.checksumMismatch
                        case .truncated: end = nil; reason = Localized(en: "cut short", pl: "ucięty")
                        }
                        report.problems.append(.init(seq: expected, file: name, message: Localized(en: "record \(expected) is damaged (\(reason.en))",
                                                                                                   pl: "rekord \(expected) jest uszkodzony (\(reason.pl))")))
                        guard let end else { break }
                        // Keep the chain going from the damaged record's stored hash.
                        prev = Array(buf[(end - 32)..<end])
                        expected += 1
                    }
                }
            }
            if seg.first > 1 && i == 0 {
                report.problems.insert(.init(seq: 1, file: name, message: Localized(en: "records 1 to \(seg.first - 1) are missing", pl: "brakuje rekordów od 1 do \(seg.first - 1)")), at: 0)
            }
        }
        report.head = SHA256Hex.hex(prev)
        return hashes
    }

    /// One frame of a segment, as `FrameReader` reads it, with whether its checksum matches.
    private struct CheckedFrame {
        var offset: Int
        var read: FrameRead
        var checksumOK: Bool
    }

    /// Every frame of a segment up to the first one whose length cannot be trusted, in order,
    /// each with its checksum checked. Framing is sequential (each frame's length says where
    /// the next starts); the checksums, most of the cost of a verify, are computed on all
    /// cores, a window of frames at a time so that memory stays bounded by the window.
    private static func forEachFrame(in buf: UnsafeRawBufferPointer, _ body: (CheckedFrame) -> Void) {
        let window = 16_384
        var pos = 0
        while pos < buf.count {
            var frames: [CheckedFrame] = []
            frames.reserveCapacity(window)
            while pos < buf.count && frames.count < window {
                let read = FrameReader.read(buf, at: pos, verifyHash: false)
                frames.append(CheckedFrame(offset: pos, read: read, checksumOK: false))
                switch read {
                case let .record(_, end), let .corrupt(_, end?, _): pos = end
                case .corrupt(_, nil, _), .truncated: pos = buf.count
                }
            }
            checksums(of: &frames, in: buf)
            frames.forEach(body)
        }
    }

    private static func checksums(of frames: inout [CheckedFrame], in buf: UnsafeRawBufferPointer) {
        let ok = frames.withUnsafeBufferPointer { all in
            ParallelMap.map(all.count, from: 4096) { i, _ -> Bool in
                let end: Int
                switch all[i].read {
                case let .record(_, e), let .corrupt(_, e?, _): end = e
                default: return false
                }
                let body = UnsafeRawBufferPointer(rebasing: buf[(all[i].offset + FrameReader.headerSize)..<(end - 32)])
                return SHA256Hex.digest(body).elementsEqual(buf[(end - 32)..<end])
            }
        }
        for i in frames.indices { frames[i].checksumOK = ok[i] }
    }

    private static func checkSnapshots(_ source: RecordSource, journalHashes hashes: [UInt64: [UInt8]], into report: inout VerificationReport) {
        for snap in source.snapshots {
            let name = snap.name
            let read = Result { try snap.read() }
            guard case let .success(found) = read, let bytes = found, bytes.count > 76 else {
                let failure = read.failure.map { ZgodaError.localized($0) }
                let why = (try? read.get()) == nil ? (failure ?? Localized(en: "snapshot cannot be read", pl: "nie można odczytać migawki"))
                    : Localized(en: "snapshot is empty", pl: "migawka jest pusta")
                report.problems.append(.init(seq: snap.seq, file: name, message: why)); continue
            }
            report.snapshotsChecked += 1
            if let v = SnapshotCodec.version(of: bytes[0..<4]), v > SnapshotCodec.version {
                report.problems.append(.init(seq: snap.seq, file: name, message: Localized(en: "snapshot was written by a newer Zgoda (version \(v))", pl: "migawkę zapisała nowsza wersja Zgody (wersja \(v))")))
                continue
            }
            let bodyEnd = bytes.count - 32
            let sumOK = bytes.withUnsafeBytes { SHA256Hex.digest(UnsafeRawBufferPointer(rebasing: $0[0..<bodyEnd])) == Array($0[bodyEnd...]) }
            if !sumOK || !SnapshotCodec.isSnapshotMagic(bytes[0..<4]) {
                report.problems.append(.init(seq: snap.seq, file: name, message: Localized(en: "snapshot at record \(snap.seq) is damaged (checksum mismatch)", pl: "migawka na rekordzie \(snap.seq) jest uszkodzona (niezgodna suma kontrolna)")))
                continue
            }
            // The person index is checked on its own: a reader of one person trusts it without
            // the file's checksum.
            do {
                try bytes.withUnsafeBytes { try SnapshotCodec.checkPersonIndex($0) }
            } catch let e as SnapshotCodec.Invalid {
                report.problems.append(.init(seq: snap.seq, file: name, message: Localized(en: "snapshot at record \(snap.seq) is damaged (\(e.wording.en))", pl: "migawka na rekordzie \(snap.seq) jest uszkodzona (\(e.wording.pl))")))
                continue
            } catch {
                report.problems.append(.init(seq: snap.seq, file: name, message: Localized(en: "snapshot at record \(snap.seq) is damaged (\(error))", pl: "migawka na rekordzie \(snap.seq) jest uszkodzona (\(error))")))
                continue
            }
            let head = Array(bytes[12..<44])
            if snap.seq > 0, let h = hashes[snap.seq], h != head {
                report.problems.append(.init(seq: snap.seq, file: name, message: Localized(en: "snapshot at record \(snap.seq) does not match the journal", pl: "migawka na rekordzie \(snap.seq) nie zgadza się z dziennikiem")))
            } else if snap.seq > 0 && hashes[snap.seq] == nil {
                report.problems.append(.init(seq: snap.seq, file: name, message: Localized(en: "snapshot at record \(snap.seq) has no matching journal record", pl: "migawka na rekordzie \(snap.seq) nie ma odpowiadającego rekordu w dzienniku")))
            }
        }
    }

    /// Both copies of every key slot, by their checksums alone (no passphrase needed: the
    /// check covers the wrapped bytes).
    private static func checkKeys(_ source: RecordSource, into report: inout VerificationReport) {
        let keys: KeyStore
        do { keys = try source.keys() } catch let e as ZgodaError {
            report.problems.append(.init(seq: nil, file: source.keysName, message: e.localized)); return
        } catch {
            report.problems.append(.init(seq: nil, file: source.keysName, message: Localized(en: "\(error)", pl: "\(error)"))); return
        }
        report.keySlotsChecked = Int(keys.slotCount)
        if source.keysHaveCopy && keys.fileNames.count < 2 {
            report.noteTexts.append(Localized(en: "keys.zk has no copy yet (a directory of format 1; the next change makes it)", pl: "keys.zk nie ma jeszcze kopii (katalog w formacie 1; następna zmiana ją utworzy)"))
        }
        for (slot, health) in keys.problems() {
            switch health {
            case let .oneCopyDamaged(file):
                report.problems.append(.init(seq: nil, file: file, message: Localized(en: "key slot \(slot) is damaged; the other copy is good: run 'zgoda repair' to restore it",
                                                                                   pl: "gniazdo klucza \(slot) jest uszkodzone; druga kopia jest dobra: uruchom „zgoda repair”, aby je odtworzyć")))
            case .lost:
                report.problems.append(.init(seq: nil, file: "keys.zk", message: Localized(en: "key slot \(slot) is damaged in every copy: the data it protects cannot be read; restore keys.zk from a backup",
                                                                                        pl: "gniazdo klucza \(slot) jest uszkodzone w każdej kopii: nie można odczytać chronionych nim danych; odtwórz keys.zk z kopii zapasowej")))
            default:
                // Half-erased slots are judged by their owner in `checkStore`.
                break
            }
        }
        if keys.hasPartialTail {
            report.noteTexts.append(Localized(en: "a key file ends in part of a slot (a write cut short); the next new key overwrites it", pl: "plik kluczy kończy się częścią gniazda (przerwany zapis); następny nowy klucz ją nadpisze"))
        }
    }

    /// What only the opened store can tell: whose data is unreadable, and whether every erased
    /// key belongs to someone erased.
    private static func checkStore(_ store: Store, into report: inout VerificationReport, progress: WorkProgress) throws {
        for (id, reason) in store.damagedContacts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            report.problems.append(.init(seq: nil, file: "keys.zk", message: Localized(en: "contact \(id): \(reason.en)", pl: "kontakt \(id): \(reason.pl)")))
        }
        if store.damagedSeq == nil, let reason = store.readOnlyWording, store.damagedContacts.isEmpty, reason != Store.openedForReading {
            report.problems.append(.init(seq: nil, file: "", message: reason))
        }
        if let head = store.headWarningText { report.problems.append(.init(seq: nil, file: "journal", message: head)) }
        let differing = store.keys.differingSlots()
        let owners = store.keyOwners(Set(differing))
        for slot in differing {
            guard case let .oneCopyShort(file) = store.keys.health(slot) else { continue }
            if let owner = owners[slot], owner.alive, !owner.isSearchCache {
                report.problems.append(.init(seq: nil, file: file, message: Localized(en: "key slot \(slot) (\(owner.label)) is missing; the other copy is good: run 'zgoda repair' to restore it",
                                                                                 pl: "brakuje gniazda klucza \(slot) (\(owner.name.pl)); druga kopia jest dobra: uruchom „zgoda repair”, aby je odtworzyć")))
            } else {
                report.noteTexts.append(Localized(en: "key slot \(slot): a new key written to one file only (a write cut short); the next open copies it",
                                                  pl: "gniazdo klucza \(slot): nowy klucz zapisany tylko w jednym pliku (przerwany zapis); następne otwarcie go skopiuje"))
            }
        }
        for slot in differing where store.keys.health(slot) == .halfErased {
            if let owner = owners[slot], owner.alive, !owner.isSearchCache {
                report.problems.append(.init(seq: nil, file: "keys.zk", message: Localized(en: "key slot \(slot) (\(owner.label)) is zeroed in one copy, but was never erased: run 'zgoda repair' to restore it",
                                                                                       pl: "gniazdo klucza \(slot) (\(owner.name.pl)) jest wyzerowane w jednej kopii, ale nigdy nie zostało wymazane: uruchom „zgoda repair”, aby je odtworzyć")))
            } else {
                report.noteTexts.append(Localized(en: "key slot \(slot): an erasure cut short; the next open finishes it",
                                                  pl: "gniazdo klucza \(slot): przerwane wymazywanie; następne otwarcie je dokończy"))
            }
        }
        for c in store.state.contacts.values where c.anonymized && !store.keys.isErased(c.keySlot) && store.keys.health(c.keySlot) != .halfErased {
            report.noteTexts.append(Localized(en: "contact \(c.id) is anonymised but their key is not yet destroyed; the next open destroys it",
                                              pl: "kontakt \(c.id) jest zanonimizowany, ale jego klucz nie został jeszcze zniszczony; następne otwarcie go zniszczy"))
        }
        report.contactsChecked = store.state.contacts.values.filter { !$0.anonymized && !$0.damaged }.count
        checkSearchCache(store, into: &report)
        // Records older than the newest snapshot are not read by the open: check them all here.
        do {
            let known = Set(store.damagedContacts.keys)
            for r in try store.unreadablePersonalParts(progress: progress) {
                if let c = r.contact, known.contains(c) { continue }
                report.problems.append(.init(seq: r.seq, file: "journal", message: Localized(en: "record \(r.seq): its personal part cannot be read (damaged, not erased)",
                                                                                        pl: "rekord \(r.seq): nie można odczytać jego części osobowej (uszkodzona, nie usunięta)")))
            }
        } catch ZgodaError.interrupted {
            throw ZgodaError.interrupted
        } catch let e as ZgodaError {
            report.problems.append(.init(seq: nil, file: "journal", message: e.localized))
        } catch {
            report.problems.append(.init(seq: nil, file: "journal", message: Localized(en: "\(error)", pl: "\(error)")))
        }
    }

    static let searchCacheDamaged = Localized(en: "the search cache is damaged: delete it (it is rebuilt)",
                                              pl: "pamięć podręczna wyszukiwania jest uszkodzona: usuń ją (zostanie odbudowana)")

    /// The search cache is derived: a stale one is normal; one that does not open is damage,
    /// which deleting the file repairs (it is rebuilt).
    private static func checkSearchCache(_ store: Store, into report: inout VerificationReport) {
        let dir = store.directory
        guard let file = try? MappedFile.open(SearchCache.path(dir)) else { return }
        guard let header = SearchCache.Header(file.bytes) else {
            if SearchCache.isEarlierFormat(file.bytes) { return }
            report.problems.append(.init(seq: nil, file: SearchCache.fileName, message: Self.searchCacheDamaged))
            return
        }
        guard header.seq == store.lastSeq, header.headHash == store.headHash else { return }
        guard let key = store.keys.key(header.keySlot), SearchCache.open(file.bytes, header: header, key: key) != nil else {
            report.problems.append(.init(seq: nil, file: SearchCache.fileName, message: Self.searchCacheDamaged))
            return
        }
    }
}

/// What `verify` reads: a data directory's files, or the rows of the team database it names.
private struct RecordSource {
    struct Segment { var name: String; var first: UInt64; var read: () throws -> [UInt8] }
    struct Snapshot { var seq: UInt64; var name: String; var read: () throws -> [UInt8]? }
    var segments: [Segment]
    var snapshots: [Snapshot]
    var keysName: String
    var keys: () throws -> KeyStore
    /// Whether the last record may be a write cut short (files), or never (committed rows).
    var mayEndTorn: Bool
    /// Whether the keys are kept twice (the directory's pair of files; a database keeps one
    /// table, its own WAL and backups standing in for the copy).
    var keysHaveCopy: Bool

    static func files(of dir: DataDirectory) -> RecordSource {
        RecordSource(
            segments: dir.segments().map { seg in
                Segment(name: "journal/" + (seg.path as NSString).lastPathComponent, first: seg.first) { try Files.read(seg.path) ?? [] }
            },
            snapshots: dir.snapshots().map { snap in
                Snapshot(seq: snap.seq, name: "snapshots/" + (snap.path as NSString).lastPathComponent) { try Files.read(snap.path) }
            },
            keysName: "keys.zk",
            keys: { try KeyStore(path: dir.keysPath, master: nil, io: PosixIO(), writable: false) },
            mayEndTorn: true, keysHaveCopy: true)
    }

    static func tables(of db: any TeamDatabase) throws -> RecordSource {
        RecordSource(
            segments: [Segment(name: "zgoda_journal", first: 1) { try db.records(after: 0) }],
            snapshots: try db.snapshotSeqs().map { seq in
                Snapshot(seq: seq, name: "zgoda_snapshots/" + DataDirectory.snapshotName(seq: seq)) { try db.snapshot(seq) }
            },
            keysName: "zgoda_keys",
            keys: { try KeyStore(database: db, master: nil, writable: false) },
            mayEndTorn: false, keysHaveCopy: false)
    }
}

private extension Result where Failure == Error {
    var failure: ZgodaError? {
        if case let .failure(e) = self { return e as? ZgodaError }
        return nil
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `exportJournal` and `importJournal` report.
public struct JournalMove: Sendable {
    public var records: UInt64
    public var head: String
    public var keySlots: Int
}

extension Store {
    /// `zgoda export-journal`: the whole store as one file (`JournalBundle`), mode 0600.
    ///
    /// The export is itself a change: its record (naming every person whose data goes with it)
    /// is written first, under the same lock, and is the bundle's last record, so the history
    /// on both sides says that the data was copied, when, by whom and where to.
    public func exportJournal(to path: String, replacing: Bool = false) throws -> JournalMove {
        if !replacing && Files.exists(path) { throw ZgodaError.destinationExists(path) }
        if Files.isLink(path) { throw ZgodaError.symlink(path) }
        let dir = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        guard Files.isDirectory(dir) else { throw ZgodaError.io(ErrorReason(en: "cannot export to \(path): \(dir) is not a folder",
                    pl: "nie można wyeksportować do \(path): \(dir) nie jest folderem")) }
        return try lock.withExclusive {
            _ = try commitHoldingLock { state in
                let people = state.contacts.values.filter { !$0.anonymized }.map(\.id).sorted { $0.rawValue < $1.rawValue }
                return [.exported(format: "journal", filter: "the whole journal (export-journal)", destination: path, contacts: people)]
            }
            let bundle = try currentBundle()
            try Files.writeAtomically(bundle.encoded(), to: path, io: options.io, mode: 0o600)
            return JournalMove(records: bundle.recordCount, head: bundle.head, keySlots: bundle.slots.count / KeyStore.slotSize)
        }
    }

    /// The bundle of the store as it stands (the caller holds the lock).
    private func currentBundle() throws -> JournalBundle {
        var meta: DirectoryMeta
        if let database {
            meta = try DirectoryMeta.requireTeam(database)
        } else {
            meta = try DirectoryMeta.load(directory)
        }
        meta.database = nil
        meta.teamEncrypted = nil
        try keys.reload()
        let slots = try keys.exportSlots()
        var records: [UInt8] = []
        var count: UInt64 = 0
        try forEachJournalChunk { buf in
            var pos = 0
            while pos < buf.count, case let .record(rec, end) = FrameReader.read(buf, at: pos, verifyHash: true), rec.seq <= lastSeq {
                records += buf[pos..<end]
                count += 1
                pos = end
            }
        }
        guard count == lastSeq else {
            throw ZgodaError.damaged(ErrorReason(en: "the journal could not be read whole (\(count) of \(lastSeq) records): run 'zgoda verify' first",
                    pl: "nie udało się odczytać całego dziennika (rekordy: \(count) z \(lastSeq)): najpierw uruchom „zgoda verify”"))
        }
        return JournalBundle(meta: try meta.encoded(), slots: slots, records: records, count: count, head: headHash)
    }

    /// `zgoda import-journal`: makes a new store from a bundle: a data directory at
    /// `directory`, or, with `database`, a new team database (which must hold no Zgoda schema
    /// yet) and `directory` as its first member's. The records go in byte for byte; the new
    /// store is opened and must end at the bundle's head, or the import is reported as failed.
    /// An encrypted bundle needs its passphrase, proved before anything is made.
    public static func importJournal(_ bundle: JournalBundle, into directory: DataDirectory, options: StoreOptions,
                                     database url: String? = nil) throws -> JournalMove {
        if directory.isInitialized { throw ZgodaError.alreadyInitialized(directory.path) }
        if Files.exists(directory.path), !isEmptyOrUnfinished(directory) {
            throw ZgodaError.io(ErrorReason(en: "\(directory.path) exists and is not empty; choose an empty or new directory",
                    pl: "\(directory.path) istnieje i nie jest pusty; wybierz pusty albo nowy katalog"))
        }
        let meta = try DirectoryMeta.decode(bundle.meta, origin: "the export's zgoda.json", owner: "the export")
        var opts = options
        if meta.encryption != nil {
            guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
            let pass = try ask()
            guard try meta.masterKey(passphrase: pass) != nil else { throw ZgodaError.wrongPassphrase }
            opts.passphrase = { pass }
        }
        if let url {
            try importIntoDatabase(bundle, meta: meta, url: url, directory: directory, options: opts)
        } else {
            try importIntoDirectory(bundle, meta: meta, directory: directory, options: opts)
        }
        let store = try Store.open(directory, options: opts)
        guard store.lastSeq == bundle.recordCount, store.head == bundle.head, store.readOnlyWording == nil else {
            let state = store.readOnlyWording ?? Localized(en: "head \(store.head)", pl: "głowa \(store.head)")
            throw ZgodaError.damaged(ErrorReason(
                en: "the imported store does not end where the export does (record \(store.lastSeq), \(state.en)); nothing of it should be used",
                pl: "zaimportowany magazyn nie kończy się tam, gdzie eksport (rekord \(store.lastSeq), \(state.pl)); nie należy używać niczego z niego"))
        }
        return JournalMove(records: bundle.recordCount, head: bundle.head, keySlots: bundle.slots.count / KeyStore.slotSize)
    }

    private static func importIntoDirectory(_ bundle: JournalBundle, meta: DirectoryMeta, directory: DataDirectory, options: StoreOptions) throws {
        let existed = Files.exists(directory.path)
        let shared = options.allowSharedPermissions
        let mode = Files.mode(shared: shared)
        do {
            try Files.makeDirectories(directory.path, shared: shared)
            try Files.makeDirectory(directory.journalDir, shared: shared)
            try Files.makeDirectory(directory.snapshotDir, shared: shared)
            for (index, path) in [directory.keysPath, directory.keysCopyPath].enumerated() {
                let header = KeyStore.magic + [UInt8(index)] + [UInt8](repeating: 0, count: KeyStore.headerSize - 5)
                try Files.writeAtomically(header + bundle.slots, to: path, io: options.io, mode: mode)
            }
            try Files.writeAtomically(bundle.records, to: directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: 1), io: options.io, mode: mode)
            // zgoda.json last: until it exists, the directory is not a data directory.
            try meta.save(directory, io: options.io, mode: mode)
        } catch {
            for f in Files.list(directory.journalDir) { unlink(directory.journalDir + "/" + f) }
            for f in [directory.keysPath, directory.keysCopyPath, directory.metaPath] { unlink(f) }
            for d in [directory.journalDir, directory.snapshotDir] { rmdir(d) }
            if !existed { rmdir(directory.path) }
            throw error
        }
    }

    private static func importIntoDatabase(_ bundle: JournalBundle, meta: DirectoryMeta, url: String, directory: DataDirectory, options: StoreOptions) throws {
        let db = try options.connectTeam(url)
        if try db.loadMeta() != nil {
            throw ZgodaError.invalidInput(ErrorReason(en: "\(db.label) (it already holds Zgoda records; import into an empty database) is already a Zgoda data directory",
                                                         pl: "\(db.label) zawiera już rekordy Zgody; importuj do pustej bazy"))
        }
        try db.createSchema(meta: try meta.encoded())
        try db.withWriteLock {
            try db.addKeySlots(bundle.slots, from: 0)
            try db.importRecords(bundle.framedRecords())
        }
        var member = DirectoryMeta(created: meta.created)
        member.database = db.label
        member.teamEncrypted = meta.encryption != nil ? true : nil
        try makeDirectory(directory, meta: member, options: options, withRecordFolders: false)
    }
}

import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An open data directory: the current state, and the only way to change it.
///
/// Every change goes through `commit`, which holds the directory lock, catches up with what
/// other processes wrote, lets the caller validate against that fresh state, appends the
/// records and fsyncs before returning. A change that returns has been acknowledged and
/// survives any crash; one that throws has changed nothing.
public final class Store {
    public let directory: DataDirectory
    public let options: StoreOptions
    public private(set) var state = ZgodaState()
    public private(set) var lastSeq: UInt64 = 0
    public private(set) var headHash: [UInt8] = JournalRecord.zeroHash
    /// Problems found on open that did not stop it (a torn tail, a bad snapshot), in both
    /// languages.
    public private(set) var warningTexts: [Localized] = []
    /// The warnings in the language of the run.
    public var warnings: [String] { warningTexts.map(\.text) }
    /// Keys that an acknowledged erasure could not destroy yet (a failed write or fsync); the
    /// next open destroys them. Empty after every erasure that went through.
    public internal(set) var pendingKeyErasures: [String] = []
    /// Set when this machine saw a longer or different journal in this directory before.
    public private(set) var headWarningText: Localized?
    /// `headWarningText` in the language of the run.
    public var headWarning: String? { headWarningText?.text }
    /// Set by `Repairer` while it works.
    var repairing = false
    /// Set when damage in the journal makes writing unsafe until `zgoda repair`.
    public private(set) var readOnlyWording: Localized?
    /// `readOnlyWording` in the language of the run.
    public var readOnlyReason: String? { readOnlyWording?.text }
    /// The sequence number of a damaged record, if any.
    public private(set) var damagedSeq: UInt64?
    /// The people whose personal values could not be read because of damage (not erasure),
    /// with the reason; the directory is read-only while there are any.
    public private(set) var damagedContacts: [ContactID: Localized] = [:]
    /// False on read-only media or without write permission: everything reads, nothing writes.
    public let writable: Bool
    /// The people this store was opened for (`open(_:options:person:)`, `openWindow`), or nil.
    /// Whether only their records were read is `state.loadedPeople`: an older snapshot, a team
    /// database or anything unusual on the way makes the open read everyone instead (or, for
    /// `openWindow`, not open at all: `mayReadEveryone`).
    let openedFor: [ContactID]?
    private let mayReadEveryone: Bool

    let keys: KeyStore
    let lock: any StoreLock
    /// The team database that keeps the records, or nil for the data directory's own files.
    let database: (any TeamDatabase)?
    private(set) var segmentPath: String = ""
    private(set) var segmentFirst: UInt64 = 1
    private(set) var segmentEnd: Int = 0
    private(set) var tornTail = false
    private(set) var snapshotSeq: UInt64 = 0
    /// Above zero while `withSnapshotsDeferred` runs.
    private var snapshotsDeferred = 0
    /// While loading: records whose key was found erased, to be matched with an erasure
    /// record once the whole journal is read (an erased key with no erasure is damage).
    private var erasedKeyRecords: [(seq: UInt64, contact: ContactID?, exportSlot: UInt32?, problem: Localized?)] = []
    /// While loading: the last erasure record replayed, and hashes the head memory asks about.
    private var lastErasureSeq: UInt64 = 0
    private var remembered: HeadMemory?
    /// What this machine's memory of the head is kept under (see `HeadMemory`).
    private var memoryPlace = "", journalCreated = ""
    private var rememberedHash: [UInt8]?
    /// The mode of new files: 0600, or 0660 in a directory shared with a group.
    var fileMode: mode_t { Files.mode(shared: options.allowSharedPermissions) }

    public var head: String { SHA256Hex.hex(headHash) }
    /// The team database the records are in (its connection string without a password), or nil.
    public var teamDatabase: String? { database?.label }
    /// Who signed in to the team database: the operator of every change made here.
    public var signedIn: String? { database?.signedIn }
    /// False while the team database cannot be reached (always true for a data directory).
    public var isOnline: Bool { database?.isOnline ?? true }
    /// The operator recorded for changes made through this store. On a team database it is the
    /// role signed in (the server refuses any other); elsewhere the name the options give.
    public var operatorName: String {
        if let role = database?.signedIn { return options.onBehalfOf.map { "\(role) (\($0))" } ?? role }
        return options.onBehalfOf ?? options.operatorName
    }
    public var now: Date { options.clock.now() }
    public var isReadOnly: Bool { readOnlyReason != nil }

    // MARK: Opening

    /// Opens (and, if allowed, creates) the data directory.
    public static func open(_ directory: DataDirectory, options: StoreOptions) throws -> Store {
        if !directory.isInitialized {
            guard options.createIfMissing else { throw ZgodaError.notADataDirectory(directory.path) }
            try create(directory, options: options, encrypt: false, database: options.newDirectoryDatabase)
        }
        return try Store(directory: directory, options: options, database: nil)
    }

    /// Opens the directory for a command about one person: the catalogue, the registers and
    /// that person's records are read, and no one else's (a format 7 snapshot's person index
    /// finds them; the journal after it is filtered by its records' headers). Whatever is
    /// unusual on the way (damage, a key copy to mend, an erasure to confirm) makes it read
    /// everyone, exactly as `open` does, so that nothing is decided from a part of the data.
    /// The state then holds that person alone (`ZgodaState.loadedOnly`), and no snapshot is
    /// ever written from it.
    public static func open(_ directory: DataDirectory, options: StoreOptions, person: ContactID) throws -> Store {
        guard directory.isInitialized else { return try open(directory, options: options) }
        return try Store(directory: directory, options: options, database: nil, people: [person])
    }

    /// Opens the directory to add one person: for a new random id, whose records (none) are
    /// all that is read besides the catalogue and the suppression list; `addContact` then gives
    /// the person that id. (An id already taken, one chance in a trillion at a million people,
    /// is drawn again.)
    public static func openForNewContact(_ directory: DataDirectory, options: StoreOptions) throws -> Store {
        var rng = SystemRandomNumberGenerator()
        while true {
            let store = try open(directory, options: options, person: ContactID.random(using: &rng))
            if let id = store.state.loadedOnly, store.state.contacts[id] != nil { continue }
            return store
        }
    }

    /// Opens the directory read-only for a few people (a screenful of the contact list), in
    /// the time a command about one person takes whatever the number of people: what
    /// `open(_:options:person:)` reads, for each of them. Nil, having read no one else,
    /// whenever that open would read everyone instead (an older snapshot, damage, a key copy
    /// to mend, an erasure to confirm, a warning, a team database, an encrypted directory
    /// without its passphrase): the caller then waits for the whole open it makes anyway.
    /// Nothing can be changed through the store it gives.
    public static func openWindow(_ directory: DataDirectory, options: StoreOptions, people: [ContactID]) throws -> Store? {
        guard directory.isInitialized, !people.isEmpty else { return nil }
        var readOnly = options
        readOnly.readOnly = true
        do {
            let store = try Store(directory: directory, options: readOnly, database: nil, people: people, mayReadEveryone: false)
            return store.state.isPartial ? store : nil
        } catch is NeedsWholeOpen {
            return nil
        }
    }

    /// Creates a new data directory: mode 0700, the starter purposes, optionally encrypted.
    ///
    /// With `database` (a connection string), the records live in that team database: the
    /// directory keeps only its `zgoda.json`, which names the database. The database's schema
    /// is made by the first member of the team to run this; later members join it (their
    /// `encrypt` is the team's, set by the first).
    public static func create(_ directory: DataDirectory, options: StoreOptions, encrypt: Bool,
                              controller: DataController? = nil, database url: String? = nil) throws {
        if directory.isInitialized { throw ZgodaError.alreadyInitialized(directory.path) }
        if Files.exists(directory.path), !isEmptyOrUnfinished(directory) {
            throw ZgodaError.io(ErrorReason(en: "\(directory.path) exists and is not empty; choose an empty or new directory",
                    pl: "\(directory.path) istnieje i nie jest pusty; wybierz pusty albo nowy katalog"))
        }
        var meta = DirectoryMeta(created: ISOTime.string(options.clock.now()))
        var opts = options
        var team: (any TeamDatabase)? = nil
        if let url {
            let db = try options.connectTeam(url)
            team = db
            meta.database = db.label
            if let teamMeta = try DirectoryMeta.loadTeam(db) {
                // Joining a team: its zgoda.json (and its encryption) is already in the database.
                meta.teamEncrypted = teamMeta.encryption != nil ? true : nil
                if teamMeta.encryption != nil {
                    // The passphrase is proved before anything is made: a failed join leaves no trace.
                    guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
                    let pass = try ask()
                    guard try teamMeta.masterKey(passphrase: pass) != nil else { throw ZgodaError.wrongPassphrase }
                    opts.passphrase = { pass }
                }
                try makeDirectory(directory, meta: meta, options: options, withRecordFolders: false)
                let store = try Store(directory: directory, options: opts, database: db)
                if let controller { try store.commit { _ in [.controllerSet(controller)] } }
                return
            }
        }
        if encrypt {
            // Everything that can fail before anything is made: a failed init leaves no trace.
            guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
            // Ask once: a prompt must not appear twice, and the store below reuses the answer.
            let pass = try ask()
            if pass.count < 8 { throw ZgodaError.invalidValue(field: "passphrase", reason: ErrorReason(en: "use at least 8 characters", pl: "użyj co najmniej 8 znaków")) }
            meta.encryption = try DirectoryMeta.newEncryption(passphrase: pass).0
            opts.passphrase = { pass }
        }
        if let team {
            var teamMeta = meta
            teamMeta.database = nil
            meta.encryption = nil
            meta.teamEncrypted = encrypt ? true : nil
            try team.createSchema(meta: try teamMeta.encoded())
            try makeDirectory(directory, meta: meta, options: options, withRecordFolders: false)
        } else {
            try makeDirectory(directory, meta: meta, options: options, withRecordFolders: true)
        }
        let store = try Store(directory: directory, options: opts, database: team)
        if let controller { try store.commit { _ in [.controllerSet(controller)] } }
    }

    /// Makes the directory and its `zgoda.json` (last: until it exists, the directory is not a
    /// data directory), and the journal and snapshot folders when the records are kept here.
    static func makeDirectory(_ directory: DataDirectory, meta: DirectoryMeta, options: StoreOptions,
                                      withRecordFolders: Bool) throws {
        let existed = Files.exists(directory.path)
        if existed { Files.removeLeftovers(in: directory.path) }
        let shared = options.allowSharedPermissions
        do {
            try Files.makeDirectories(directory.path, shared: shared)
            if withRecordFolders {
                try Files.makeDirectory(directory.journalDir, shared: shared)
                try Files.makeDirectory(directory.snapshotDir, shared: shared)
            }
            // Folders left by a creation cut short get the mode they would have had.
            for d in [directory.path] + (withRecordFolders ? [directory.journalDir, directory.snapshotDir] : []) { _ = chmod(d, shared ? 0o770 : 0o700) }
            // The meta file goes last: until it exists the directory is not a data directory.
            try meta.save(directory, io: options.io, mode: Files.mode(shared: shared))
        } catch {
            // Leave nothing half-made behind: an empty journal/ and snapshots/ would make every
            // later init fail with "exists and is not empty".
            for sub in [directory.metaPath, directory.journalDir, directory.snapshotDir] { _ = Files.isDirectory(sub) ? rmdir(sub) : unlink(sub) }
            if !existed { rmdir(directory.path) }
            throw error
        }
    }

    /// True for a directory with nothing in it but what a creation killed before `zgoda.json`
    /// was written leaves behind: empty `journal/` and `snapshots/` and temporary files. Such a
    /// creation never finished and acknowledged nothing, so it is simply done again.
    static func isEmptyOrUnfinished(_ directory: DataDirectory) -> Bool {
        for name in Files.list(directory.path) {
            if name.hasPrefix(Files.temporaryPrefix) { continue }
            if name.hasPrefix(".") { continue }
            let p = directory.path + "/" + name
            if (name == "journal" || name == "snapshots") && Files.isDirectory(p) && Files.list(p).isEmpty { continue }
            return false
        }
        return true
    }

    /// The first records of every directory: its creation and the starter purposes. Written on
    /// the first open that finds an empty journal, so a crash during creation leaves nothing
    /// half-made.
    private func writeGenesisIfEmpty() throws {
        try lock.withExclusive {
            _ = try catchUp()
            guard lastSeq == 0, writable, readOnlyReason == nil else { return }
            _ = try append([.directoryCreated] + Purpose.starters.map(Event.purposeAdded))
        }
    }

    /// Opens the directory; `team` is a connection already made to the database it names.
    private init(directory: DataDirectory, options: StoreOptions, database team: (any TeamDatabase)?,
                 people: [ContactID]? = nil, mayReadEveryone: Bool = true) throws {
        self.directory = directory
        self.options = options
        self.openedFor = people
        self.mayReadEveryone = mayReadEveryone
        // The format first: a newer directory is refused before anything else is read.
        var meta = try DirectoryMeta.load(directory)
        try directory.checkPermissions(allowShared: options.allowSharedPermissions)
        if let url = meta.database {
            if !mayReadEveryone { throw NeedsWholeOpen() }
            let db = try team ?? options.connectTeam(url)
            database = db
            meta = try DirectoryMeta.requireTeam(db)
            memoryPlace = db.label
            journalCreated = meta.created
            let canWrite = !options.readOnly
            writable = canWrite
            lock = DatabaseLock(db)
            var master: SymmetricKey? = nil
            if meta.encryption != nil {
                guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
                master = try meta.masterKey(passphrase: try ask())
            }
            keys = try KeyStore(database: db, master: master, writable: canWrite)
            if options.readOnly { readOnlyWording = Self.openedForReading }
            if canWrite && keys.slotCount == 0 {
                try lock.withExclusive { try keys.reload(); if keys.slotCount == 0 { _ = try keys.allocate(1) } }
            }
            if canWrite && meta.format < DirectoryMeta.currentFormat {
                // As for a directory: the team's records from now on use the current format.
                try lock.withExclusive {
                    meta = try DirectoryMeta.requireTeam(db)
                    if meta.format < DirectoryMeta.currentFormat { try db.saveMeta(try meta.encoded()) }
                }
            }
            try load()
            if lastSeq == 0 && canWrite { try writeGenesisIfEmpty() }
            return
        }
        database = nil
        memoryPlace = directory.path
        journalCreated = meta.created
        let canWrite = !options.readOnly && access(directory.path, W_OK) == 0
            && (!Files.exists(directory.lockPath) || access(directory.lockPath, W_OK) == 0)
        writable = canWrite
        var master: SymmetricKey? = nil
        if meta.encryption != nil {
            guard let ask = options.passphrase else { throw ZgodaError.passphraseRequired }
            master = try meta.masterKey(passphrase: try ask())
        }
        let shared = options.allowSharedPermissions
        let mode = Files.mode(shared: shared)
        if canWrite {
            try Files.makeDirectory(directory.journalDir, shared: shared)
            try Files.makeDirectory(directory.snapshotDir, shared: shared)
        } else {
            for d in [directory.journalDir, directory.snapshotDir] where Files.exists(d) { try Files.checkDirectory(d) }
        }
        lock = try FileLock(path: directory.lockPath, writable: canWrite, mode: mode)
        let keysPath = directory.keysPath, io = options.io
        if canWrite && (Files.size(directory.keysCopyPath) ?? 0) == 0 {
            // Making the copy of the keys (a new directory, or one written before the copy
            // existed) must not race another process appending keys.
            keys = try lock.withExclusive { try KeyStore(path: keysPath, master: master, io: io, writable: true, mode: mode) }
        } else {
            keys = try KeyStore(path: keysPath, master: master, io: io, writable: canWrite, mode: mode, slotsOnDemand: people != nil)
        }
        if !canWrite {
            readOnlyWording = options.readOnly ? Self.openedForReading
                : Localized(en: "the data directory cannot be written here (read-only media or no write permission); nothing can be changed",
                            pl: "w tym miejscu nie można zapisywać w katalogu danych (nośnik tylko do odczytu albo brak uprawnień do zapisu); niczego nie można zmienić")
        }
        if canWrite && keys.slotCount == 0 {
            // Slot 0: the directory secret that keys the suppression hashes.
            try lock.withExclusive { if keys.slotCount == 0 { _ = try keys.allocate(1) } }
        }
        if canWrite && meta.format < DirectoryMeta.currentFormat {
            // Records written from now on use the current format: say so before writing any.
            try lock.withExclusive {
                meta = try DirectoryMeta.load(directory)
                if meta.format < DirectoryMeta.currentFormat { try meta.save(directory, io: options.io, mode: mode) }
            }
        }
        if canWrite {
            // Temporary files of writes that a killed process never finished.
            _ = try? lock.withExclusiveIfFree {
                Files.removeLeftovers(in: directory.snapshotDir)
                Files.removeLeftovers(in: directory.path)
                for derived in [SearchCache.temporaryPath(directory), HistoryLocations.temporaryPath(directory)] where Files.size(derived) != nil {
                    unlink(derived)
                }
            }
        }
        try lock.withShared { try load() }
        if lastSeq == 0 && canWrite { try writeGenesisIfEmpty() }
    }

    /// Reads the newest valid snapshot and replays the journal after it, then checks that
    /// every person whose values could not be read was lawfully erased. For a store opened for
    /// one person, only their records if it can, everyone's if anything is unusual.
    private func load() throws {
        if let openedFor, database == nil {
            do { try load(people: openedFor); return } catch is NeedsWholeOpen where mayReadEveryone {}
        }
        try load(people: nil)
    }

    /// Thrown by a load for some people that met something only a load of everyone may judge.
    struct NeedsWholeOpen: Error {}

    private func load(people: [ContactID]?) throws {
        warningTexts = []
        readOnlyWording = writable ? nil : readOnlyWording
        damagedSeq = nil
        damagedContacts = [:]
        tornTail = false
        erasedKeyRecords = []
        lastErasureSeq = 0
        remembered = HeadMemory.load(memoryPlace, created: journalCreated, stateDirectory: options.stateDirectory)
        rememberedHash = nil
        // For one person, the keys are read as they are used: two slots rather than two files
        // of a hundred thousand. Everyone's open reads them whole.
        keys.readsSlotsOnDemand = people != nil
        try keys.reload()
        var start: SnapshotCodec.Loaded? = nil
        if let database {
            for seq in try database.snapshotSeqs() {
                let name = DataDirectory.snapshotName(seq: seq)
                do {
                    guard let bytes = try database.snapshot(seq) else { continue }
                    // The keys are read after the bytes that need them. Nothing holds other
                    // members back while this reads (a directory's readers share its lock), but
                    // every key a snapshot or a record uses was committed before it: read in
                    // this order, none can be missing.
                    try keys.reload()
                    start = try SnapshotCodec.decode(bytes, keys: keys)
                    break
                } catch let e as SnapshotCodec.Invalid {
                    warningTexts.append(Localized(en: "snapshot \(name) in the database is damaged (\(e.reason)); using an older one and the journal",
                                                  pl: "migawka \(name) w bazie danych jest uszkodzona (\(e.wording.pl)); używana jest starsza i dziennik"))
                } catch let e as SnapshotCodec.NewerVersion {
                    throw ZgodaError.newerFormat(path: "\(database.label) (snapshot \(name))", format: e.version)
                }
            }
        }
        for snap in database == nil ? directory.snapshots() : [] {
            do {
                guard let file = try MappedFile.open(snap.path, populate: people == nil) else { continue }
                if let people {
                    // An older snapshot has no person index: it is read whole, with every key.
                    guard let one = try SnapshotCodec.decodePeople(file.bytes, people: people, keys: keys) else { throw NeedsWholeOpen() }
                    start = one
                } else {
                    start = try SnapshotCodec.decode(file.bytes, keys: keys)
                }
                break
            } catch let e as SnapshotCodec.Invalid {
                let name = (snap.path as NSString).lastPathComponent
                warningTexts.append(Localized(en: "snapshot \(name) is damaged (\(e.reason)); using an older one and the journal",
                                              pl: "migawka \(name) jest uszkodzona (\(e.wording.pl)); używana jest starsza i dziennik"))
            } catch let e as SnapshotCodec.NewerVersion {
                throw ZgodaError.newerFormat(path: snap.path, format: e.version)
            }
        }
        state = start?.state ?? ZgodaState()
        // No snapshot: the journal alone, filtered for the people.
        if let people, start == nil { state.loadedPeople = Set(people) }
        // A damaged newest snapshot: everyone, as the full open would fall back.
        if state.isPartial && !warningTexts.isEmpty { throw NeedsWholeOpen() }
        lastSeq = start?.seq ?? 0
        headHash = start?.headHash ?? JournalRecord.zeroHash
        snapshotSeq = lastSeq
        if let start {
            for (id, why) in start.unreadable {
                switch why {
                case .keyErased: erasedKeyRecords.append((start.seq, id, nil, nil))
                case let .damaged(reason):
                    erasedKeyRecords.append((start.seq, id, nil, Localized(en: "the snapshot's copy of contact \(id) cannot be read: \(reason.en)",
                                                                           pl: "nie można odczytać kopii kontaktu \(id) w migawce: \(reason.pl)")))
                }
            }
            for slot in start.erasedExportSlots { erasedKeyRecords.append((start.seq, nil, slot, nil)) }
            for seq in start.damagedExports {
                warningTexts.append(Localized(en: "the filter and destination of the export at record \(seq) cannot be read (damaged)",
                                              pl: "nie można odczytać filtra i miejsca docelowego eksportu z rekordu \(seq) (uszkodzone)"))
            }
            if remembered?.seq == start.seq { rememberedHash = start.headHash }
        }
        let segments = database == nil ? directory.segments() : []
        if let database {
            // One committed sequence: nothing in it can be a torn write, so any bad frame is damage.
            let records = try database.records(after: lastSeq)
            try keys.reload()  // after the records: see above
            try replay(records, from: 0, isLastSegment: false)
        } else if segments.isEmpty {
            segmentFirst = lastSeq + 1
            segmentPath = directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: segmentFirst)
            segmentEnd = 0
        } else {
            let startIndex = segments.lastIndex { $0.first <= lastSeq + 1 } ?? 0
            for (i, seg) in segments.enumerated() where i >= startIndex {
                segmentPath = seg.path
                segmentFirst = seg.first
                segmentEnd = 0
                let isLast = i == segments.count - 1
                let bytes = try Files.read(seg.path) ?? []
                try replay(bytes, from: 0, isLastSegment: isLast)
                if readOnlyWording != nil && damagedSeq != nil { break }
            }
        }
        // Mending key copies and judging damage need everyone's records.
        if state.isPartial && (damagedSeq != nil || !warningTexts.isEmpty || !keys.differingSlots().isEmpty) { throw NeedsWholeOpen() }
        let readOnlyBefore = readOnlyWording
        confirmErasures()
        if state.isPartial && (!warningTexts.isEmpty || !damagedContacts.isEmpty || readOnlyWording != readOnlyBefore) { throw NeedsWholeOpen() }
        // Erasures cut short first (they look like half-zeroed keys to the check after it).
        resumeInterruptedErasures()
        checkKeyCopies()
        if !damagedContacts.isEmpty && readOnlyWording == nil {
            let ids = damagedContacts.keys.map(\.rawValue).sorted()
            let first = ids.prefix(5).joined(separator: ", ")
            let shown = first + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
            let shownPL = first + (ids.count > 5 ? " i \(ids.count - 5) innych" : "")
            readOnlyWording = Localized(
                en: "the personal data of \(ids.count == 1 ? "contact" : "contacts") \(shown) cannot be read (damaged, not erased); see 'zgoda verify'",
                pl: "nie można odczytać danych osobowych \(ids.count == 1 ? "kontaktu" : "kontaktów") \(shownPL) (uszkodzone, nie usunięte); zob. „zgoda verify”")
        }
        headWarningText = nil
        if let remembered, let problem = remembered.mismatch(lastSeq: lastSeq, hashAt: { $0 == lastSeq ? headHash : (remembered.seq == $0 ? rememberedHash : nil) }) {
            warningTexts.append(problem)
            headWarningText = problem
        } else if damagedSeq == nil && writable {
            rememberHead()
        }
    }

    /// Remembers the head on this machine (see `HeadMemory`), unless it already is the one
    /// remembered. Not while the journal is shorter than, or different from, what was seen:
    /// the warning stays until `zgoda repair` accepts the journal (`force`).
    func rememberHead(force: Bool = false) {
        if headWarningText != nil && !force { return }
        if force { headWarningText = nil }
        let now = HeadMemory(seq: lastSeq, head: head, created: journalCreated)
        if remembered != now {
            now.save(memoryPlace, stateDirectory: options.stateDirectory)
            remembered = now
        }
    }

    /// Every record whose key was found erased must belong to a person the journal erased (or
    /// to an export that an erasure after it reached). Anything else is damage: a key lost to
    /// a bad sector, a cut write, a bug. It is never shown as an erasure.
    private func confirmErasures() {
        let anyErased = state.contacts.values.contains { $0.anonymized }
        for r in erasedKeyRecords {
            if let id = r.contact {
                // An erased person's values are gone whatever state their key is in.
                guard state.contacts[id]?.anonymized != true else { continue }
                state.contacts[id]?.damaged = true
                let slot = state.contacts[id]?.keySlot.description ?? "?"
                damagedContacts[id] = damagedContacts[id]
                    ?? r.problem.map { Localized(en: "contact \(id): \($0.en)", pl: "kontakt \(id): \($0.pl)") }
                    ?? Localized(en: "the key of contact \(id) (slot \(slot)) is erased, but \(id) was never anonymised",
                                 pl: "klucz kontaktu \(id) (gniazdo \(slot)) jest wymazany, ale \(id) nigdy nie został zanonimizowany")
            } else if let slot = r.exportSlot {
                if lastErasureSeq > r.seq || (r.seq <= snapshotSeq && anyErased) { continue }
                warningTexts.append(r.problem.map { Localized(en: "the export at record \(r.seq) cannot be read: \($0.en)",
                                                              pl: "nie można odczytać eksportu z rekordu \(r.seq): \($0.pl)") }
                                    ?? Localized(en: "the key of the export at record \(r.seq) (slot \(slot)) is erased, but no erasure explains it (damage)",
                                                 pl: "klucz eksportu z rekordu \(r.seq) (gniazdo \(slot)) jest wymazany, ale nie wyjaśnia tego żadne usunięcie danych (uszkodzenie)"))
                if readOnlyWording == nil {
                    readOnlyWording = Localized(en: "the key of an export is missing without an erasure (damage); see 'zgoda verify'",
                                                pl: "brakuje klucza eksportu, choć nie usunięto danych (uszkodzenie); zob. „zgoda verify”")
                }
            }
        }
        erasedKeyRecords = []
    }

    /// The two copies of the keys: a slot spoilt in one copy is read from the other and
    /// reported for `zgoda repair`; one copy zeroed while the other is not is an erasure cut
    /// short (finished here) when its owner is erased, and damage when the owner is alive.
    private func checkKeyCopies() {
        let differing = keys.differingSlots()
        guard !differing.isEmpty else { return }
        let owners = keyOwners(Set(differing))
        for slot in differing {
            let owner = owners[slot]
            switch keys.health(slot) {
            case .good, .erased, .missing:
                continue
            case let .oneCopyDamaged(file):
                let whose = owner.map { " (\($0.label))" } ?? "", whosePL = owner.map { " (\($0.name.pl))" } ?? ""
                warningTexts.append(Localized(en: "\(file): key slot \(slot)\(whose) is damaged; the other copy is good: run 'zgoda repair' to restore it",
                                              pl: "\(file): gniazdo klucza \(slot)\(whosePL) jest uszkodzone; druga kopia jest dobra: uruchom „zgoda repair”, aby je odtworzyć"))
            case let .oneCopyShort(file):
                if let owner, owner.alive {
                    warningTexts.append(Localized(en: "\(file): key slot \(slot) (\(owner.label)) is missing; the other copy is good: run 'zgoda repair' to restore it",
                                                  pl: "\(file): brakuje gniazda klucza \(slot) (\(owner.name.pl)); druga kopia jest dobra: uruchom „zgoda repair”, aby je odtworzyć"))
                } else if writable {
                    // An allocation cut short between the two files (a key nothing uses), or an
                    // erased owner's key: make the files agree again.
                    _ = try? lock.withExclusiveIfFree {
                        guard case .oneCopyShort = keys.health(slot) else { return }
                        if owner == nil { _ = try keys.restore(slot) } else { try keys.erase(slot) }
                    }
                }
            case .halfErased:
                if case .searchCache = owner?.kind {
                    // The cache's key is destroyed by every erasure, with no record of its own.
                    if writable { _ = try? lock.withExclusiveIfFree { try eraseSearchCache() } }
                } else if let owner, owner.alive {
                    warningTexts.append(Localized(en: "key slot \(slot) (\(owner.label)) is zeroed in one copy, but \(owner.label) was never erased: run 'zgoda repair' to restore it from the other copy",
                                                  pl: "gniazdo klucza \(slot) (\(owner.name.pl)) jest wyzerowane w jednej kopii, choć nie zostało wymazane: uruchom „zgoda repair”, aby odtworzyć je z drugiej kopii"))
                } else if writable {
                    // An erasure (or an allocation) cut short by a crash: finish it.
                    _ = try? lock.withExclusiveIfFree { if keys.health(slot) == .halfErased, !(keyOwners([slot])[slot]?.alive ?? false) { try keys.erase(slot) } }
                }
            case .lost:
                if let owner, owner.alive, case let .contact(id) = owner.kind, damagedContacts[id] == nil {
                    damagedContacts[id] = Localized(en: "the key of contact \(id) (slot \(slot)) is damaged in both copies",
                                                    pl: "klucz kontaktu \(id) (gniazdo \(slot)) jest uszkodzony w obu kopiach")
                    state.contacts[id]?.damaged = true
                }
            }
        }
    }

    /// Who a key slot belongs to, for the slots asked about.
    struct KeyOwner {
        enum Kind { case secret, contact(ContactID), export(UInt64), searchCache }
        var kind: Kind
        /// False once erased: its key may (and must) be gone.
        var alive: Bool
        var isSearchCache: Bool { if case .searchCache = kind { return true }; return false }
        var label: String { name.en }
        var name: Localized {
            switch kind {
            case .secret: return Localized(en: "the directory secret", pl: "sekret katalogu")
            case let .contact(id): return Localized(en: "contact \(id)", pl: "kontakt \(id)")
            case let .export(seq): return Localized(en: "the export at record \(seq)", pl: "eksport z rekordu \(seq)")
            case .searchCache: return Localized(en: "the search cache", pl: "pamięć podręczna wyszukiwania")
            }
        }
    }

    func keyOwners(_ slots: Set<UInt32>) -> [UInt32: KeyOwner] {
        var out: [UInt32: KeyOwner] = [:]
        if slots.contains(0) { out[0] = KeyOwner(kind: .secret, alive: true) }
        for c in state.contacts.values where slots.contains(c.keySlot) {
            out[c.keySlot] = KeyOwner(kind: .contact(c.id), alive: !c.anonymized)
        }
        for e in state.exports { if let s = e.keySlot, slots.contains(s) { out[s] = KeyOwner(kind: .export(e.seq), alive: !e.textErased) } }
        if let s = SearchCache.keySlot(directory), slots.contains(s), out[s] == nil { out[s] = KeyOwner(kind: .searchCache, alive: true) }
        return out
    }

    /// Applies the records in `bytes` from `offset`; updates `segmentEnd` to the end of the
    /// last whole record (or atomic group) applied.
    private func replay(_ bytes: [UInt8], from offset: Int, isLastSegment: Bool) throws {
        var pending: [(JournalRecord, Int)] = []
        var pos = offset
        try bytes.withUnsafeBytes { buf in
            while pos < buf.count {
                switch FrameReader.read(buf, at: pos) {
                case let .record(rec, end):
                    if rec.seq <= lastSeq && pending.isEmpty {
                        // Before the snapshot's point; the snapshot already holds its effect.
                        if rec.seq == lastSeq && rec.hash != headHash {
                            markDamaged(seq: rec.seq, Localized(en: "record \(rec.seq) does not match the snapshot taken after it",
                                                                   pl: "rekord \(rec.seq) nie zgadza się z migawką zrobioną po nim"))
                            return
                        }
                        pos = end; segmentEnd = end; continue
                    }
                    let expected = lastSeq + 1 + UInt64(pending.count)
                    let prev = pending.last?.0.hash ?? headHash
                    guard rec.seq == expected, rec.prevHash == prev else {
                        markDamaged(seq: min(rec.seq, expected), Localized(en: "record \(expected) is missing or out of order (found \(rec.seq))",
                                                                          pl: "brakuje rekordu \(expected) albo jest nie na swoim miejscu (znaleziono \(rec.seq))"))
                        return
                    }
                    pending.append((rec, end))
                    pos = end
                    if !rec.continues {
                        for (r, _) in pending { try applyRecord(r) }
                        pending.removeAll()
                        segmentEnd = end
                    }
                case .truncated:
                    let seq = lastSeq + 1 + UInt64(pending.count)
                    if isLastSegment && !FrameReader.hasRecord(in: buf, after: pos) { noteTornTail() } else {
                        let segment = (segmentPath as NSString).lastPathComponent
                        markDamaged(seq: seq, Localized(en: "journal segment \(segment) ends in the middle of record \(seq), or record \(seq) is damaged",
                                                        pl: "segment dziennika \(segment) kończy się w połowie rekordu \(seq) albo rekord \(seq) jest uszkodzony"))
                    }
                    return
                case let .corrupt(seqHint, end, reason):
                    let seq = lastSeq + 1 + UInt64(pending.count)
                    // Only the last record can be torn (a write the crash cut): a damaged record
                    // with an intact one anywhere after it is damage, never a tail to drop.
                    if isLastSegment && (end == nil || end == buf.count) && !FrameReader.hasRecord(in: buf, after: pos) {
                        noteTornTail()
                    } else {
                        markDamaged(seq: seqHint.map { min($0, seq) } ?? seq, Localized(en: "record \(seq) is damaged (\(reason))",
                                                                                       pl: "rekord \(seq) jest uszkodzony (\(JournalRecord.corruption(reason).pl))"))
                    }
                    return
                }
            }
        }
        if !pending.isEmpty {
            if isLastSegment { noteTornTail() } else { markDamaged(seq: pending[0].0.seq, Localized(en: "an atomic group starting at record \(pending[0].0.seq) is incomplete",
                                                                                              pl: "niepodzielna grupa zaczynająca się od rekordu \(pending[0].0.seq) jest niepełna")) }
        }
    }

    private func noteTornTail() {
        tornTail = true
        warningTexts.append(Localized(en: "the last journal record after \(lastSeq) was incomplete (an interrupted write) and was dropped",
                                      pl: "ostatni rekord dziennika po \(lastSeq) był niepełny (przerwany zapis) i został pominięty"))
    }

    /// Record kinds whose effect on the state is on their contact alone (added, edited, a
    /// decision, a document, a notice, and those with no effect: a suppression override, an
    /// erasure's list of copies, a read). Every other kind is read whoever it names: links,
    /// requests, erasures and exports change what everyone shares.
    static let aboutOnePerson: Set<UInt8> = [2, 3, 4, 13, 20, 21, EventCodec.accessCode, EventCodec.noticeCode]

    static let openedForReading = Localized(en: "opened for reading only", pl: "otwarto tylko do odczytu")

    /// An automatic snapshot that failed, with the error's own message in each language.
    static func snapshotFailed(_ error: any Error) -> Localized {
        let message = ZgodaError.localized(error)
        return Localized(en: "automatic snapshot failed: \(message.en)", pl: "automatyczna migawka nie powiodła się: \(message.pl)")
    }

    private func markDamaged(seq: UInt64, _ message: Localized) {
        damagedSeq = seq
        readOnlyWording = message
    }

    private func applyRecord(_ rec: JournalRecord) throws {
        if let only = state.loadedPeople, rec.flags & ~JournalRecord.knownFlags == 0,
           rec.kindCode == EventCodec.accessCode
            || (Self.aboutOnePerson.contains(rec.kindCode) && !rec.contact.isEmpty && !only.contains(ContactID(rec.contact))) {
            // Someone else's record that changes nothing but that person, or a read (which
            // changes nothing, and may name a million people in its public part): not read.
            lastSeq = rec.seq
            headHash = rec.hash
            if rec.seq == remembered?.seq { rememberedHash = rec.hash }
            return
        }
        let entry = try decodeEntry(rec, duringLoad: true, keeping: state.loadedPeople)
        state.apply(entry)
        lastSeq = rec.seq
        headHash = rec.hash
        if rec.seq == remembered?.seq { rememberedHash = rec.hash }
        if case let .anonymized(id, _, _) = entry.event {
            lastErasureSeq = rec.seq
            for slot in erasedSlots(of: id) { keys.forget(slot) }
        }
    }

    /// The key slots an erasure of `id` destroys, once it has been applied to `state`: the
    /// person's own and those of the exports whose filter and destination went with them.
    private func erasedSlots(of id: ContactID) -> [UInt32] {
        var slots: [UInt32] = []
        if let slot = state.contacts[id]?.keySlot { slots.append(slot) }
        for e in state.exports where e.textErased { if let slot = e.keySlot { slots.append(slot) } }
        return slots
    }

    /// Decodes a record, opening its personal part with its key when the key still exists.
    ///
    /// A personal part that cannot be read is *erased* only when its key is erased and the
    /// journal erased its owner; during the open that is confirmed once the whole journal is
    /// read (`confirmErasures`), afterwards against the current state. A key that is damaged or
    /// missing, a part that does not open with its key, or one that opens but does not parse,
    /// is *damage* (`JournalEntry.damaged`).
    /// `keeping`: the people whose ids an export's or a read's list keeps (a store of some
    /// people, a person's history), the count of the whole list going to `namedCount`.
    func decodeEntry(_ rec: JournalRecord, duringLoad: Bool = false, keeping: Set<ContactID>? = nil) throws -> JournalEntry {
        guard rec.flags & ~JournalRecord.knownFlags == 0 else {
            throw ZgodaError.newerFormat(path: directory.path, format: DirectoryMeta.currentFormat + 1)
        }
        var personal: [UInt8]? = nil
        // Why the personal part could not be read: nil while it could, or when its key is erased.
        var problem: Localized? = nil
        var keyErased = false
        let contact = rec.contact.isEmpty ? nil : ContactID(rec.contact)
        if rec.keySlot != JournalRecord.noSlot {
            if let key = keys.key(rec.keySlot) {
                personal = Sealer.open(rec.sealed, key: key)
                if personal == nil { problem = Localized(en: "record \(rec.seq) does not open with its key", pl: "rekord \(rec.seq) nie otwiera się swoim kluczem") }
            } else {
                switch keys.health(rec.keySlot) {
                case .erased, .halfErased: keyErased = true
                case .missing: problem = Localized(en: "the key of record \(rec.seq) (slot \(rec.keySlot)) is missing from the key files", pl: "w plikach kluczy brakuje klucza rekordu \(rec.seq) (gniazdo \(rec.keySlot))")
                default: problem = Localized(en: "the key of record \(rec.seq) (slot \(rec.keySlot)) is damaged in every copy", pl: "klucz rekordu \(rec.seq) (gniazdo \(rec.keySlot)) jest uszkodzony w każdej kopii")
                }
            }
        }
        func event(_ personal: [UInt8]?) throws -> Event {
            try EventCodec.decode(kindCode: rec.kindCode, publicBytes: rec.publicBytes, personal: personal,
                                  tagged: rec.tagged, at: rec.at, operator: rec.operator, keeping: keeping)
        }
        let decoded: Event
        do {
            decoded = try event(personal)
        } catch is EventCodec.PersonalMalformed {
            decoded = try event(nil)
            personal = nil
            problem = Localized(en: "record \(rec.seq) opens but does not parse", pl: "rekord \(rec.seq) otwiera się, ale nie daje się odczytać")
        } catch is EventCodec.NewerFormat {
            throw ZgodaError.newerFormat(path: directory.path, format: DirectoryMeta.currentFormat + 1)
        } catch {
            throw ZgodaError.damaged(ErrorReason(en: "record \(rec.seq) cannot be decoded",
                    pl: "nie można zdekodować rekordu \(rec.seq)"))
        }
        let readable = rec.keySlot == JournalRecord.noSlot || personal != nil
        // Only sealed exports (kind 15) carry a key slot of their own.
        let exportSlot = rec.kindCode == EventCodec.sealedExportCode && rec.keySlot != JournalRecord.noSlot ? rec.keySlot : nil
        var damaged = false
        if !readable {
            if duringLoad {
                // Whatever made it unreadable, the journal decides once it is all read: erased if
                // its owner was erased, damage otherwise.
                erasedKeyRecords.append((rec.seq, exportSlot == nil ? contact : nil, exportSlot, problem))
            } else if exportSlot == nil, let contact {
                damaged = state.contacts[contact]?.anonymized != true
            } else {
                damaged = !keyErased
            }
        }
        var entry = JournalEntry(seq: rec.seq, at: rec.at, operator: rec.operator, event: decoded, readable: readable,
                                 exportKeySlot: exportSlot)
        entry.damaged = damaged
        if keeping != nil { entry.namedCount = EventCodec.namedCount(kindCode: rec.kindCode, publicBytes: rec.publicBytes) }
        return entry
    }

    /// An erasure whose journal record was written but whose key was not yet destroyed (a
    /// crash in between) is finished here.
    private func resumeInterruptedErasures() {
        guard writable, damagedSeq == nil else { return }
        let interrupted = state.contacts.values.filter { $0.anonymized && !keys.isErased($0.keySlot) }
        if !interrupted.isEmpty { try? lock.withExclusive { try eraseSearchCache() } }
        for c in interrupted {
            try? lock.withExclusive { try keys.erase(c.keySlot) }
        }
        for e in state.exports where e.textErased {
            if let slot = e.keySlot, !keys.isErased(slot) { try? lock.withExclusive { try keys.erase(slot) } }
        }
    }

    // MARK: Catching up

    /// Reads what other processes appended since we last looked. Returns true if anything changed.
    @discardableResult
    public func refresh() throws -> Bool {
        // A team database announces every commit: without news there is nothing to read.
        if let database, database.isOnline, !database.hasNews() { return false }
        return try lock.withShared { try catchUp() }
    }

    func catchUp() throws -> Bool {
        let before = lastSeq
        if let database {
            guard readOnlyReason == nil || damagedSeq == nil else { return false }
            let bytes = try database.records(after: lastSeq)
            if bytes.isEmpty { return false }
            // New people bring new keys; another member's erasure zeroed one. Read after the
            // records, so that every key they use is there (see `load`).
            try keys.reload()
            try replay(bytes, from: 0, isLastSegment: false)
            return lastSeq != before
        }
        // The usual case, checked without listing the journal: our segment has not grown and
        // no compaction has started the next one. (A newer segment is always named after the
        // record that follows ours, and every record goes to the newest segment.)
        if let size = Files.size(segmentPath), size == segmentEnd,
           segmentFirst == lastSeq + 1 || !Files.exists(directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: lastSeq + 1)) {
            return false
        }
        let segments = directory.segments()
        guard let current = segments.firstIndex(where: { $0.path == segmentPath }) else {
            if !segments.isEmpty && segments.last!.first > lastSeq + 1 {
                try load(); return lastSeq != before
            }
            if segments.isEmpty { return false }
            try load(); return lastSeq != before
        }
        if let size = Files.size(segmentPath), size < segmentEnd {
            // The journal was rewritten under us (a repair): start again.
            try load(); return true
        }
        if (Files.size(segmentPath) ?? 0) == segmentEnd && current == segments.count - 1 { return false }
        try keys.reload()
        for (i, seg) in segments.enumerated() where i >= current {
            if i > current { segmentPath = seg.path; segmentFirst = seg.first; segmentEnd = 0 }
            guard let fd = try Files.openForReading(seg.path) else { continue }
            let from = segmentEnd
            let bytes = try Files.readAll(fd: fd, from: from)
            close(fd)
            // Replay works on offsets within the buffer; shift them back afterwards.
            let saved = segmentEnd
            segmentEnd = 0
            tornTail = false
            try replay(bytes, from: 0, isLastSegment: i == segments.count - 1)
            segmentEnd += saved
            if readOnlyReason != nil { break }
        }
        return lastSeq != before
    }

    // MARK: Writing

    /// Marks an `.contactAdded` event whose key slot the store should allocate.
    public static let newKeySlot: UInt32 = .max - 1

    /// Runs `build` against the freshest state under the directory lock and appends the events
    /// it returns as one atomic group, fsynced before this returns. If `build` throws, nothing
    /// is written. If the write or fsync fails, nothing is acknowledged and the state is
    /// reloaded from disk.
    @discardableResult
    public func commit(_ build: (ZgodaState) throws -> [Event]) throws -> [JournalEntry] {
        let snapshotBefore = snapshotSeq
        let entries = try lock.withExclusive { try commitHoldingLock(build) }
        // An automatic snapshot was written: the history locations go with it (after the lock,
        // which taking again inside would release), so they are never far behind.
        if snapshotSeq != snapshotBefore { saveHistoryLocations() }
        return entries
    }

    /// `commit`'s work, for a caller that already holds the exclusive lock (and must do more
    /// under it, such as reading what it just wrote).
    func commitHoldingLock(_ build: (ZgodaState) throws -> [Event]) throws -> [JournalEntry] {
        do {
            _ = try catchUp()
            try checkWritable()
            var events = try build(state)
            if events.isEmpty { return [] }
            let newSlots = events.filter { if case let .contactAdded(_, s, _, _) = $0 { return s == Self.newKeySlot }; return false }.count
            let exportIndices = events.indices.filter { if case .exported = events[$0] { return true }; return false }
            var slots = try keys.allocate(newSlots + exportIndices.count)[...]
            for i in events.indices {
                if case let .contactAdded(id, s, d, origin) = events[i], s == Self.newKeySlot {
                    events[i] = .contactAdded(id: id, keySlot: slots.removeFirst(), details: d, origin: origin)
                }
            }
            // Each export gets a key of its own for its filter and destination (see ExportRecord).
            var exportSlots: [Int: UInt32] = [:]
            for i in exportIndices { exportSlots[i] = slots.removeFirst() }
            return try append(events, exportSlots: exportSlots)
        }
    }

    /// Throws unless changes may be written now.
    func checkWritable() throws {
        if !writable { throw ZgodaError.notWritable(ErrorReason(readOnlyWording ?? Localized(en: "read-only", pl: "tylko do odczytu"))) }
        // A repair may write while people's data is unreadable (it is what it repairs), but
        // never over damage in the journal.
        if repairing && damagedSeq == nil { return }
        if let readOnlyWording { throw ZgodaError.readOnly(ErrorReason(readOnlyWording)) }
    }

    /// Reads the whole directory again (after a repair changed it).
    func reopen() throws { try lock.withShared { try load() } }

    /// Appends an event recovered by a repair, keeping its original time and operator.
    func commitSalvaged(_ entry: JournalEntry) throws {
        try lock.withExclusive {
            _ = try catchUp()
            if let id = entry.event.contact, state.contacts[id] == nil {
                if case .contactAdded = entry.event {} else {
                    throw ZgodaError.damaged(ErrorReason(en: "record \(entry.seq) refers to a contact that was lost",
                    pl: "rekord \(entry.seq) odnosi się do utraconego kontaktu"))
                }
            }
            // A salvaged export keeps its key slot, so erasing a person still reaches its text.
            var exportSlots: [Int: UInt32] = [:]
            if case .exported = entry.event {
                if let slot = entry.exportKeySlot, keys.key(slot) != nil { exportSlots[0] = slot } else { exportSlots[0] = try keys.allocate(1)[0] }
            }
            _ = try append([entry.event], exportSlots: exportSlots, at: entry.at, operatorName: entry.operator)
        }
    }

    private func append(_ events: [Event], exportSlots: [Int: UInt32] = [:], at fixedAt: Date? = nil,
                        operatorName: String? = nil) throws -> [JournalEntry] {
        let at = fixedAt ?? Date(millis: options.clock.now().millis)
        // On a team database the operator is whoever signed in to it, never a name typed in.
        let opName = operatorName ?? self.operatorName
        // Key slots and erasures of people added or erased earlier in this same group. The
        // state itself changes only once the group is on disk: applying to a copy first would
        // copy all 100k people on every change.
        var inGroup: [ContactID: (slot: UInt32, anonymized: Bool)] = [:]
        func person(_ id: ContactID) -> (slot: UInt32, anonymized: Bool)? {
            inGroup[id] ?? state.contacts[id].map { ($0.keySlot, $0.anonymized) }
        }
        var entries: [JournalEntry] = []
        entries.reserveCapacity(events.count)
        var framed: [FramedRecord] = []
        var prev = headHash
        // Times are stored to the millisecond: round them now so the live state equals a replay.
        let events = events.map { event -> Event in
            guard case var .consentRecorded(d) = event else { return event }
            d.at = Date(millis: d.at.millis)
            d.expires = d.expires.map { Date(millis: $0.millis) }
            return .consentRecorded(d)
        }
        // The records of one batch of the group, framed into the hash chain. A batch is encoded
        // and sealed on all cores; each record's key is chosen in order, since a person added
        // earlier in the group gives the key of what follows. Working a batch at a time keeps an
        // import's memory to one batch of records rather than all of them.
        func frameBatch(_ range: Range<Int>) throws -> [UInt8] {
            let batch = events[range]
            let encoded = RecordSealing.encode(batch)
            var slots = [UInt32](repeating: JournalRecord.noSlot, count: batch.count)
            var sealingKeys = [SymmetricKey?](repeating: nil, count: batch.count)
            for (k, event) in zip(0..., batch) {
                if encoded[k].personalBytes != nil {
                    var slot = JournalRecord.noSlot
                    if case let .contactAdded(_, s, _, _) = event { slot = s } else if let exportSlot = exportSlots[range.lowerBound + k] { slot = exportSlot } else if let c = event.contact, let contact = person(c) {
                        // Nothing personal is ever written about an erased person: their key is gone.
                        slot = contact.anonymized ? JournalRecord.noSlot : contact.slot
                    }
                    if slot != JournalRecord.noSlot {
                        guard let key = keys.key(slot) else { throw ZgodaError.damaged(ErrorReason(en: "the key of contact \(event.contact?.rawValue ?? "?") is missing",
                        pl: "brakuje klucza kontaktu \(event.contact?.rawValue ?? "?")")) }
                        slots[k] = slot
                        sealingKeys[k] = key
                    }
                }
                switch event {
                case let .contactAdded(id, s, _, _): inGroup[id] = (s, false)
                case let .anonymized(id, _, _): if let p = person(id) { inGroup[id] = (p.slot, true) }
                default: break
                }
            }
            let sealed = try RecordSealing.seal(encoded, keys: sealingKeys)
            var bytes: [UInt8] = []
            if database == nil { bytes.reserveCapacity(encoded.reduce(0) { $0 + $1.publicBytes.count } + sealed.reduce(0) { $0 + $1.count } + 160 * batch.count) }
            for (k, event) in zip(0..., batch) {
                let i = range.lowerBound + k
                let seq = lastSeq + 1 + UInt64(i)
                var rec = JournalRecord(seq: seq, at: at, flags: JournalRecord.flagTagged | (i < events.count - 1 ? JournalRecord.flagContinues : 0),
                                        prevHash: prev, operator: opName, kindCode: encoded[k].kindCode,
                                        contact: event.contact?.rawValue ?? "", publicBytes: encoded[k].publicBytes,
                                        keySlot: slots[k], sealed: sealed[k])
                if database != nil {
                    framed.append(FramedRecord(seq: seq, kind: encoded[k].kindCode, contact: rec.contact, bytes: rec.framed()))
                } else {
                    bytes += rec.framed()
                }
                prev = rec.hash
                entries.append(JournalEntry(seq: seq, at: at, operator: opName, event: event, exportKeySlot: exportSlots[i]))
            }
            return bytes
        }
        let batches = stride(from: 0, to: events.count, by: options.appendBatch).map { $0..<min($0 + options.appendBatch, events.count) }
        var written = 0
        if let database {
            for range in batches { _ = try frameBatch(range) }
            do {
                try database.append(framed, headSeq: lastSeq, headHash: headHash, newHash: prev)
            } catch {
                // Not acknowledged: the transaction took it all back; see what the database has.
                try? load()
                throw error
            }
        } else {
            written = try writeToSegment { write in
                for range in batches { try write(try frameBatch(range)) }
            }
        }
        // Acknowledged from here on: whatever fails below is reported, but the change stands,
        // and the state says so.
        for e in entries { state.apply(e) }
        lastSeq += UInt64(events.count)
        headHash = prev
        if database == nil { segmentEnd += written }
        rememberHead()
        if entries.contains(where: { if case .anonymized = $0.event { return true }; return false }) {
            destroyErasedKeys(entries)
        }
        // A store that read some people leaves the snapshot to the next that reads everyone.
        if snapshotsDeferred == 0 && !state.isPartial && lastSeq - snapshotSeq >= UInt64(options.compactEvery) {
            do { try writeSnapshot() } catch { warningTexts.append(Self.snapshotFailed(error)) }
        }
        return entries
    }

    /// Writes records at the end of the journal segment, as `batches` hands them over (each
    /// batch straight after the one before), and fsyncs it once; returns the bytes written. On
    /// any failure, the batches' own included, cuts the file back to where it was and reloads,
    /// so nothing unacknowledged stays: a crash between batches leaves a group without its last
    /// record, which every open drops whole.
    private func writeToSegment(_ batches: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws -> Int {
        let fd = try Files.openReadWrite(segmentPath, mode: fileMode)
        defer { close(fd) }
        var end = segmentEnd
        do {
            if tornTail || (Files.size(segmentPath) ?? 0) != segmentEnd {
                // Drop the torn tail of an interrupted write before appending after it.
                try options.io.truncate(fd, to: Int64(segmentEnd))
                tornTail = false
            }
            try batches { bytes in
                try options.io.pwrite(fd, bytes, at: Int64(end))
                end += bytes.count
            }
            try options.io.fsync(fd)
            if segmentEnd == 0 { try Files.syncDirectory(directory.journalDir, io: options.io) }
        } catch {
            // Never acknowledged: cut back what may have reached the file and reload from disk.
            try? options.io.truncate(fd, to: Int64(segmentEnd))
            try? load()
            throw error
        }
        return end - segmentEnd
    }

    /// After an erasure record is on disk: the search cache's key first (if the process stops
    /// before the person's key is gone, the next open finishes the erasure, cache included; see
    /// `resumeInterruptedErasures`), then the person's and the exports' keys. A failure here
    /// does not undo the erasure, which is recorded: it is kept in `pendingKeyErasures` and the
    /// next open finishes it.
    private func destroyErasedKeys(_ entries: [JournalEntry]) {
        pendingKeyErasures = []
        // Read in the language of the run that erases (the outcome is worded at once).
        func why(_ error: Error) -> Localized {
            if case let ZgodaError.writeFailed(what) = error { return what.wording }
            return ZgodaError.localized(error)
        }
        do { try eraseSearchCache() } catch {
            let w = why(error)
            pendingKeyErasures.append(Localized(en: "the search cache's key (\(w.en))", pl: "klucz pamięci podręcznej wyszukiwania (\(w.pl))").text)
        }
        for e in entries {
            guard case let .anonymized(id, _, _) = e.event else { continue }
            for slot in erasedSlots(of: id) where !keys.isErased(slot) {
                do { try keys.erase(slot) } catch {
                    let w = why(error)
                    pendingKeyErasures.append(Localized(en: "the key of \(id) (\(w.en))", pl: "klucz kontaktu \(id) (\(w.pl))").text)
                }
            }
        }
    }

    // MARK: Snapshots

    /// Runs `body`, typically many commits in a row (demo data, a bulk load), with the automatic
    /// snapshot held back until it ends: one snapshot at the end instead of one every
    /// `compactEvery` records, each of which re-encrypts every person. Durability is the
    /// journal's and does not change.
    public func withSnapshotsDeferred<T>(_ body: () throws -> T) rethrows -> T {
        snapshotsDeferred += 1
        defer {
            snapshotsDeferred -= 1
            if snapshotsDeferred == 0 { snapshotIfDue() }
        }
        return try body()
    }

    private func snapshotIfDue() {
        guard !state.isPartial, lastSeq - snapshotSeq >= UInt64(options.compactEvery) else { return }
        do {
            try lock.withExclusive {
                _ = try catchUp()
                guard writable, readOnlyReason == nil, lastSeq - snapshotSeq >= UInt64(options.compactEvery) else { return }
                try writeSnapshot()
            }
            if snapshotSeq == lastSeq { saveHistoryLocations() }
        } catch {
            warningTexts.append(Self.snapshotFailed(error))
        }
    }

    /// Writes a snapshot of the current state and starts a new journal segment, then saves
    /// where everyone's records are (`HistoryLocations`), so that the next person's history
    /// reads that person's records alone.
    public func compact() throws {
        try lock.withExclusive {
            _ = try catchUp()
            try checkWritable()
            try writeSnapshot()
        }
        // After the lock above is let go: a lock taken again inside it would release it.
        saveHistoryLocations()
    }

    private func writeSnapshot() throws {
        if let database {
            // The journal there is never cut: a snapshot only saves replaying it.
            let bytes = try SnapshotCodec.encode(state, seq: lastSeq, headHash: headHash, keys: keys)
            try database.saveSnapshot(lastSeq, bytes, keep: 3)
            snapshotSeq = lastSeq
            return
        }
        let next = directory.journalDir + "/" + DataDirectory.segmentName(firstSeq: lastSeq + 1)
        // Checked before anything is written: a link where the next segment goes is refused.
        if segmentEnd > 0 && Files.exists(next) && (Files.isLink(next) || Files.size(next) != 0) {
            if Files.isLink(next) { throw ZgodaError.symlink(next) }
            throw ZgodaError.damaged(ErrorReason(en: "\(next) already exists; run 'zgoda verify'",
                    pl: "\(next) już istnieje; uruchom „zgoda verify”"))
        }
        let bytes = try SnapshotCodec.encode(state, seq: lastSeq, headHash: headHash, keys: keys)
        try Files.writeAtomically(bytes, to: directory.snapshotDir + "/" + DataDirectory.snapshotName(seq: lastSeq), io: options.io, mode: fileMode)
        snapshotSeq = lastSeq
        if segmentEnd > 0 {
            let fd = try Files.openReadWrite(next, mode: fileMode)
            defer { close(fd) }
            try options.io.fsync(fd)
            try Files.syncDirectory(directory.journalDir, io: options.io)
            segmentPath = next; segmentFirst = lastSeq + 1; segmentEnd = 0
        }
        // Keep the three newest snapshots, so a damaged one can fall back to an older one.
        for old in directory.snapshots().dropFirst(3) { unlink(old.path) }
    }

    // MARK: Secrets

    /// The keyed hash used for the suppression list (HMAC-SHA256 with the directory secret).
    public func suppressionHash(_ value: String) -> String? {
        guard !value.isEmpty, let secret = keys.key(0) else { return nil }
        let mac = HMAC<SHA256>.authenticationCode(for: Array(value.utf8), using: secret)
        return SHA256Hex.hex(Array(mac))
    }
}

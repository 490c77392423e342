import Crypto
import Foundation

extension Store {
    /// `zgoda passphrase change`: protects an encrypted directory with a new passphrase.
    ///
    /// Every key slot is wrapped with the directory key, and only that key is sealed with the
    /// passphrase (in `zgoda.json`), so the change re-seals one value and rewrites one small
    /// file, atomically: a crash leaves either the old passphrase or the new one working, never
    /// neither, and processes that have the directory open keep working. The journal, the
    /// snapshots and the key files are not touched. A wrong old passphrase changes nothing.
    ///
    /// A copy of `zgoda.json` taken before the change still opens with the old passphrase:
    /// backups keep the passphrase they were made with.
    public static func changePassphrase(_ directory: DataDirectory, options: StoreOptions, old: String, new: String) throws {
        guard directory.isInitialized else { throw ZgodaError.notADataDirectory(directory.path) }
        try directory.checkPermissions(allowShared: options.allowSharedPermissions)
        guard new.count >= 8 else { throw ZgodaError.invalidValue(field: "new passphrase", reason: ErrorReason(en: "use at least 8 characters", pl: "użyj co najmniej 8 znaków")) }
        guard new != old else { throw ZgodaError.invalidValue(field: "new passphrase", reason: ErrorReason(en: "it is the same as the old one", pl: "jest takie samo jak dotychczasowe")) }
        if let url = try DirectoryMeta.load(directory).database {
            try changeTeamPassphrase(directory, url: url, options: options, old: old, new: new)
            return
        }
        let lock = try FileLock(path: directory.lockPath, mode: Files.mode(shared: options.allowSharedPermissions))
        try lock.withExclusive {
            var meta = try DirectoryMeta.load(directory)
            guard meta.encryption != nil else {
                throw ZgodaError.invalidInput(ErrorReason(en: "\(directory.path) is not encrypted; a passphrase protects only directories made with 'zgoda init --encrypt'",
                    pl: "\(directory.path) nie jest zaszyfrowany; hasło chroni tylko katalogi utworzone poleceniem „zgoda init --encrypt”"))
            }
            guard let master = try meta.masterKey(passphrase: old) else { throw ZgodaError.wrongPassphrase }
            // The directory key must open the keys it wraps before anything is written.
            let keys = try KeyStore(path: directory.keysPath, master: master, io: options.io, writable: false)
            guard keys.key(0) != nil else {
                throw ZgodaError.damaged(ErrorReason(en: "the directory secret (key slot 0) does not open; run 'zgoda verify' and 'zgoda repair' first",
                    pl: "nie można otworzyć sekretu katalogu (gniazdo klucza 0); najpierw uruchom „zgoda verify” i „zgoda repair”"))
            }
            meta.encryption = try DirectoryMeta.newEncryption(passphrase: new, directoryKey: master).0
            try meta.save(directory, io: options.io, mode: Files.mode(shared: options.allowSharedPermissions))
        }
    }
}

extension Store {
    /// The same on a team database: the team's `zgoda.json` there gets the new sealing, under
    /// the team's write lock; every member's next open needs the new passphrase.
    private static func changeTeamPassphrase(_ directory: DataDirectory, url: String, options: StoreOptions, old: String, new: String) throws {
        let db = try options.connectTeam(url)
        try db.withWriteLock {
            var meta = try DirectoryMeta.requireTeam(db)
            guard meta.encryption != nil else {
                throw ZgodaError.invalidInput(ErrorReason(en: "the team database \(db.label) is not encrypted; a passphrase protects only teams made with 'zgoda init --encrypt --postgres'",
                    pl: "baza zespołu \(db.label) nie jest zaszyfrowana; hasło chroni tylko zespoły utworzone poleceniem „zgoda init --encrypt --postgres”"))
            }
            guard let master = try meta.masterKey(passphrase: old) else { throw ZgodaError.wrongPassphrase }
            let keys = try KeyStore(database: db, master: master, writable: false)
            guard keys.key(0) != nil else {
                throw ZgodaError.damaged(ErrorReason(en: "the team's secret (key slot 0) does not open; run 'zgoda verify' first",
                    pl: "nie można otworzyć sekretu zespołu (gniazdo klucza 0); najpierw uruchom „zgoda verify”"))
            }
            meta.encryption = try DirectoryMeta.newEncryption(passphrase: new, directoryKey: master).0
            try db.saveMeta(try meta.encoded())
        }
    }
}

extension Store {
    /// The team database a data directory names (its connection string without a password),
    /// or nil for a directory that keeps its own records.
    public static func teamDatabase(of directory: DataDirectory) throws -> String? {
        guard directory.isInitialized else { throw ZgodaError.notADataDirectory(directory.path) }
        return try DirectoryMeta.load(directory).database
    }

    /// Whether opening `directory` needs a passphrase, so a front can ask for it before it
    /// takes over the terminal (the terminal UI opens the store while it draws).
    public static func needsPassphrase(_ directory: DataDirectory) -> Bool {
        guard directory.isInitialized, let meta = try? DirectoryMeta.load(directory) else { return false }
        // A team member's directory keeps the team's encryption only as this sign (see `create`).
        return meta.encryption != nil || meta.teamEncrypted == true
    }
}

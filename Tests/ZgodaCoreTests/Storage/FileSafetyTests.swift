import Foundation
import Testing
@testable import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// Permissions, symbolic links, read-only media, and what a failed or killed write leaves.
@Suite("File safety")
struct FileSafetyTests {
    /// Modes as a real directory has them (git and copies do not keep them).
    static func makePrivate(_ path: String) throws {
        chmod(path, 0o700)
        for item in FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [] {
            let full = path + "/" + item
            chmod(full, Files.isDirectory(full) ? 0o700 : 0o600)
        }
    }

    private func mode(_ path: String) -> mode_t {
        var st = stat()
        _ = lstat(path, &st)
        return st.st_mode & 0o777
    }

    @Test func filesArePrivateWhateverTheUmask() throws {
        for mask: mode_t in [0o000, 0o022, 0o077, 0o277] {
            let dir = TestDirectory()
            let old = umask(mask)
            defer { umask(old) }
            let store = try dir.open()
            try store.addContact(.sample("Anna"))
            try store.compact()
            #expect(mode(dir.data.path) == 0o700, "umask \(String(mask, radix: 8))")
            for f in dir.allFiles() { #expect(mode(f) == 0o600, "\(f) with umask \(String(mask, radix: 8))") }
            for d in [dir.data.journalDir, dir.data.snapshotDir] { #expect(mode(d) == 0o700) }
        }
    }

    @Test func aDirectoryOthersCanReadIsRefusedWithTheFix() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        chmod(dir.data.path, 0o755)
        #expect(throws: ZgodaError.sharedPermissions(path: dir.data.path, mode: UInt32(S_IFDIR | 0o755), isDirectory: true)) { try dir.open() }
        let message = ZgodaError.sharedPermissions(path: dir.data.path, mode: 0o40755, isDirectory: true).description
        #expect(message.contains("chmod 700") && message.contains("--allow-shared-permissions") && message.contains("755"))
        chmod(dir.data.path, 0o700)
        chmod(dir.data.keysPath, 0o644)
        #expect(throws: ZgodaError.self) { try dir.open() }
        chmod(dir.data.keysPath, 0o600)
        _ = try dir.open()
    }

    @Test func aGroupMayShareOnlyWhenAllowedAndOthersNever() throws {
        let dir = TestDirectory()
        var options = dir.options()
        options.allowSharedPermissions = true
        let store = try dir.open(options)
        try store.addContact(.sample("Anna"))
        #expect(mode(dir.data.path) == 0o770)
        #expect(mode(dir.data.keysPath) == 0o660)
        #expect(throws: ZgodaError.self) { try dir.open() }
        _ = try dir.open(options)
        chmod(dir.data.path, 0o775)
        #expect(throws: ZgodaError.self) { try dir.open(options) }
    }

    @Test func linksInTheDirectoryAreRefusedNotFollowed() throws {
        for name in ["keys.zk", "keys.copy.zk", "lock", "journal"] {
            let dir = TestDirectory()
            let store = try dir.open()
            try store.addContact(.sample("Anna"))
            let target = dir.root + "/elsewhere-" + name
            try FileManager.default.moveItem(atPath: dir.data.path + "/" + name, toPath: target)
            symlink(target, dir.data.path + "/" + name)
            let before = try? Files.read(target)
            #expect(throws: ZgodaError.symlink(dir.data.path + "/" + name)) { try dir.open() }
            #expect((try? Files.read(target)) == before, "\(name): the target is untouched")
        }
    }

    @Test func aLinkedSegmentOrADanglingOneIsRefused() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.addContact(.sample("Anna"))
        let segment = try #require(dir.segmentPaths.last)
        let target = dir.root + "/segment-elsewhere"
        try FileManager.default.moveItem(atPath: segment, toPath: target)
        symlink(target, segment)
        let size = Files.size(target)
        #expect(throws: ZgodaError.symlink(segment)) { try dir.open() }
        #expect(Files.size(target) == size)
        unlink(segment)
        try FileManager.default.moveItem(atPath: target, toPath: segment)

        // A dangling link where compaction would start the next segment.
        let reopened = try dir.open()
        let next = dir.data.journalDir + "/" + DataDirectory.segmentName(firstSeq: reopened.lastSeq + 1)
        let nowhere = dir.root + "/never-made"
        symlink(nowhere, next)
        #expect(throws: ZgodaError.self) { try reopened.compact() }
        #expect(!Files.exists(nowhere), "nothing was created through the link")
    }

    @Test func aLinkedTemporaryCacheFileIsNeverWrittenThrough() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        for i in 0..<20 { try store.addContact(.sample("Osoba \(i)")) }
        let victim = dir.root + "/precious.txt"
        try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
        // Planted while a store is open: its cache writer must not write through it either.
        symlink(victim, SearchCache.temporaryPath(dir.data))
        _ = store.searchIndex()
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        // A new open refuses the link outright.
        unlink(SearchCache.temporaryPath(dir.data))
        symlink(victim, SearchCache.temporaryPath(dir.data))
        #expect(throws: ZgodaError.symlink(SearchCache.temporaryPath(dir.data))) { try dir.open() }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    }

    @Test func aFailedEncryptedInitLeavesNothingBehind() throws {
        let dir = TestDirectory()
        var options = dir.options()
        options.passphrase = { throw ZgodaError.passphraseRequired }
        #expect(throws: ZgodaError.passphraseRequired) { try Store.create(dir.data, options: options, encrypt: true) }
        #expect(!Files.exists(dir.data.path))
        options.passphrase = nil
        #expect(throws: ZgodaError.passphraseRequired) { try Store.create(dir.data, options: options, encrypt: true) }
        #expect(!Files.exists(dir.data.path))
        try Store.create(dir.data, options: dir.options(passphrase: "długie hasło"), encrypt: true)
        #expect(dir.data.isInitialized)
    }

    @Test func temporaryFilesOfKilledWritesAreRemovedOnOpen() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        let leftovers = [dir.data.snapshotDir + "/.tmp-1234", dir.data.path + "/.tmp-5678", SearchCache.temporaryPath(dir.data)]
        for p in leftovers {
            try "half".write(toFile: p, atomically: false, encoding: .utf8)
            chmod(p, 0o600)
        }
        _ = try dir.open()
        for p in leftovers { #expect(!Files.exists(p), "\(p)") }
    }

    @Test func readOnlyMediaCanBeReadButNotWritten() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let id = try store.addContact(.sample("Anna", email: "anna@example.pl"))
        try store.compact()
        let expected = store.state
        try ReadOnlyMount.with(dir.data.path) { path in
            let ro = DataDirectory(path: path)
            let reader = try Store.open(ro, options: dir.options())
            #expect(reader.state == expected)
            #expect(!reader.writable)
            #expect(throws: ZgodaError.self) { try reader.addContact(.sample("Nowa")) }
            #expect(try reader.history(contact: id).count == 1)
            #expect(try Verifier.verify(ro, options: dir.options()).ok)
        }
    }
}

/// Makes a directory read-only for the test: a read-only tmpfs copy when running as root
/// (root ignores permission bits), else its write bits taken away.
enum ReadOnlyMount {
    static func with(_ path: String, _ body: (String) throws -> Void) throws {
        if geteuid() != 0 {
            let paths = [path, path + "/journal", path + "/snapshots"]
            for p in paths { chmod(p, 0o500) }
            defer { for p in paths { chmod(p, 0o700) } }
            try body(path)
            return
        }
        let mount = path + "-ro"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        chmod(mount, 0o700)
        try run("/bin/mount", ["-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", mount])
        defer { _ = try? run("/bin/umount", [mount]); rmdir(mount) }
        try run("/bin/cp", ["-a", path + "/.", mount])
        try run("/bin/mount", ["-o", "remount,ro", mount])
        try body(mount)
    }

    @discardableResult
    static func run(_ tool: String, _ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw ZgodaError.io("\(tool) \(args.joined(separator: " ")) failed with status \(p.terminationStatus)")
        }
        return p.terminationStatus
    }
}

@Suite("Creation cut short")
struct UnfinishedCreationTests {
    @Test func aCreationKilledBeforeZgodaJsonIsDoneAgain() throws {
        // What a kill between making the folders and writing zgoda.json leaves.
        let dir = TestDirectory()
        for d in [dir.data.path, dir.data.journalDir, dir.data.snapshotDir] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        try "half".write(toFile: dir.data.path + "/.tmp-5A1B", atomically: false, encoding: .utf8)
        chmod(dir.data.path, 0o700)
        let store = try dir.open()
        #expect(dir.data.isInitialized)
        #expect(store.state.purposes.count == Purpose.starters.count)
        #expect(!Files.exists(dir.data.path + "/.tmp-5A1B"))
    }

    @Test func aDirectoryWithSomethingElseInItIsStillRefused() throws {
        let dir = TestDirectory()
        try FileManager.default.createDirectory(atPath: dir.data.journalDir, withIntermediateDirectories: true)
        try "mine".write(toFile: dir.data.journalDir + "/notes.txt", atomically: false, encoding: .utf8)
        #expect(throws: ZgodaError.self) { try dir.open() }
        #expect(Files.exists(dir.data.journalDir + "/notes.txt"))
    }
}

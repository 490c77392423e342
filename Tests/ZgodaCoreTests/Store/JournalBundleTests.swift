import Foundation
import Testing
@testable import ZgodaCore

/// `export-journal` and `import-journal` between data directories: the same records, byte for
/// byte, the same head, the erased still erased; a damaged or newer file makes nothing.
@Suite struct JournalBundleTests {
    func source() throws -> (TestDirectory, Store, ContactID) {
        let dir = TestDirectory()
        let store = try dir.open()
        for i in 0..<8 { try store.addContact(.sample("Osoba \(i)")) }
        let gone = try store.addContact(ContactDetails(name: "Bożena Ulotna", email: "bozena@example.pl", phone: "", company: "",
                                                       position: "", city: "Zamość", tags: [], notes: "tajne"))
        _ = try store.anonymize(gone)
        return (dir, store, gone)
    }

    @Test func aDirectoryMovesByteForByteAndTheExportIsRecorded() throws {
        let (dir, store, gone) = try source()
        let file = dir.root + "/moved.zgj"
        let moved = try store.exportJournal(to: file)
        #expect(moved.records == store.lastSeq)
        #expect(moved.head == store.head)
        guard case let .exported(format, _, destination, contacts)? = try store.history().last?.event else {
            Issue.record("the export is not the last record"); return
        }
        #expect(format == "journal" && destination == file)
        #expect(contacts.count == 8 && !contacts.contains(gone))
        let info = try FileManager.default.attributesOfItem(atPath: file)
        #expect((info[.posixPermissions] as? Int) == 0o600)

        let target = TestDirectory()
        let bundle = try JournalBundle(decoding: try #require(try Files.read(file)), origin: file)
        let result = try Store.importJournal(bundle, into: target.data, options: target.options())
        #expect(result.head == store.head)
        let copy = try target.open()
        #expect(copy.state == store.state)
        #expect(try Files.read(target.segmentPaths[0]) == (try dir.segmentPaths.flatMap { try Files.read($0) ?? [] }))
        #expect(try Verifier.verify(target.data, options: target.options()).ok)
        // The erased person stays erased: nothing of her is readable in the new directory.
        for value in ["Bożena", "Ulotna", "bozena@example.pl", "Zamość", "tajne"] {
            #expect(try target.filesContaining(value).isEmpty, "\(value)")
        }
        #expect(copy.state.contacts[gone]?.anonymized == true)
    }

    @Test func aDamagedOrNewerFileMakesNothing() throws {
        let (dir, store, _) = try source()
        let file = dir.root + "/moved.zgj"
        _ = try store.exportJournal(to: file)
        let good = try #require(try Files.read(file))
        var flipped = good
        flipped[good.count / 2] ^= 0x01
        #expect(throws: ZgodaError.self) { _ = try JournalBundle(decoding: flipped, origin: "f") }
        #expect(throws: ZgodaError.self) { _ = try JournalBundle(decoding: Array(good.dropLast(100)), origin: "f") }
        var newer = good
        newer[4] = 9
        do {
            _ = try JournalBundle(decoding: newer, origin: "f")
            Issue.record("a newer file was read")
        } catch let e as ZgodaError {
            guard case .newerFormat(_, 9) = e else { Issue.record("\(e)"); return }
        }
        // An existing directory is never written over; nor is an existing file.
        let bundle = try JournalBundle(decoding: good, origin: file)
        #expect(throws: ZgodaError.self) { _ = try Store.importJournal(bundle, into: dir.data, options: dir.options()) }
        #expect(throws: ZgodaError.self) { _ = try store.exportJournal(to: file) }
        #expect(try Verifier.verify(dir.data, options: dir.options()).ok)
    }

    @Test func anEncryptedDirectoryNeedsItsPassphraseBeforeAnythingIsMade() throws {
        let dir = TestDirectory()
        try Store.create(dir.data, options: dir.options(passphrase: "correct horse"), encrypt: true)
        let store = try dir.open(dir.options(passphrase: "correct horse"))
        let id = try store.addContact(.sample("Marta Szyfr"))
        let file = dir.root + "/moved.zgj"
        _ = try store.exportJournal(to: file)
        let bundle = try JournalBundle(decoding: try #require(try Files.read(file)), origin: file)
        let target = TestDirectory()
        #expect(throws: ZgodaError.wrongPassphrase) {
            _ = try Store.importJournal(bundle, into: target.data, options: target.options(passphrase: "wrong horse"))
        }
        #expect(!FileManager.default.fileExists(atPath: target.data.path))
        _ = try Store.importJournal(bundle, into: target.data, options: target.options(passphrase: "correct horse"))
        #expect(try target.open(target.options(passphrase: "correct horse")).state.contacts[id]?.details.name == "Marta Szyfr")
        #expect(try target.filesContaining("Marta").isEmpty)
    }
}

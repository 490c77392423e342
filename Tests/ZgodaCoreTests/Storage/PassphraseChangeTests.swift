import Foundation
import Testing
@testable import ZgodaCore

@Suite("Passphrase change")
struct PassphraseChangeTests {
    static let old = "stare hasło 1"
    static let new = "nowe hasło 22"

    private func encrypted() throws -> (TestDirectory, Store, ContactID) {
        let dir = TestDirectory()
        try Store.create(dir.data, options: dir.options(passphrase: Self.old), encrypt: true)
        let store = try dir.open(dir.options(passphrase: Self.old))
        let id = try store.addContact(.sample("Tajna Osoba", email: "tajna@example.pl"))
        try store.compact()
        try store.recordConsent(id, purpose: "partners", decision: .granted, source: .paper, evidence: "karta")
        return (dir, store, id)
    }

    /// Every file but zgoda.json and the lock, byte for byte.
    private func contents(_ dir: TestDirectory) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for f in dir.allFiles() where !f.hasSuffix("zgoda.json") && !f.hasSuffix("/lock") { out[f] = try Files.read(f) }
        return out
    }

    @Test func aWrongOldPassphraseChangesNothing() throws {
        let (dir, _, _) = try encrypted()
        let meta = try Files.read(dir.data.metaPath)
        #expect(throws: ZgodaError.wrongPassphrase) {
            try Store.changePassphrase(dir.data, options: dir.options(), old: "nie to hasło", new: Self.new)
        }
        #expect(try Files.read(dir.data.metaPath) == meta)
        _ = try dir.open(dir.options(passphrase: Self.old))
    }

    @Test func theNewPassphraseOpensWhatTheOldOneDidAndNothingElseIsRewritten() throws {
        let (dir, store, id) = try encrypted()
        let before = try contents(dir)
        try Store.changePassphrase(dir.data, options: dir.options(), old: Self.old, new: Self.new)
        #expect(try contents(dir) == before, "journal, snapshots and key files untouched")
        #expect(throws: ZgodaError.wrongPassphrase) { try dir.open(dir.options(passphrase: Self.old)) }
        let reopened = try dir.open(dir.options(passphrase: Self.new))
        #expect(reopened.state == store.state)
        #expect(reopened.state.contacts[id]?.details.name == "Tajna Osoba")
        #expect(try Verifier.verify(dir.data, options: dir.options(passphrase: Self.new)).ok)
    }

    @Test func aStoreAlreadyOpenKeepsWorking() throws {
        let (dir, store, _) = try encrypted()
        try Store.changePassphrase(dir.data, options: dir.options(), old: Self.old, new: Self.new)
        let later = try store.addContact(.sample("Po zmianie"))
        let reopened = try dir.open(dir.options(passphrase: Self.new))
        #expect(reopened.state.contacts[later]?.details.name == "Po zmianie")
    }

    @Test func aDirectoryOfFormatOneChangesToo() throws {
        let dir = TestDirectory()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/format1-encrypted/data").path
        try FileManager.default.copyItem(atPath: fixture, toPath: dir.data.path)
        try FileSafetyTests.makePrivate(dir.data.path)
        let first = try dir.open(dir.options(passphrase: "fixture passphrase"))
        try Store.changePassphrase(dir.data, options: dir.options(), old: "fixture passphrase", new: Self.new)
        let reopened = try dir.open(dir.options(passphrase: Self.new))
        #expect(reopened.state == first.state)
        #expect(reopened.state.contacts.values.contains { $0.details.name == "Zażółć Gęślą-Jaźń" })
    }

    @Test func aPlainDirectoryOrAShortPassphraseIsRefused() throws {
        let dir = TestDirectory()
        _ = try dir.open()
        #expect(throws: ZgodaError.self) { try Store.changePassphrase(dir.data, options: dir.options(), old: "x", new: Self.new) }
        let (enc, _, _) = try encrypted()
        #expect(throws: ZgodaError.self) { try Store.changePassphrase(enc.data, options: enc.options(), old: Self.old, new: "krótkie") }
    }
}

import Foundation
import Testing
@testable import ZgodaCore

@Suite("Encryption at rest")
struct EncryptionTests {
    @Test func passphraseProtectsTheKeys() throws {
        let dir = TestDirectory()
        try Store.create(dir.data, options: dir.options(passphrase: "correct horse"), encrypt: true)
        let store = try dir.open(dir.options(passphrase: "correct horse"))
        let id = try store.addContact(.sample("Grażyna Żółkiewska", email: "grazyna@example.pl"))

        #expect(throws: ZgodaError.wrongPassphrase) { try dir.open(dir.options(passphrase: "wrong horse")) }
        #expect(throws: ZgodaError.passphraseRequired) { try dir.open(dir.options()) }
        let reopened = try dir.open(dir.options(passphrase: "correct horse"))
        #expect(reopened.state.contacts[id]?.details.email == "grazyna@example.pl")

        // No key is stored in the clear: every slot is wrapped.
        let keys = try Files.read(dir.data.keysPath)!
        for slot in 0..<Int((keys.count - KeyStore.headerSize) / KeyStore.slotSize) {
            #expect(keys[KeyStore.headerSize + slot * KeyStore.slotSize] == KeyStore.SlotState.wrapped.rawValue)
        }
        #expect(try Verifier.verify(dir.data).ok, "verify needs no passphrase")
    }
}

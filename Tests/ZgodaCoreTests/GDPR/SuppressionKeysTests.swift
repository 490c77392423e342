import Foundation
import Testing
@testable import ZgodaCore

/// The suppression list recognises an erased person however their e-mail or phone is written,
/// including values their fields held before the erasure, and keeps matching hashes written
/// before these rules.
@Suite struct SuppressionKeysTests {
    @Test(arguments: [
        ("+48 601-202-303", "48601202303"), ("601 202 303", "48601202303"), ("0048 601 202 303", "48601202303"),
        ("(0) 601202303", "48601202303"), ("48601202303", "48601202303"), ("tel:+48-601-202-303", "48601202303"),
        ("+48 22 555 01 00 wew. 12", "48225550100"), ("+49 40 6432131", "49406432131"), ("0049 40 6432131", "49406432131"),
    ])
    func phonesBecomeE164(raw: String, e164: String) {
        #expect(SuppressionKeys.phone(raw) == e164)
    }

    @Test(arguments: [
        ("Anna.Kowalska@Example.PL", "anna.kowalska@example.pl"), ("anna+crm@example.pl", "anna@example.pl"),
        ("a.n.n.a@gmail.com", "anna@gmail.com"), ("Anna.K+news@googlemail.com", "annak@gmail.com"),
        ("a.nna@example.pl", "a.nna@example.pl"), ("+tag@example.pl", "+tag@example.pl"),
    ])
    func emailsCompareWithoutCaseAndSubAddress(raw: String, key: String) {
        #expect(SuppressionKeys.email(raw) == key)
    }

    @Test func anErasedPersonIsRecognisedWrittenAnotherWayAndByValuesClearedBefore() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let id = try store.addContact(ContactDetails(name: "Ola Zażółć", email: "ola.zazolc@gmail.com", phone: "+48 601-202-303"))
        try store.editContact(id) { $0.email = "ola@firma.example.pl"; $0.phone = "" }
        try store.anonymize(id)
        for (details, what) in [
            (ContactDetails(name: "O. Z.", phone: "601 202 303"), "phone"),
            (ContactDetails(name: "O. Z.", email: "OlaZazolc+sklep@gmail.com"), "e-mail"),
            (ContactDetails(name: "O. Z.", email: "ola@firma.example.pl"), "e-mail"),
        ] {
            #expect(throws: ZgodaError.suppressed(what)) { try store.addContact(details) }
        }
        #expect(try store.addContact(ContactDetails(name: "Inna Osoba", phone: "601 202 304")).rawValue.count == 8)
        for value in ["ola.zazolc@gmail.com", "601-202-303", "ola@firma.example.pl"] {
            #expect(try scratch.filesContaining(value).isEmpty, "\(value)")
        }
    }

    @Test func hashesWrittenBeforeTheRulesStillMatch() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let id = try store.addContact(ContactDetails(name: "Stary Wpis"))
        // An erasure as the code before these rules recorded it: lower-cased e-mail, bare digits.
        let old = ["email:stary@example.pl", "phone:601202303"].compactMap(store.suppressionHash)
        try store.commit { _ in [.anonymized(id: id, suppression: old, request: nil)] }
        #expect(store.suppressionMatch(ContactDetails(name: "x", email: "STARY@example.pl")) == "e-mail")
        #expect(store.suppressionMatch(ContactDetails(name: "x", phone: "601 202 303")) == "phone")
    }
}

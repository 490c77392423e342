import Foundation
import Testing
@testable import ZgodaCore

/// Data minimisation: fields held that no purpose giving a basis needs.
@Suite struct MinimisationTests {
    @Test func fieldsNoActivePurposeNeedsAreListed() throws {
        let scratch = ScratchDirectory()
        let store = try scratch.open()
        let id = try store.addContact(ContactDetails(name: "Ewa Łoś", email: "ewa@los.example.pl", phone: "+48 600 700 800",
                                                     company: "Łoś i S-ka", city: "Gdańsk", notes: "Lubi jazz"))
        #expect(store.state.unneededFields(for: id, now: store.now) == [.name, .email, .phone, .company, .city, .notes],
                "no active purpose: nothing is needed")
        try store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .paper)
        #expect(store.state.unneededFields(for: id, now: store.now) == [.phone, .company, .city, .notes])
        try store.recordConsent(id, purpose: "phone-marketing", decision: .granted, source: .phone)
        #expect(store.state.unneededFields(for: id, now: store.now) == [.company, .city, .notes])
        #expect(store.state.minimisationFindings(now: store.now) == [MinimisationFinding(contact: id, fields: [.company, .city, .notes])])

        try store.editPurpose("phone-marketing", change: .editorial) { $0.neededFields = [] }
        #expect(store.state.unneededFields(for: id, now: store.now) == [], "an undeclared need cannot be judged")
        try store.editPurpose("phone-marketing", change: .editorial) { $0.neededFields = [.name, .phone, .company, .city, .notes] }
        #expect(store.state.unneededFields(for: id, now: store.now) == [])

        try store.recordConsent(id, purpose: "phone-marketing", decision: .withdrawn, source: .phone)
        #expect(store.state.unneededFields(for: id, now: store.now) == [.phone, .company, .city, .notes])
        try store.anonymize(id)
        #expect(store.state.unneededFields(for: id, now: store.now) == [])
        #expect(store.state.minimisationFindings(now: store.now) == [])
    }
}

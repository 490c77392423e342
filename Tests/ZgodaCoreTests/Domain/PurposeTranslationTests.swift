import Foundation
import Testing
@testable import ZgodaCore

/// A purpose's wording in Polish beside its main (English) wording: kept through the journal
/// and snapshots, part of the version, and hashed as the person read it.
@Suite struct PurposeTranslationTests {
    static let polish = PurposeWording(title: "Zaproszenia na targi", description: "Zaproszenia na nasze stoisko na targach.")

    @Test func theStarterPurposesShipInBothLanguages() {
        for p in Purpose.starters {
            let pl = p.wording(in: .pl), en = p.wording(in: .en)
            #expect(pl.title != en.title && pl.description != en.description, "\(p.id)")
            #expect(!pl.title.isEmpty && !pl.description.isEmpty)
        }
    }

    @Test func aTranslationSurvivesTheJournalAndASnapshot() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.addPurpose(Purpose(id: "fairs", title: "Fair invitations", description: "Invitations to our stand at fairs.",
                                     legalBasis: .consent, retention: Retention(months: 12), translations: [.pl: Self.polish]))
        try store.editPurpose("fairs", change: .editorial) { $0.translations[.pl]?.title = "Zaproszenia na targi branżowe" }
        // From the journal alone.
        var reopened = try dir.open()
        #expect(reopened.state.purposes["fairs"]?.translations[.pl]?.title == "Zaproszenia na targi branżowe")
        #expect(reopened.state.purposeVersions["fairs"]?[1]?.translations[.pl] == Self.polish)
        // From a snapshot: every version keeps its own wording.
        try reopened.compact()
        reopened = try dir.open()
        #expect(reopened.state.purposes["fairs"]?.wording(in: .pl).title == "Zaproszenia na targi branżowe")
        #expect(reopened.state.purposeVersions["fairs"]?[1]?.translations[.pl] == Self.polish)
        #expect(reopened.state.purposes["email-marketing"]?.wording(in: .pl).title == "Marketing e-mailowy")
        #expect(try Verifier.verify(dir.data).problems.isEmpty)
    }

    @Test func aChangeOfTheTranslationIsANewVersionAndShowsInHistory() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        #expect(throws: ZgodaError.versionChangeUnstated(id: "profiling", next: 2)) {
            try store.editPurpose("profiling") { $0.translations[.pl]?.description = "Inny opis." }
        }
        try store.editPurpose("profiling", change: .material) { $0.translations[.pl]?.description = "Inny opis." }
        let changes = HistoryText.changes(try #require(try store.history().last))
        #expect(changes.contains(FieldChange(field: "description.pl",
                                             old: "Analiza historii zakupów i zainteresowań w celu dopasowania ofert.", new: "Inny opis.")))
        #expect(!changes.contains { $0.field == "title.pl" })
    }

    @Test func aTranslationIsAWholeWording() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        #expect(throws: ZgodaError.self) {
            try store.addPurpose(Purpose(id: "x", title: "X", description: "Why.", legalBasis: .consent, retention: Retention(months: 1),
                                         translations: [.pl: PurposeWording(title: "", description: "Dlaczego.")]))
        }
        #expect(throws: ZgodaError.self) {
            try store.addPurpose(Purpose(id: "x", title: "X", description: "Why.", legalBasis: .consent, retention: Retention(months: 1),
                                         translations: [.pl: PurposeWording(title: "Iks", description: "")]))
        }
        #expect(store.state.purposes["x"] == nil)
    }

    @Test func theWordingHashIsOfWhatThePersonRead() {
        let controller = DataController(name: "Firma", address: "ul. Długa 1", email: "", dpo: "")
        var p = Purpose(id: "fairs", title: "Fair invitations", description: "Invitations.", legalBasis: .consent, retention: Retention(months: 12))
        let before = Wording.hash(controller: controller, purpose: p)
        // English, and any language without a wording of its own, keep the hash as it always was.
        #expect(Wording.hash(controller: controller, purpose: p, language: .pl) == before)
        p.translations[.pl] = Self.polish
        #expect(Wording.hash(controller: controller, purpose: p, language: .en) == before)
        let polish = Wording.hash(controller: controller, purpose: p, language: .pl)
        #expect(polish != before)
        #expect(Wording.text(controller: controller, purpose: p, language: .pl).contains("Title: Zaproszenia na targi\n"))
        #expect(Wording.hashes(controller: controller, purpose: p) == [before, polish])
    }

    /// A consent recorded by a salesperson working in Polish carries the Polish wording's hash,
    /// and the access report names that wording, in that language, whatever its own language.
    @Test func theReportShowsTheWordingInTheLanguageItWasRead() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.setController { $0.name = "Firma"; $0.address = "ul. Długa 1" }
        let id = try store.addContact(ContactDetails(name: "Anna Nowak", email: "anna@example.pl"))
        let polish = try Language.$current.withValue(.pl) {
            try store.recordConsent(id, purpose: "email-marketing", decision: .granted, source: .paper)
        }
        let english = try store.recordConsent(id, purpose: "phone-marketing", decision: .granted, source: .paper)
        let p = try #require(store.state.purposes["email-marketing"])
        #expect(polish.wordingHash == Wording.hash(controller: store.state.controller, purpose: p, language: .pl))
        let receipt = DocumentReceipt(issued: store.now, operator: "anna", head: store.head, seq: store.lastSeq)
        let report = try AccessReport(state: store.state, contact: id, history: [], receipt: receipt, language: .en)
        let consents = try #require(try JSON.parse(report.render(.json))["consentHistory"]?.arrayValue)
        #expect(consents[0]["wording"]?["title"]?.stringValue == "Marketing e-mailowy")
        #expect(consents[0]["wording"]?["language"]?.stringValue == "pl")
        #expect(consents[1]["wording"]?["title"]?.stringValue == "Phone marketing")
        #expect(consents[1]["wording"]?["language"]?.stringValue == "en")
        #expect(consents[1]["wordingHash"]?.stringValue == english.wordingHash)
        #expect(report.render(.md).contains("Wording the decision was given on:** Marketing e-mailowy: "))
    }

    @Test func aTranslationInALanguageThisZgodaDoesNotKnowIsANewerOnesRecord() throws {
        var w = BinaryWriter()
        w.u32(1); w.string("de"); w.string("Titel"); w.string("Beschreibung")
        #expect(throws: EventCodec.NewerFormat.self) {
            try w.bytes.withReader { r in try EventCodec.decodeTranslations(&r) }
        }
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// Recipients of a purpose (processors, recipients, transfers outside the EEA): read from the
/// command line's form, kept through the journal and snapshots, part of the version and of
/// the wording hash, and shown in history.
@Suite struct RecipientTests {
    static let courier = Recipient(name: "Kurier Polska Sp. z o.o.", role: .processor, country: "PL")
    static let cloud = Recipient(name: "Mail Cloud Inc.", role: .processor, country: "US", safeguard: "EU-US Data Privacy Framework")

    @Test func theCommandLineFormIsReadAndWrittenBack() throws {
        let r = try Recipient(parsing: " Mail Cloud Inc. ; Processor ; us ; EU-US Data Privacy Framework ")
        #expect(r == Self.cloud)
        #expect(r.isTransfer && r.spec == "Mail Cloud Inc.; processor; US; EU-US Data Privacy Framework")
        #expect(try Recipient(parsing: r.spec) == r)
        let inside = try Recipient(parsing: "Partner Handlowy S.A.; recipient; DE")
        #expect(!inside.isTransfer && inside.safeguard.isEmpty && inside.role == .recipient)
        #expect(try Recipient(parsing: "Norsk AS; processor; NO").isTransfer == false, "Norway is in the EEA")
        #expect(inside.line(in: .pl) == "Partner Handlowy S.A. — odbiorca, DE")
        #expect(r.line(in: .en) == "Mail Cloud Inc. — processor, US (transfer outside the EEA: EU-US Data Privacy Framework)")
    }

    @Test func aTransferWithoutASafeguardAndMalformedOnesAreRefusedWithOneLine() {
        #expect(throws: ZgodaError.invalidValue(field: "recipient", reason: ErrorReason(
            en: "US is outside the EEA: name the safeguard of the transfer (an adequacy decision, standard contractual clauses) as a fourth part",
            pl: "US leży poza EOG: podaj zabezpieczenie przekazania (decyzja stwierdzająca odpowiedni stopień ochrony, standardowe klauzule umowne) jako czwartą część"))) {
            try Recipient(parsing: "Mail Cloud Inc.; processor; US")
        }
        for bad in ["Mail Cloud", "Mail; processor", "; processor; PL", "Mail; owner; PL", "Mail; processor; Poland", "Mail; processor; P1",
                    "a; processor; PL; x; y"] {
            #expect(throws: ZgodaError.self, "\(bad)") { try Recipient(parsing: bad) }
        }
    }

    @Test func recipientsSurviveTheJournalAndASnapshotVersionByVersion() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        try store.addPurpose(Purpose(id: "service", title: "Service", description: "Handling the service contract.",
                                     legalBasis: .contract, retention: Retention(months: 72), recipients: [Self.courier]))
        try store.editPurpose("service", change: .material) { $0.recipients = [Self.courier, Self.cloud] }
        var reopened = try dir.open()
        #expect(reopened.state.purposes["service"]?.recipients == [Self.courier, Self.cloud])
        #expect(reopened.state.purposeVersions["service"]?[1]?.recipients == [Self.courier])
        try reopened.compact()
        reopened = try dir.open()
        #expect(reopened.state.purposes["service"]?.recipients == [Self.courier, Self.cloud])
        #expect(reopened.state.purposeVersions["service"]?[1]?.recipients == [Self.courier])
        #expect(reopened.state.purposes["email-marketing"]?.recipients == [])
        #expect(try Verifier.verify(dir.data).problems.isEmpty)
    }

    @Test func aChangeOfRecipientsIsANewVersionInTheHashAndInHistory() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let before = try #require(store.state.purposes["partners"])
        #expect(!Wording.text(controller: store.state.controller, purpose: before).contains("Recipients"),
                "a purpose without recipients keeps the text (and hash) it always had")
        #expect(throws: ZgodaError.versionChangeUnstated(id: "partners", next: 2)) {
            try store.editPurpose("partners") { $0.recipients = [Self.cloud] }
        }
        try store.editPurpose("partners", change: .material) { $0.recipients = [Self.cloud] }
        let after = try #require(store.state.purposes["partners"])
        #expect(Wording.text(controller: store.state.controller, purpose: after)
                .hasSuffix("\nRecipients: Mail Cloud Inc.; processor; US; EU-US Data Privacy Framework"))
        #expect(Wording.hash(controller: store.state.controller, purpose: after) != Wording.hash(controller: store.state.controller, purpose: before))
        let changes = HistoryText.changes(try #require(try store.history().last))
        #expect(changes.contains(FieldChange(field: "recipients", old: nil, new: "Mail Cloud Inc.; processor; US; EU-US Data Privacy Framework")))
    }

    @Test func aRoleThisZgodaDoesNotKnowIsANewerZgodas() throws {
        var w = BinaryWriter()
        w.u32(1); w.string("X"); w.string("joint-controller"); w.string("PL"); w.string("")
        #expect(throws: EventCodec.NewerFormat.self) { try w.bytes.withReader { try EventCodec.decodeRecipients(&$0) } }
    }
}

import Foundation
import Testing
@testable import ZgodaCore

/// Whether a purpose decides about people by automated means alone (Art. 22): said on the
/// form, the report and the register for every purpose, part of the wording and its version.
@Suite struct AutomatedDecisionTests {
    @Test func theFlagSurvivesTheJournalAndASnapshotAndIsANewVersion() throws {
        let dir = TestDirectory()
        let store = try dir.open()
        let before = try #require(store.state.purposes["profiling"])
        #expect(!before.automatedDecisions)
        #expect(throws: ZgodaError.versionChangeUnstated(id: "profiling", next: 2)) {
            try store.editPurpose("profiling") { $0.automatedDecisions = true }
        }
        try store.editPurpose("profiling", change: .material) { $0.automatedDecisions = true }
        let after = try #require(store.state.purposes["profiling"])
        #expect(Wording.text(controller: store.state.controller, purpose: after).hasSuffix("\nAutomated decisions (Art. 22): yes"))
        #expect(!Wording.text(controller: store.state.controller, purpose: before).contains("Automated"))
        let changes = HistoryText.changes(try #require(try store.history().last))
        #expect(changes.contains(FieldChange(field: "automatedDecisions", old: nil, new: "yes")))
        var reopened = try dir.open()
        #expect(reopened.state.purposes["profiling"]?.automatedDecisions == true)
        #expect(reopened.state.purposeVersions["profiling"]?[1]?.automatedDecisions == false)
        try reopened.compact()
        reopened = try dir.open()
        #expect(reopened.state.purposes["profiling"]?.automatedDecisions == true)
        #expect(reopened.state.purposeVersions["profiling"]?[1]?.automatedDecisions == false)
        #expect(try Verifier.verify(dir.data).problems.isEmpty)
    }

    @Test func everyDocumentSaysItForEveryPurpose() throws {
        var yes = Purpose.starters[2]
        yes.automatedDecisions = true
        #expect(DocumentText.automated(Purpose.starters[2]).en.hasPrefix("none: "))
        #expect(DocumentText.automated(yes).pl.hasPrefix("tak: "))
        let g = GoldenState.build()
        let register = ProcessingRegister(state: g.state, issued: GDPRFixtures.january15, encrypted: false, head: GoldenState.head, language: .en)
        #expect(register.render(.md).components(separatedBy: "**Automated decisions (Art. 22):** none").count - 1 == g.state.purposes.count)
    }
}

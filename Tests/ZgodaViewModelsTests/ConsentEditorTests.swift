import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct ConsentEditorTests {
    let purposes = ["email-marketing", "phone-marketing", "profiling", "partners"]

    @Test func grantThenPickTheSourceRecordsAtOnce() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes)
        #expect(m.handle(.char("g")) == .none)
        #expect(m.pending == .granted)
        #expect(m.handle(.char("2")) == .record(purpose: "email-marketing", decision: .granted, source: .phone))
        #expect(m.pending == nil)
    }

    @Test func refuseAndWithdrawWithThePickerMovedByKeys() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes)
        _ = m.handle(.char("j"))
        _ = m.handle(.char("r"))
        _ = m.handle(.down); _ = m.handle(.down); _ = m.handle(.up)
        #expect(m.handle(.enter) == .record(purpose: "phone-marketing", decision: .refused, source: .phone))
        _ = m.handle(.down)
        _ = m.handle(.char("w"))
        _ = m.handle(.end)
        #expect(m.handle(.enter) == .record(purpose: "profiling", decision: .withdrawn, source: .import))
    }

    @Test func escClosesThePickerThenTheEditor() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes)
        _ = m.handle(.char("g"))
        #expect(m.handle(.escape) == .none)
        #expect(m.pending == nil)
        #expect(m.handle(.escape) == .close)
        #expect(m.handle(.char("q")) == .close)
    }

    @Test func movesOverPurposesButGMeansGrant() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes)
        _ = m.handle(.end)
        #expect(m.selectedPurpose == "partners")
        _ = m.handle(.char("k")); _ = m.handle(.up)
        #expect(m.selectedPurpose == "phone-marketing")
        _ = m.handle(.home)
        #expect(m.selectedPurpose == "email-marketing")
        _ = m.handle(.char("g"))
        #expect(m.pending == .granted)
        #expect(m.handle(.char("9")) == .none)
    }

    @Test func updateKeepsTheSelectedPurpose() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes)
        _ = m.handle(.down); _ = m.handle(.down)
        m.update(purposes: ["newsletter"] + purposes)
        #expect(m.selectedPurpose == "profiling")
    }
}

import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct ConsentEditorTests {
    let purposes = ["email-marketing", "phone-marketing", "profiling", "partners"]
    let today = Day(year: 2026, month: 1, day: 15)

    /// A latest decision of pl000001, as the store would hand it to the editor.
    func decided(_ purpose: String, _ decision: Decision) -> [String: ConsentDecision] {
        [purpose: ConsentDecision(contact: "pl000001", purpose: purpose, purposeVersion: 1, decision: decision, source: .paper,
                                  evidence: nil, at: Fixture.now, operator: "anna", expires: nil, wordingHash: "")]
    }

    @Test func grantFastPathIsSourceThenEnterEnter() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        #expect(m.handle(.char("g")) == .none)
        #expect(m.pending == .granted)
        #expect(m.handle(.char("2")) == .none)
        #expect(m.step == .evidence && m.source == .phone && m.isTyping)
        #expect(m.handle(.enter) == .none)
        #expect(m.step == .expiry)
        #expect(m.handle(.enter) == .record(purpose: "email-marketing", decision: .granted, source: .phone, evidence: nil, expires: nil))
        #expect(m.pending == nil && !m.isTyping)
    }

    @Test func evidenceAndExpiryAreRecordedWithTheGrant() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        _ = m.handle(.char("g")); _ = m.handle(.char("5"))
        for k in Key.typing("formularz nr 12 ?") { _ = m.handle(k) }
        _ = m.handle(.enter)
        for k in Key.typing("2027-01-31") { _ = m.handle(k) }
        #expect(m.handle(.enter) == .record(purpose: "email-marketing", decision: .granted, source: .paper,
                                            evidence: "formularz nr 12 ?", expires: Day(year: 2027, month: 1, day: 31)))
    }

    @Test func aBadOrPastExpiryIsShownInlineAndNothingIsRecorded() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        _ = m.handle(.char("g")); _ = m.handle(.enter); _ = m.handle(.enter)
        for k in Key.typing("2027-02-30") { _ = m.handle(k) }
        #expect(m.handle(.enter) == .none)
        #expect(m.expiryError == "'2027-02-30' is not a date (YYYY-MM-DD)")
        _ = m.handle(.ctrl("u"))
        #expect(m.expiryError == nil)
        for k in Key.typing("2026-01-15") { _ = m.handle(k) }
        #expect(m.handle(.enter) == .none)
        #expect(m.expiryError == "the expiry date must be after today (2026-01-15)")
        // Back to the evidence and down again keeps what was typed.
        _ = m.handle(.up)
        #expect(m.step == .evidence)
        _ = m.handle(.down)
        _ = m.handle(.ctrl("u"))
        #expect(m.handle(.enter) == .record(purpose: "email-marketing", decision: .granted, source: .inPerson, evidence: nil, expires: nil))
    }

    @Test func refusalsAndWithdrawalsAskForEvidenceOnly() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today, latest: decided("email-marketing", .granted))
        _ = m.handle(.char("r")); _ = m.handle(.char("3"))
        for k in Key.typing("mail z 14.01") { _ = m.handle(k) }
        #expect(m.handle(.enter) == .record(purpose: "email-marketing", decision: .refused, source: .email, evidence: "mail z 14.01", expires: nil))
        _ = m.handle(.char("w")); _ = m.handle(.char("1"))
        #expect(m.handle(.down) == .none)
        #expect(m.step == .evidence)
        #expect(m.handle(.enter) == .record(purpose: "email-marketing", decision: .withdrawn, source: .inPerson, evidence: nil, expires: nil))
    }

    @Test func onlyAGrantCanBeWithdrawn() {
        var never = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        #expect(never.handle(.char("w")) == .refused("cannot withdraw email-marketing for pl000001: it was never given (record a refusal instead)"))
        #expect(never.pending == nil)
        var refused = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today, latest: decided("email-marketing", .refused))
        #expect(refused.handle(.char("w")) == .refused("cannot withdraw email-marketing for pl000001: the person refused it, so there is nothing to withdraw"))
        var withdrawn = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today, latest: decided("email-marketing", .withdrawn))
        #expect(withdrawn.handle(.char("w")) == .refused("cannot withdraw email-marketing for pl000001: it is already withdrawn"))
        // A refusal or a grant is always possible.
        #expect(never.handle(.char("r")) == .none && never.pending == .refused)
    }

    @Test func escInTheFieldsDropsTheWholeDecision() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        _ = m.handle(.char("g")); _ = m.handle(.char("2"))
        for k in Key.typing("x") { _ = m.handle(k) }
        #expect(m.handle(.escape) == .none)
        #expect(m.pending == nil)
        // A new decision starts with empty fields.
        _ = m.handle(.char("g")); _ = m.handle(.enter)
        #expect(m.evidence.text == "" && m.source == .inPerson)
        _ = m.handle(.enter)
        _ = m.handle(.escape)
        #expect(m.pending == nil)
        #expect(m.handle(.escape) == .close)
    }

    @Test func refuseAndWithdrawWithThePickerMovedByKeys() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today, latest: decided("profiling", .granted))
        _ = m.handle(.char("j"))
        _ = m.handle(.char("r"))
        _ = m.handle(.down); _ = m.handle(.down); _ = m.handle(.up)
        _ = m.handle(.enter)
        #expect(m.handle(.enter) == .record(purpose: "phone-marketing", decision: .refused, source: .phone, evidence: nil, expires: nil))
        _ = m.handle(.down)
        _ = m.handle(.char("w"))
        _ = m.handle(.end)
        _ = m.handle(.enter)
        #expect(m.handle(.enter) == .record(purpose: "profiling", decision: .withdrawn, source: .import, evidence: nil, expires: nil))
    }

    @Test func escClosesThePickerThenTheEditor() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        _ = m.handle(.char("g"))
        #expect(m.handle(.escape) == .none)
        #expect(m.pending == nil)
        #expect(m.handle(.escape) == .close)
        #expect(m.handle(.char("q")) == .close)
    }

    @Test func movesOverPurposesButGMeansGrant() {
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
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
        var m = ConsentEditorModel(contact: "pl000001", purposes: purposes, today: today)
        _ = m.handle(.down); _ = m.handle(.down)
        m.update(purposes: ["newsletter"] + purposes, latest: [:])
        #expect(m.selectedPurpose == "profiling")
    }
}

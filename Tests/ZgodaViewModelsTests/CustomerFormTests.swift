import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct CustomerFormTests {
    let purposes = ["email-marketing", "phone-marketing", "profiling", "partners"]

    @Test func grantRefuseAndToggleThenSubmitOnlyTheDecided() {
        var m = CustomerFormModel(contact: "pl000001", purposes: purposes)
        _ = m.handle(.char("g"))
        _ = m.handle(.down)
        _ = m.handle(.char("r"))
        _ = m.handle(.down); _ = m.handle(.down)
        _ = m.handle(.char(" "))
        _ = m.handle(.char(" "))
        _ = m.handle(.up)
        #expect(m.selectedPurpose == "profiling")
        #expect(m.handle(.enter) == .submit([
            PurposeChoice(purpose: "email-marketing", decision: .granted),
            PurposeChoice(purpose: "phone-marketing", decision: .refused),
            PurposeChoice(purpose: "partners", decision: .refused),
        ]))
    }

    @Test func nothingDecidedIsNotSubmitted() {
        var m = CustomerFormModel(contact: "pl000001", purposes: purposes)
        #expect(m.handle(.enter) == .none)
        #expect(m.error != nil)
    }

    @Test func escAsksToLeaveAndASubmittedFormIsClosed() {
        var m = CustomerFormModel(contact: "pl000001", purposes: purposes)
        #expect(m.handle(.escape) == .leave)
        _ = m.handle(.char("g"))
        m.markSubmitted()
        #expect(m.handle(.char("r")) == .none)
        #expect(m.handle(.enter) == .none)
        #expect(m.choices["email-marketing"] == .granted)
        #expect(m.handle(.escape) == .leave)
    }
}

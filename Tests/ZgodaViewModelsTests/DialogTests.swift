import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct DialogTests {
    @Test func yesNoQuestion() {
        var d = Dialog(title: "Discard changes?", message: [], action: .discardForm)
        #expect(d.handle(.char("x")) == .none)
        #expect(d.handle(.char("n")) == .cancel)
        #expect(d.handle(.escape) == .cancel)
        #expect(d.handle(.char("y")) == .confirm(.discardForm))
        // Enter is no answer to a question that changes something.
        #expect(d.handle(.enter) == .none)
        #expect(d.footer == "y yes   n/Esc no")
    }

    @Test func leavingCustomerModeNeedsTheOperatorsNameUnshown() {
        var d = Dialog.leaveCustomerMode(operator: "anna")
        #expect(!d.message.joined().contains("anna"))
        #expect(d.handle(.enter) == .none)
        for k in Key.typing("staff") { _ = d.handle(k) }
        #expect(d.handle(.enter) == .none)
        #expect(d.error == "That does not match; Esc to cancel.")
        for _ in 0..<5 { _ = d.handle(.backspace) }
        for k in Key.typing("anna") { _ = d.handle(k) }
        #expect(d.handle(.enter) == .confirm(.leaveCustomerMode))
    }

    @Test func typedConfirmationNeedsTheIdOrTheWord() {
        let c = Contact(id: "pl000001", details: ContactDetails(name: "Anna"), created: Date(), updated: Date(), keySlot: 0)
        var d = Dialog.anonymise(c)
        #expect(d.handle(.char("y")) == .none)
        #expect(d.handle(.enter) == .none)
        #expect(d.error != nil)
        _ = d.handle(.backspace)
        for k in Key.typing("pl000001") { _ = d.handle(k) }
        #expect(d.error == nil)
        #expect(d.handle(.enter) == .confirm(.anonymise("pl000001")))
        var e = Dialog.anonymise(c)
        for k in Key.typing("ANONYMISE") { _ = e.handle(k) }
        #expect(e.handle(.enter) == .confirm(.anonymise("pl000001")))
        #expect(e.handle(.escape) == .cancel)
    }
}

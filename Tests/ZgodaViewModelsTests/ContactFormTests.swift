import Testing
import ZgodaCore
@testable import ZgodaViewModels

@Suite struct ContactFormTests {
    @Test func fieldsComeInSpecOrder() {
        #expect(ContactFormModel.fields.map(\.label) == ["Name", "Email", "Phone", "Company", "Position", "City", "Tags", "Notes"])
    }

    @Test func tabShiftTabAndArrowsMoveBetweenFields() {
        var m = ContactFormModel(mode: .add)
        _ = m.handle(.tab); #expect(m.focusedField == .email)
        _ = m.handle(.down); #expect(m.focusedField == .phone)
        _ = m.handle(.backTab); #expect(m.focusedField == .email)
        _ = m.handle(.up); #expect(m.focusedField == .name)
        _ = m.handle(.up); #expect(m.focusedField == .notes)
        _ = m.handle(.tab); #expect(m.focusedField == .name)
        _ = m.handle(.enter); #expect(m.focusedField == .email)
    }

    @Test func editsAtTheCursorWithPolishLetters() {
        var m = ContactFormModel(mode: .add)
        for k in Key.typing("Zaółć") { _ = m.handle(k) }
        for _ in 0..<3 { _ = m.handle(.left) }
        _ = m.handle(.char("ż"))
        #expect(m.details.name == "Zażółć")
        _ = m.handle(.home); _ = m.handle(.delete)
        _ = m.handle(.end); _ = m.handle(.backspace)
        #expect(m.details.name == "ażół")
    }

    @Test func invalidValuesShowInlineAndNothingIsSubmitted() {
        var m = ContactFormModel(mode: .add)
        #expect(m.handle(.ctrl("s")) == .none)
        #expect(m.errors[.name] != nil)
        for k in Key.typing("Anna") { _ = m.handle(k) }
        #expect(m.errors[.name] == nil)
        _ = m.handle(.tab)
        for k in Key.typing("anna@") { _ = m.handle(k) }
        _ = m.handle(.tab)
        // Leaving the field checks it at once.
        #expect(m.errors[.email]?.contains("not an e-mail address") == true)
        #expect(m.handle(.ctrl("s")) == .none)
        #expect(m.focusedField == .email)
        for k in Key.typing("x.pl") { _ = m.handle(k) }
        _ = m.handle(.tab)
        for k in Key.typing("12") { _ = m.handle(k) }
        #expect(m.handle(.ctrl("s")) == .none)
        #expect(m.errors[.phone] != nil)
        #expect(m.focusedField == .phone)
    }

    @Test func validValuesAreSubmittedTrimmedWithTags() {
        var m = ContactFormModel(mode: .add)
        for k in Key.typing(" Zażółć Gęślą-Jaźń ") { _ = m.handle(k) }
        _ = m.handle(.tab)
        for k in Key.typing("zazolc@example.pl") { _ = m.handle(k) }
        for _ in 0..<5 { _ = m.handle(.tab) }
        for k in Key.typing("vip, łódź, vip") { _ = m.handle(k) }
        let intent = m.handle(.ctrl("s"))
        #expect(intent == .save(ContactDetails(name: "Zażółć Gęślą-Jaźń", email: "zazolc@example.pl", tags: ["vip", "łódź"])))
    }

    @Test func escCancelsAndSaysWhetherAnythingWasTyped() {
        var m = ContactFormModel(mode: .edit("pl000001"), details: ContactDetails(name: "Anna"))
        #expect(m.handle(.escape) == .cancel(dirty: false))
        _ = m.handle(.char("x"))
        #expect(m.handle(.escape) == .cancel(dirty: true))
    }

    @Test func storeErrorsLandOnTheirField() {
        var m = ContactFormModel(mode: .add, details: ContactDetails(name: "Anna"))
        m.show(ZgodaError.invalidValue(field: "phone", reason: "bad"))
        #expect(m.errors[.phone] == "bad" && m.focusedField == .phone)
        m.show(ZgodaError.suppressed("e-mail"))
        #expect(m.formError?.contains("asked to be forgotten") == true)
    }

    @Test func aLongValueOpensAtItsStart() {
        let notes = "Początek notatki: " + String(repeating: "dużo tekstu ", count: 40) + "koniec"
        var m = ContactFormModel(mode: .edit("pl000001"), details: ContactDetails(name: "Anna", notes: notes))
        let notesIndex = ContactFormModel.fields.firstIndex(of: .notes)!
        #expect(m.editors[notesIndex].cursor == 0)
        #expect(m.editors[notesIndex].window(width: 30).text == "Początek notatki: dużo tekstu ")
        var grid = Grid(rows: 24, cols: 80)
        ContactFormView.render(m, state: ZgodaState(), into: &grid, rect: Rect(row: 1, col: 0, width: 80, height: 21))
        #expect(grid.text.contains("Początek notatki: dużo"))
        #expect(!grid.text.contains("koniec"))
        // End reaches the end, as in any line editor.
        for _ in 0..<7 { _ = m.handle(.tab) }
        _ = m.handle(.end)
        #expect(m.editors[notesIndex].window(width: 30).text.hasSuffix("koniec"))
    }

    @Test func flagsAndAccentsTypedAsSeveralCodePointsAreOneCharacter() {
        var e = LineEditor()
        // How a terminal delivers them: one key per code point.
        for scalar in "Ala 🇵🇱 e\u{301}👍🏽".unicodeScalars { e.handle(.char(Character(scalar))) }
        #expect(e.text == "Ala 🇵🇱 é👍🏽")
        #expect(e.characters.count == 8)
        e.handle(.backspace)
        #expect(e.text == "Ala 🇵🇱 é")
        e.handle(.backspace); e.handle(.backspace)
        #expect(e.text == "Ala 🇵🇱")
        e.handle(.backspace)
        #expect(e.text == "Ala ")
        // A second flag after a first is a new character, not a merge.
        for scalar in "🇵🇱🇩🇪".unicodeScalars { e.handle(.char(Character(scalar))) }
        #expect(e.characters.suffix(2) == ["🇵🇱", "🇩🇪"])
    }
}

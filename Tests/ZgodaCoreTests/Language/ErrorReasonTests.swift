import Testing
@testable import ZgodaCore

/// A refused value is said in the language of the run when its reason was written in both, and
/// wholly in English when it was not, so no line mixes the two.
@Suite struct ErrorReasonTests {
    func refusal(_ d: ContactDetails) -> ZgodaError? {
        do { _ = try Validation.check(d); return nil } catch let e as ZgodaError { return e } catch { return nil }
    }

    @Test func validationSpeaksThePolishOfTheRun() throws {
        let bad = try #require(refusal(ContactDetails(name: "Jan", email: "bad")))
        #expect(bad.description == "invalid email: 'bad' is not an e-mail address (expected name@example.com)")
        Language.$current.withValue(.pl) {
            #expect(bad.description == "nieprawidłowe pole e-mail: „bad” to nie jest adres e-mail (oczekiwano: nazwa@example.com)")
            #expect(refusal(ContactDetails(name: " "))?.description == "nieprawidłowe pole imię i nazwisko: kontakt musi mieć imię i nazwisko")
            #expect(refusal(ContactDetails(name: "Jan", phone: "pager"))?.description
                    == "nieprawidłowe pole telefon: „pager” to nie jest numer telefonu (cyfry, spacje, +, -, nawiasy; od 6 do 15 cyfr)")
        }
    }

    @Test func aReasonInOneLanguageStaysWhole() {
        let e = ZgodaError.invalidValue(field: "database connection string", reason: "no host")
        Language.$current.withValue(.pl) { #expect(e.description == "invalid database connection string: no host") }
    }

    /// The error is the same error whatever language it was made in.
    @Test func reasonsCompareByTheirEnglish() {
        let made = Language.$current.withValue(.pl) { refusal(ContactDetails(name: "Jan", email: "bad")) }
        #expect(made == .invalidValue(field: "email", reason: "'bad' is not an e-mail address (expected name@example.com)"))
        #expect(ZgodaError.english(made!) == "invalid email: 'bad' is not an e-mail address (expected name@example.com)")
    }
}

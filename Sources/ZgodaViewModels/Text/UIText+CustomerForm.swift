import ZgodaCore

extension UIText {
    /// The consent form a customer fills in on the salesperson's screen. It speaks the language
    /// of the run, like every other screen: the person at the keyboard chose it for the customer.
    enum CustomerForm {
        static func controller(_ name: String, _ address: String) -> Localized {
            Localized(en: "Data controller: \(name), \(address)", pl: "Administrator danych: \(name), \(address)")
        }
        static func email(_ address: String) -> Localized { Localized(en: "E-mail: \(address)", pl: "E-mail: \(address)") }
        static func dpo(_ contact: String) -> Localized {
            Localized(en: "Data protection officer: \(contact)", pl: "Inspektor ochrony danych: \(contact)")
        }
        static func thanks(_ name: String) -> Localized {
            Localized(en: "Thank you, \(name). Your choices have been saved.", pl: "Dziękujemy, \(name). Twoje wybory zostały zapisane.")
        }
        static let handBack = Localized(en: "Please hand the screen back to our staff.", pl: "Prosimy oddać ekran naszemu pracownikowi.")
        static func askFor(_ name: String) -> Localized {
            Localized(en: "\(name), please tell us what you agree to. Choose yes or no for each purpose; "
                          + "you may change your mind at any time.",
                      pl: "\(name), prosimy powiedzieć, na co wyrażasz zgodę. Przy każdym celu wybierz tak albo nie; "
                          + "w każdej chwili możesz zmienić zdanie.")
        }
        static func basisAndVersion(_ basis: LegalBasis, version: Int) -> Localized {
            Localized(en: "Legal basis: \(basis.rawValue) · version \(version)",
                      pl: "Podstawa prawna: \(Consents.basis(basis).pl) · wersja \(version)")
        }
        static let yes = Localized(en: "[x] Yes", pl: "[x] Tak")
        static let notYes = Localized(en: "[ ] Yes", pl: "[ ] Tak")
        static let no = Localized(en: "[x] No", pl: "[x] Nie")
        static let notNo = Localized(en: "[ ] No", pl: "[ ] Nie")
        static let chooseSomething = Localized(en: "Please choose yes or no for at least one purpose.",
                                               pl: "Prosimy wybrać tak albo nie przy co najmniej jednym celu.")

        // Keys.
        static let choosePurpose = Localized(en: "choose a purpose", pl: "wybierz cel")
        static let handBackKey = Localized(en: "hand back to staff", pl: "oddaj pracownikowi")
        static let agree = Localized(en: "yes, I agree", pl: "tak, zgadzam się")
        static let disagree = Localized(en: "no, I do not agree", pl: "nie, nie zgadzam się")
        static let change = Localized(en: "change the answer", pl: "zmień odpowiedź")
        static let submit = Localized(en: "submit", pl: "zatwierdź")
    }
}

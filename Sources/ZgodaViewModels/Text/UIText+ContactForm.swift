import ZgodaCore

extension UIText {
    /// The form that adds a contact or edits one.
    enum ContactForm {
        static let newContact = Localized(en: "New contact", pl: "Nowy kontakt")
        static func editContact(_ id: ContactID) -> Localized {
            Localized(en: "Edit contact \(id)", pl: "Edycja kontaktu \(id)")
        }

        static func notAnEmail(_ typed: String) -> Localized {
            Localized(en: "'\(typed)' is not an e-mail address (expected name@example.com)",
                      pl: "„\(typed)” to nie jest adres e-mail (oczekiwano: nazwa@example.com)")
        }
        static let needsName = Localized(en: "a contact needs a name", pl: "kontakt musi mieć imię i nazwisko")
        static let notAPhone = Localized(en: "not a phone number (digits, spaces, +, -, parentheses; 6 to 15 digits)",
                                         pl: "to nie jest numer telefonu (cyfry, spacje, +, -, nawiasy; od 6 do 15 cyfr)")
        /// Beside a field another process changed while this form was open.
        static func changedElsewhere(_ theirs: String) -> Localized {
            Localized(en: "changed elsewhere to '\(theirs)'; Ctrl-S saves yours over it",
                      pl: "zmienione gdzie indziej na „\(theirs)”; Ctrl-S zapisze Twoją wartość w jej miejsce")
        }

        // The line under the fields, for the focused one.
        static let tagsHint = Localized(en: "Tags: separate them with commas.", pl: "Tagi: oddziel je przecinkami.")
        static let emailHint = Localized(en: "E-mail: name@example.com", pl: "E-mail: nazwa@example.com")
        static let phoneHint = Localized(en: "Phone: digits, spaces, +, - and parentheses.", pl: "Telefon: cyfry, spacje, +, - i nawiasy.")
        static let requiredHint = Localized(en: "* required.  Ctrl-S saves, Esc cancels.", pl: "* wymagane.  Ctrl-S zapisuje, Esc anuluje.")

        // Keys.
        static let next = Localized(en: "next field (Enter too; on Notes it saves)", pl: "następne pole (też Enter; w polu Notatki zapisuje)")
        static let nextFooter = Localized(en: "next", pl: "dalej")
        static let previous = Localized(en: "previous field", pl: "poprzednie pole")
        static let previousFooter = Localized(en: "previous", pl: "poprzednie")
        static let moveInField = Localized(en: "move in the field", pl: "ruch w polu")
        static let erase = Localized(en: "erase", pl: "kasuj")
        static let eraseToEnds = Localized(en: "erase to the start / end of the field", pl: "kasuj do początku / końca pola")
        static let save = Localized(en: "save", pl: "zapisz")
        static let cancel = Localized(en: "cancel", pl: "anuluj")
    }
}

import ZgodaCore

extension HelpText {
    /// `contact add|edit|show|list`.
    enum Contact {
        static let abstract = Localized(en: "Add, edit, show and list contacts.", pl: "Dodawaj, zmieniaj, pokazuj i wypisuj kontakty.")
        static let name = Localized(en: "Full name.", pl: "Imię i nazwisko.")
        static let email = Localized(en: "E-mail address.", pl: "Adres e-mail.")
        static let phone = Localized(en: "Phone number.", pl: "Numer telefonu.")
        static let company = Localized(en: "Company.", pl: "Firma.")
        static let position = Localized(en: "Position (job title).", pl: "Stanowisko.")
        static let city = Localized(en: "City.", pl: "Miasto.")
        static let tag = Localized(en: "A tag; repeat for several (on edit, replaces the tags).",
                                   pl: "Tag; powtórz dla kilku (przy edycji zastępuje dotychczasowe tagi).")
        static let notes = Localized(en: "Free-text notes.", pl: "Notatki (dowolny tekst).")
        static let add = Localized(en: "Add a contact; prints the new id alone on stdout.",
                                   pl: "Dodaj kontakt; na stdout wypisuje tylko jego nowy identyfikator.")
        static let override = Localized(en: "Add the person even though they asked to be forgotten before, and say why (recorded).",
                                        pl: "Dodaj osobę, choć wcześniej prosiła o zapomnienie, i podaj powód (zostaje zapisany).")
        static let edit = Localized(en: "Change a contact's fields; an empty value clears a field.",
                                    pl: "Zmień pola kontaktu; pusta wartość czyści pole.")
        static let show = Localized(en: "Show one contact with its consents.", pl: "Pokaż jeden kontakt z jego zgodami.")
        static let list = Localized(en: "List contacts; the search is case- and diacritic-insensitive (\"lodz\" finds \"Łódź\").",
                                    pl: "Wypisz kontakty; wyszukiwanie pomija wielkość liter i znaki diakrytyczne („lodz” znajduje „Łódź”).")
        static let query = Localized(en: "Words to search for in names, e-mails, phones, companies, cities and tags.",
                                     pl: "Słowa do wyszukania w imionach i nazwiskach, adresach e-mail, telefonach, firmach, miastach i tagach.")
        static let consent = Localized(en: "Only contacts with this consent status, e.g. email-marketing=granted.",
                                       pl: "Tylko kontakty o tym stanie zgody, np. email-marketing=granted.")
        static let listFormat = Localized(en: "table, json or ids.", pl: "table, json albo ids.")
    }

    /// `consent grant|refuse|withdraw|object|list`.
    enum Consent {
        static let abstract = Localized(en: "Record consent decisions and list a contact's current consents.",
                                        pl: "Zapisuj decyzje o zgodach i wypisuj bieżące zgody kontaktu.")
        static let purpose = Localized(en: "The purpose id (see 'zgoda purpose list').",
                                       pl: "Identyfikator celu przetwarzania (zob. 'zgoda purpose list').")
        static let source = Localized(
            en: "How the decision reached you: in-person, phone, email, web-form, paper or import.",
            pl: "Jak decyzja do Ciebie dotarła: in-person (osobiście), phone (telefon), email, web-form (formularz WWW), paper (na papierze) albo import.")
        static let evidence = Localized(en: "Proof of the decision, e.g. \"signed form no. 12\".",
                                        pl: "Dowód decyzji, np. „podpisany formularz nr 12”.")
        static let grant = Localized(en: "Record that the person granted consent.", pl: "Zapisz, że osoba udzieliła zgody.")
        static let expires = Localized(en: "The day the consent lapses (YYYY-MM-DD).", pl: "Dzień, w którym zgoda wygasa (RRRR-MM-DD).")
        static let refuse = Localized(en: "Record that the person refused consent.", pl: "Zapisz, że osoba odmówiła zgody.")
        static let withdraw = Localized(en: "Record that the person withdrew consent.", pl: "Zapisz, że osoba wycofała zgodę.")
        static let object = Localized(en: "Record the person's objection (Art. 21) to a purpose based on legitimate interest.",
                                      pl: "Zapisz sprzeciw osoby (art. 21) wobec celu opartego na prawnie uzasadnionym interesie.")
        static let list = Localized(en: "The current consent status per purpose.", pl: "Bieżący stan zgody dla każdego celu.")
    }

    /// `history`.
    enum History {
        static let abstract = Localized(en: "The change journal, oldest first: for one contact, or everything (the audit log).",
                                        pl: "Dziennik zmian, od najstarszych: dla jednego kontaktu albo cały (dziennik audytowy).")
        static let id = Localized(en: "Only what concerns this contact (exports that included them too).",
                                  pl: "Tylko to, co dotyczy tego kontaktu (także eksporty, w których się znalazł).")
        static let access = Localized(en: "Who looked at the data instead of the changes: each recorded read (contact show, consent list, history, JSON listings, the terminal UI's contact screens).",
                                      pl: "Kto miał wgląd w dane zamiast zmian: każdy odnotowany odczyt (contact show, consent list, history, listy w JSON, ekrany kontaktu w interfejsie terminalowym).")
    }
}

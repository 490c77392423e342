import ZgodaCore

extension CLIText {
    /// `contact add|edit|show|list` and the consent table `contact show` and `consent list` share.
    enum Contact {
        static let field = Localized(en: "Field", pl: "Pole")
        static let value = Localized(en: "Value", pl: "Wartość")
        static let erased = Localized(en: "(erased)", pl: "(usunięto)")
        static let anonymisedRow = Localized(en: "Anonymised", pl: "Zanonimizowany")
        static let yes = Localized(en: "yes", pl: "tak")
        static let no = Localized(en: "no", pl: "nie")
        static let restricted = Localized(en: "Restricted", pl: "Ograniczenie")
        static let created = Localized(en: "Created", pl: "Utworzono")
        static let updated = Localized(en: "Updated", pl: "Zaktualizowano")
        static let company = Localized(en: "Company", pl: "Firma")
        static let reach = Localized(en: "E-mail / phone", pl: "E-mail / telefon")
        static let nothingChanged = Localized(en: "nothing changed", pl: "nic się nie zmieniło")
        static let nothingToChange = Localized(en: "nothing to change: give at least one field option, e.g. --email",
                                               pl: "nic do zmiany: podaj co najmniej jedno pole, np. --email")

        /// The `Restricted` row: which open request holds the person out of exports.
        static func held(type: RequestType, request: String) -> Localized {
            Localized(en: "processing held by \(type.rawValue) request \(request): left out of exports and mailing lists",
                      pl: "przetwarzanie wstrzymane wnioskiem \(request) (\(CoreText.Labels.requestType(type).pl)): osoba pominięta w eksportach i listach wysyłkowych")
        }

        /// `contact edit`: the fields that changed; in Polish named as `contact show` names them.
        static func changed(_ fields: [String]) -> Localized {
            Localized(en: "changed " + fields.joined(separator: ", "),
                      pl: "zmieniono: " + fields.map { ContactField(rawValue: $0).map { CoreText.Labels.field($0).pl.lowercased() } ?? $0 }
                          .joined(separator: ", "))
        }

        /// `contact add --override`: the person is added although a value matches an erased one.
        static func overridden(_ id: ContactID, matched: String) -> Localized {
            let what = matched == "phone" ? "telefon" : matched
            return Localized(en: "added \(id) although their \(matched) matches an erased person: the override and its reason are recorded",
                             pl: "dodano \(id), choć \(what) pasuje do osoby usuniętej na jej żądanie: odstępstwo i jego powód zostały odnotowane")
        }

        // The consent table.
        static let purpose = Localized(en: "Purpose", pl: "Cel")
        static let version = Localized(en: "Version", pl: "Wersja")
        static let source = Localized(en: "Source", pl: "Źródło")
        static let expires = Localized(en: "Expires", pl: "Wygasa")
        static let evidence = Localized(en: "Evidence", pl: "Dowód")
    }
}

/// Names of fields, sources, statuses, decisions, legal bases and request types as a person
/// reads them. Public so that every screen and command names them alike; the English words of
/// statuses and decisions are their raw values, so English output reads as it always has.
extension CoreText {
    public enum Labels {
        /// A contact field's name on forms and in tables ("Name", "Imię i nazwisko").
        public static func field(_ field: ContactField) -> Localized {
            switch field {
            case .name: return Localized(en: "Name", pl: "Imię i nazwisko")
            case .email: return Localized(en: "Email", pl: "E-mail")
            case .phone: return Localized(en: "Phone", pl: "Telefon")
            case .company: return Localized(en: "Company", pl: "Firma")
            case .position: return Localized(en: "Position", pl: "Stanowisko")
            case .city: return Localized(en: "City", pl: "Miasto")
            case .tags: return Localized(en: "Tags", pl: "Tagi")
            case .notes: return Localized(en: "Notes", pl: "Notatki")
            }
        }

        /// How a consent reached us, in words ("in person", "osobiście").
        public static func source(_ source: ConsentSource) -> Localized {
            switch source {
            case .inPerson: return Localized(en: "in person", pl: "osobiście")
            case .phone: return Localized(en: "phone", pl: "telefon")
            case .email: return Localized(en: "e-mail", pl: "e-mail")
            case .webForm: return Localized(en: "web form", pl: "formularz WWW")
            case .paper: return Localized(en: "paper", pl: "na papierze")
            case .import: return Localized(en: "import", pl: "import")
            }
        }

        /// A consent's current status in words ("granted", "udzielona").
        public static func status(_ status: ConsentStatus) -> Localized {
            switch status {
            case .granted: return Localized(en: "granted", pl: "udzielona")
            case .refused: return Localized(en: "refused", pl: "odmowa")
            case .withdrawn: return Localized(en: "withdrawn", pl: "wycofana")
            case .expired: return Localized(en: "expired", pl: "wygasła")
            case .outdated: return Localized(en: "outdated", pl: "nieaktualna treść")
            case .objected: return Localized(en: "objected", pl: "sprzeciw")
            case .none: return Localized(en: "none", pl: "brak")
            }
        }

        /// A decision in words: the status it gives.
        public static func decision(_ decision: Decision) -> Localized {
            switch decision {
            case .granted: return status(.granted)
            case .refused: return status(.refused)
            case .withdrawn: return status(.withdrawn)
            case .objected: return status(.objected)
            }
        }

        /// A legal basis (Art. 6) in words.
        public static func legalBasis(_ basis: LegalBasis) -> Localized {
            switch basis {
            case .consent: return Localized(en: "consent", pl: "zgoda")
            case .contract: return Localized(en: "contract", pl: "umowa")
            case .legitimateInterest: return Localized(en: "legitimate interest", pl: "prawnie uzasadniony interes")
            case .legalObligation: return Localized(en: "legal obligation", pl: "obowiązek prawny")
            }
        }

        /// A data-subject request's type in words.
        public static func requestType(_ type: RequestType) -> Localized {
            switch type {
            case .access: return Localized(en: "access", pl: "dostęp do danych")
            case .erasure: return Localized(en: "erasure", pl: "usunięcie danych")
            case .rectification: return Localized(en: "rectification", pl: "sprostowanie danych")
            case .objection: return Localized(en: "objection", pl: "sprzeciw")
            case .portability: return Localized(en: "portability", pl: "przeniesienie danych")
            case .restriction: return Localized(en: "restriction", pl: "ograniczenie przetwarzania")
            }
        }
    }
}

extension CoreText.Labels {
    /// What matched an erased person, as `SuppressionKeys` names it ("e-mail", "phone").
    static func matchedValue(_ what: String) -> Localized {
        switch what {
        case "e-mail": return Localized(en: what, pl: "adres e-mail")
        case "phone": return Localized(en: what, pl: "numer telefonu")
        default: return Localized(en: what, pl: what)
        }
    }
}

extension CoreText.Labels {
    /// "1 contact", "22 kontakty": the one noun every layer counts people with.
    public static let contacts = PluralNoun(en: ("contact", "contacts"), pl: ("kontakt", "kontakty", "kontaktów"))
    /// "1 person", "3 osoby": people counted as people (a breach, a notice, retention).
    public static let people = PluralNoun(en: ("person", "people"), pl: ("osoba", "osoby", "osób"))
}

extension CoreText.Labels {
    /// A changed field's name as a history line shows it: English keeps the name the journal and
    /// its JSON use (`company`, `legalBasis`); Polish says it in words. A name not listed (a
    /// purpose's id, on a consent line) is shown as it is in both.
    public static func changedField(_ name: String) -> Localized {
        if let f = ContactField(rawValue: name) { return Localized(en: name, pl: field(f).pl.lowercased()) }
        let polish: [String: String] = [
            "expires": "wygasa", "evidence": "dowód", "consents": "zgody", "title": "tytuł", "description": "opis",
            "legalBasis": "podstawa prawna", "retention": "okres przechowywania", "fields": "potrzebne pola",
            "version": "wersja", "address": "adres", "dpo": "inspektor ochrony danych",
            // Values refused on the command line and in forms.
            "override": "powód dodania", "what": "opis", "noticed": "wykryto", "notified": "zgłoszono",
            "people": "liczba osób", "received": "data wpływu", "reason": "powód", "grace": "okres karencji",
            "new passphrase": "nowe hasło", "passphrase": "hasło", "public-url": "adres publiczny",
            "contacts": "liczba kontaktów", "admin-email": "e-mail administratora", "id": "identyfikator",
            "role": "rola", "database connection string": "adres połączenia z bazą danych",
            "language in the config file": "język w pliku konfiguracyjnym",
        ]
        if name.hasPrefix("consent ") { return Localized(en: name, pl: "zgoda " + name.dropFirst("consent ".count)) }
        return Localized(en: name, pl: polish[name] ?? name)
    }
}

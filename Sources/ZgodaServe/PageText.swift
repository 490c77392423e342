import Foundation
import ZgodaCore

/// Every sentence the customer's pages say, in Polish and in English.
struct PageText {
    let lang: PageLanguage

    private func t(_ pl: String, _ en: String) -> String { lang == .pl ? pl : en }

    var pageTitle: String { t("Twoje zgody", "Your consent choices") }
    var controllerHeading: String { t("Administrator danych", "Data controller") }
    var controllerEmail: String { t("E-mail", "E-mail") }
    var dpo: String { t("Inspektor ochrony danych", "Data protection officer") }
    var address: String { t("Adres", "Address") }
    var intro: String {
        t("Zdecyduj osobno o każdym celu. Nic nie jest zaznaczone z góry. Zgoda jest dobrowolna, a jej brak nie wpływa na inne relacje z nami. Zgodę możesz wycofać w każdej chwili, tak samo łatwo, jak jej udzielasz (art. 7 ust. 3 RODO).",
          "Decide separately for each purpose. Nothing is chosen in advance. Consent is voluntary; refusing it does not affect your other dealings with us. You can withdraw consent at any time, as easily as you give it (Art. 7(3) GDPR).")
    }
    var purposesHeading: String { t("Cele przetwarzania", "Purposes of processing") }
    var legalBasis: String { t("Podstawa prawna", "Legal basis") }
    var retention: String { t("Okres przechowywania", "Retention") }
    var recipients: String { t("Odbiorcy", "Recipients") }
    var version: String { t("Wersja treści", "Wording version") }
    var current: String { t("Twoja obecna decyzja", "Your current decision") }
    var agree: String { t("Zgadzam się", "I agree") }
    var disagree: String { t("Nie zgadzam się", "I do not agree") }
    var withdraw: String { t("Wycofuję zgodę", "Withdraw my consent") }
    var save: String { t("Zapisz moje wybory", "Save my choices") }
    var noChoiceNote: String {
        t("Cele, przy których nic nie wybierzesz, pozostają bez zmian.", "Purposes you leave unchosen stay as they are.")
    }
    var fingerprint: String { t("Skrót treści (SHA-256)", "Wording fingerprint (SHA-256)") }
    var linkValidUntil: String { t("Link jest ważny do", "This link is valid until") }
    var recordedHeading: String { t("Zapisano", "Recorded") }
    var nothingChanged: String { t("Nic się nie zmieniło: Twoje wybory są już zapisane.", "Nothing changed: your choices were already recorded.") }
    var receipt: String { t("Potwierdzenie (skrót dziennika)", "Receipt (journal head)") }
    var receiptNote: String {
        t("Zachowaj ten skrót: potwierdza stan rejestru zgód po zapisaniu Twojej decyzji.",
          "Keep this fingerprint: it confirms the state of the consent register after your decision was recorded.")
    }
    var wordingChanged: String {
        t("Treść jednego z celów zmieniła się w międzyczasie. Przeczytaj ją ponownie i wybierz jeszcze raz.",
          "The wording of a purpose changed in the meantime. Please read it again and choose once more.")
    }
    var formExpired: String {
        t("Ten formularz wygasł albo nie pochodzi z tej strony. Otwórz swój link ponownie.",
          "This form has expired or did not come from this page. Please open your link again.")
    }
    var badForm: String { t("Nie udało się odczytać formularza.", "The form could not be read.") }
    var neutralTitle: String { t("Link jest nieważny", "This link is not valid") }
    var neutralBody: String {
        t("Ten link jest nieprawidłowy albo stracił ważność. Jeśli chcesz zmienić swoje zgody, poproś nas o nowy link.",
          "This link is not valid or no longer works. If you would like to change your consent choices, ask us for a new link.")
    }
    var tooManyTitle: String { t("Zbyt wiele prób", "Too many attempts") }
    var tooManyBody: String { t("Spróbuj ponownie za kilka minut.", "Please try again in a few minutes.") }
    var otherLanguage: String { t("English", "Polski") }
    var rights: String {
        t("Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz sprzeciwu, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
          "You have the right of access, rectification, erasure, restriction of processing, data portability and objection, and the right to lodge a complaint with the President of the Personal Data Protection Office (PUODO).")
    }

    func basis(_ b: LegalBasis) -> String {
        switch b {
        case .consent: return t("zgoda (art. 6 ust. 1 lit. a RODO)", "consent (Art. 6(1)(a) GDPR)")
        case .contract: return t("umowa (art. 6 ust. 1 lit. b RODO)", "contract (Art. 6(1)(b) GDPR)")
        case .legalObligation: return t("obowiązek prawny (art. 6 ust. 1 lit. c RODO)", "legal obligation (Art. 6(1)(c) GDPR)")
        case .legitimateInterest: return t("prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO)", "legitimate interest (Art. 6(1)(f) GDPR)")
        }
    }

    func retention(_ r: Retention) -> String {
        let (pl, en) = Self.retentionParts(r)
        return t("\(pl) od ustania podstawy", "\(en) after the basis ends")
    }

    static func retentionParts(_ r: Retention) -> (String, String) {
        let period = DocumentText.retention(r)
        return (period.pl, period.en)
    }

    func status(_ s: ConsentStatus) -> String {
        switch s {
        case .granted: return t("zgoda udzielona", "consent granted")
        case .refused: return t("odmowa zgody", "consent refused")
        case .withdrawn: return t("zgoda wycofana", "consent withdrawn")
        case .expired: return t("zgoda wygasła", "consent expired")
        case .outdated: return t("zgoda dotyczy starszej treści", "consent given to an older wording")
        case .objected: return t("sprzeciw wobec przetwarzania", "objected to the processing")
        case .none: return t("brak decyzji", "no decision yet")
        }
    }

    func decision(_ d: Decision) -> String {
        switch d {
        case .granted: return t("zgoda udzielona", "consent granted")
        case .refused: return t("odmowa zgody", "consent refused")
        case .withdrawn: return t("zgoda wycofana", "consent withdrawn")
        case .objected: return t("sprzeciw wobec przetwarzania", "objected to the processing")
        }
    }

    func since(_ date: Date) -> String { t("od \(Self.time(date))", "since \(Self.time(date))") }

    /// `2026-01-15 10:00 UTC`: the same in both languages, never the server's local zone.
    static func time(_ date: Date) -> String {
        let iso = ISOTime.string(date)
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }
}

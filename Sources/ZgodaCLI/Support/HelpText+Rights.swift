import ZgodaCore

extension HelpText {
    /// `anonymize`.
    enum Anonymize {
        static let abstract = Localized(en: "The right to be forgotten: erase every personal value of one person, for good.",
                                        pl: "Prawo do bycia zapomnianym: trwale usuń wszystkie dane osobowe jednej osoby.")
        static let discussion = Localized(
            en: """
            The person's key is destroyed, so none of their values can be read back from any snapshot or journal record. \
            The id, consent decisions (purpose, decision, time, source), export counts and a record of the erasure remain; \
            the history shows the values as erased. Their e-mail and phone go on the suppression list as keyed hashes. \
            Without --yes, asks you to type the id to confirm.
            """,
            pl: """
            Klucz osoby zostaje zniszczony, więc żadnej z jej wartości nie da się już odczytać z żadnej migawki ani wpisu \
            w dzienniku zmian. Zostają identyfikator, decyzje o zgodach (cel, decyzja, czas, źródło), liczba eksportów i zapis \
            o anonimizacji; historia pokazuje wartości jako usunięte. Jej e-mail i telefon trafiają na listę wykluczeń jako \
            skróty kryptograficzne z kluczem. Bez --yes prosi o wpisanie identyfikatora dla potwierdzenia.
            """)
        static let request = Localized(en: "The erasure request this fulfils (see 'zgoda request list').",
                                       pl: "Wniosek o usunięcie danych, który ta anonimizacja realizuje (zob. 'zgoda request list').")
    }

    /// `request add|list|close|extend`.
    enum Request {
        static let abstract = Localized(
            en: "Data-subject requests (access, erasure, rectification, objection, portability, restriction) and their deadlines.",
            pl: "Wnioski osób, których dane dotyczą (dostęp, usunięcie, sprostowanie, sprzeciw, przeniesienie, ograniczenie przetwarzania), i ich terminy.")
        static let add = Localized(
            en: "Record a request; prints its id alone on stdout. It is due one month after it was received (the next working day if that is a weekend or a Polish public holiday).",
            pl: "Zapisz wniosek; na stdout wypisuje tylko jego identyfikator. Termin odpowiedzi to miesiąc od otrzymania (następny dzień roboczy, jeśli wypada w weekend lub polskie święto).")
        static let type = Localized(
            en: "access, erasure, rectification, objection, portability or restriction (the last two hold the person out of exports until closed).",
            pl: "access (dostęp), erasure (usunięcie), rectification (sprostowanie), objection (sprzeciw), portability (przeniesienie) albo restriction (ograniczenie); dwa ostatnie wyłączają osobę z eksportów do zamknięcia wniosku.")
        static let received = Localized(en: "The day it was received (YYYY-MM-DD); today if left out.",
                                        pl: "Dzień otrzymania (RRRR-MM-DD); bez tej opcji: dzisiaj.")
        static let list = Localized(en: "Requests in the order received, with their due dates.",
                                    pl: "Wnioski w kolejności otrzymania, z terminami odpowiedzi.")
        static let overdue = Localized(en: "Only open requests past their due date.", pl: "Tylko otwarte wnioski po terminie.")
        static let close = Localized(
            en: "Close a request. Erasure: only after 'zgoda anonymize'. Access and portability: say what was handed over with --note.",
            pl: "Zamknij wniosek. Usunięcie danych: dopiero po 'zgoda anonymize'. Dostęp i przeniesienie danych: opisz w --note, co przekazano.")
        static let id = Localized(en: "The request's id, e.g. R3.", pl: "Identyfikator wniosku, np. R3.")
        static let note = Localized(en: "What was done or handed over (kept sealed with the person's data).",
                                    pl: "Co zrobiono lub przekazano (przechowywane w zaszyfrowaniu razem z danymi osoby).")
        static let extend = Localized(
            en: "Extend a request's deadline by two months (Art. 12(3)), once, before the first deadline; tell the person why.",
            pl: "Przedłuż termin wniosku o dwa miesiące (art. 12 ust. 3), raz, przed upływem pierwszego terminu; poinformuj osobę o przyczynie.")
        static let reason = Localized(en: "Why more time is needed (kept sealed with the person's data).",
                                      pl: "Dlaczego potrzeba więcej czasu (przechowywane w zaszyfrowaniu razem z danymi osoby).")
    }

    /// `retention`.
    enum Retention {
        static let abstract = Localized(
            en: "People kept past their retention period with no remaining legal basis, and fields no active purpose needs.",
            pl: "Osoby przechowywane dłużej niż okres przechowywania, bez żadnej pozostałej podstawy prawnej, oraz pola, których nie potrzebuje żaden aktywny cel.")
        static let discussion = Localized(
            en: """
            A person is due when no purpose gives a basis any more (no granted, current, unexpired consent; no recorded \
            contract, legal obligation or legitimate interest) and the retention period of the purposes they decided on \
            has run out since the basis ended (or, if they never had one, the longest retention since they were added). \
            --apply anonymises them, one journal record each, and prints ids only, so no names end up in job logs. \
            People with an open request other than erasure are kept until it is answered.
            """,
            pl: """
            Osoba kwalifikuje się do anonimizacji, gdy żaden cel nie daje już podstawy (brak udzielonej, aktualnej, \
            niewygasłej zgody; brak zapisanej umowy, obowiązku prawnego czy prawnie uzasadnionego interesu), a okres \
            przechowywania celów, o których zdecydowała, minął od ustania podstawy (a jeśli nigdy jej nie miała: najdłuższy \
            okres przechowywania, licząc od dodania). --apply anonimizuje te osoby, każdą jednym wpisem w dzienniku zmian, \
            i wypisuje tylko identyfikatory, aby w logach zadań nie zostały nazwiska. Osoby z otwartym wnioskiem innym niż \
            o usunięcie danych są przechowywane do czasu odpowiedzi na niego.
            """)
        static let apply = Localized(en: "Anonymise everyone who is due.", pl: "Zanonimizuj wszystkie osoby, których termin minął.")
    }

    /// `breach add|list|close`.
    enum Breach {
        static let abstract = Localized(
            en: "The register of personal data breaches (Art. 33(5)) and the 72-hour deadline to notify Prezes UODO.",
            pl: "Rejestr naruszeń ochrony danych osobowych (art. 33 ust. 5) i 72-godzinny termin zgłoszenia Prezesowi UODO.")
        static let add = Localized(
            en: "Enter a breach; prints its id alone on stdout. Describe it without personal data: name people by --contact id.",
            pl: "Wpisz naruszenie; na stdout wypisuje tylko jego identyfikator. Opisz je bez danych osobowych: osoby wskazuj przez --contact i identyfikator.")
        static let what = Localized(en: "What happened, e.g. \"laptop with an export stolen\".",
                                    pl: "Co się stało, np. „skradziono laptop z eksportem”.")
        static let people = Localized(en: "How many people it concerns.", pl: "Ilu osób dotyczy.")
        static let contact = Localized(en: "A contact it concerns (repeat for several).", pl: "Kontakt, którego dotyczy (powtórz dla kilku).")
        static let noticed = Localized(en: "When it was noticed (the 72 hours run from then); now if left out.",
                                       pl: "Kiedy je zauważono (od tej chwili biegną 72 godziny); bez tej opcji: teraz.")
        static let measures = Localized(en: "What was done about it.", pl: "Jakie działania podjęto.")
        static let list = Localized(en: "The breach register with each notification deadline.",
                                    pl: "Rejestr naruszeń z terminem zgłoszenia każdego z nich.")
        static let close = Localized(
            en: "Close a breach: when Prezes UODO was notified (--notified), or why no notification was needed (--note).",
            pl: "Zamknij naruszenie: kiedy zgłoszono je Prezesowi UODO (--notified) albo dlaczego zgłoszenie nie było potrzebne (--note).")
        static let id = Localized(en: "The breach's id, e.g. B1.", pl: "Identyfikator naruszenia, np. B1.")
        static let notified = Localized(en: "When the authority was notified.", pl: "Kiedy zgłoszono naruszenie organowi nadzorczemu.")
        static let note = Localized(en: "What was concluded, or why no notification was needed.",
                                    pl: "Jakie są ustalenia albo dlaczego zgłoszenie nie było potrzebne.")
    }
}

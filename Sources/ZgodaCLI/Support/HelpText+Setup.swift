import ZgodaCore

extension HelpText {
    /// `init`.
    enum Init {
        static let abstract = Localized(en: "Create a data directory explicitly (it is otherwise created on first use).",
                                        pl: "Utwórz katalog danych wprost (bez tego powstaje przy pierwszym użyciu).")
        static let adminName = Localized(en: "The data controller's name.", pl: "Nazwa administratora danych.")
        static let adminAddress = Localized(en: "The data controller's address.", pl: "Adres administratora danych.")
        static let adminEmail = Localized(en: "The data controller's contact e-mail.", pl: "Kontaktowy adres e-mail administratora danych.")
        static let encrypt = Localized(en: "Protect the data with a passphrase ($ZGODA_PASSPHRASE or a prompt).",
                                       pl: "Chroń dane hasłem (z $ZGODA_PASSPHRASE albo podanym po zapytaniu).")
        static let postgres = Localized(
            en: "Keep the records in this PostgreSQL database, shared by a team (else $ZGODA_DATABASE_URL, or 'database' in the config). The first member makes the schema; later members join it.",
            pl: "Trzymaj zapisy w tej bazie PostgreSQL, wspólnej dla zespołu (domyślnie $ZGODA_DATABASE_URL albo 'database' z konfiguracji). Pierwszy członek zespołu tworzy schemat, kolejni do niego dołączają.")
    }

    /// `demo`.
    enum Demo {
        static let abstract = Localized(
            en: "Fill the data directory with realistic demo people (Polish, German, Czech, Ukrainian, CJK, …) and consent histories.",
            pl: "Wypełnij katalog danych realistycznymi osobami demonstracyjnymi (polskimi, niemieckimi, czeskimi, ukraińskimi, chińskimi, japońskimi, koreańskimi, …) i historiami zgód.")
        static let contacts = Localized(en: "How many people.", pl: "Ile osób.")
        static let seed = Localized(en: "Seed: the same seed makes the same people.", pl: "Ziarno losowania: to samo ziarno daje te same osoby.")
    }

    /// `admin show|set`.
    enum Admin {
        static let abstract = Localized(en: "The data controller named on consent forms and access reports.",
                                        pl: "Administrator danych wskazywany na formularzach zgody i w raportach dostępu do danych.")
        static let show = Localized(en: "Show the data controller.", pl: "Pokaż administratora danych.")
        static let set = Localized(en: "Set the data controller's details.", pl: "Ustaw dane administratora danych.")
        static let name = Localized(en: "Name of the company or person.", pl: "Nazwa firmy albo imię i nazwisko osoby.")
        static let address = Localized(en: "Postal address.", pl: "Adres pocztowy.")
        static let email = Localized(en: "Contact e-mail for data protection matters.", pl: "Adres e-mail do spraw ochrony danych.")
        static let dpo = Localized(en: "The data protection officer's contact, if there is one.",
                                   pl: "Kontakt do inspektora ochrony danych, jeśli został wyznaczony.")
        static let grace = Localized(
            en: "How long someone who never had a legal basis is kept after being added, e.g. 30d (the default) or 14d; then 'zgoda retention --apply' erases them.",
            pl: "Jak długo od dodania przechowywać osobę, która nigdy nie miała podstawy prawnej, np. 30d (domyślnie) albo 14d; potem 'zgoda retention --apply' ją anonimizuje.")
    }

    /// `purpose list|add|edit`.
    enum Purpose {
        static let abstract = Localized(en: "The purpose catalogue: why data is processed, on which legal basis, for how long.",
                                        pl: "Katalog celów przetwarzania: po co dane są przetwarzane, na jakiej podstawie prawnej i jak długo.")
        static let list = Localized(en: "List the purposes.", pl: "Wypisz cele przetwarzania.")
        static let add = Localized(en: "Add a purpose.", pl: "Dodaj cel przetwarzania.")
        static let newID = Localized(en: "The purpose id: lowercase letters, digits and dashes.",
                                     pl: "Identyfikator celu: małe litery, cyfry i myślniki.")
        static let title = Localized(en: "Title shown to people.", pl: "Tytuł pokazywany osobom.")
        static let recipient = Localized(
            en: "Who the data goes to, as 'NAME; processor|recipient; COUNTRY[; SAFEGUARD]' (repeat for each); outside the EEA the safeguard of the transfer is required.",
            pl: "Do kogo trafiają dane, jako 'NAZWA; processor|recipient; KRAJ[; ZABEZPIECZENIE]' (powtórz dla każdego); poza EOG wymagane jest zabezpieczenie przekazania.")
        static let recipientOnEdit = Localized(
            en: "The recipients, replacing the list: 'NAME; processor|recipient; COUNTRY[; SAFEGUARD]' (repeat for each).",
            pl: "Odbiorcy, zamiast dotychczasowej listy: 'NAZWA; processor|recipient; KRAJ[; ZABEZPIECZENIE]' (powtórz dla każdego).")
        static let noRecipients = Localized(en: "Remove every recipient.", pl: "Usuń wszystkich odbiorców.")
        static let automated = Localized(
            en: "The purpose makes decisions about people by automated means alone, with legal or similarly significant effects (Art. 22); say how in the description.",
            pl: "Cel prowadzi do decyzji o ludziach podejmowanych wyłącznie automatycznie, ze skutkami prawnymi lub podobnie istotnymi (art. 22); opisz to w opisie.")
        static let automatedOnEdit = Localized(
            en: "yes when the purpose makes decisions by automated means alone with legal or similarly significant effects (Art. 22), else no.",
            pl: "yes, gdy cel prowadzi do decyzji podejmowanych wyłącznie automatycznie ze skutkami prawnymi lub podobnie istotnymi (art. 22), inaczej no.")
        static let titlePL = Localized(en: "The title in Polish, shown to people who read Polish.",
                                       pl: "Tytuł po polsku, pokazywany osobom czytającym po polsku.")
        static let titlePLOnEdit = Localized(
            en: "The title in Polish (an empty title with an empty --description-pl: no Polish wording).",
            pl: "Tytuł po polsku (pusty tytuł z pustym --description-pl: bez polskiego brzmienia).")
        static let descriptionPL = Localized(en: "The description in Polish.", pl: "Opis po polsku.")
        static let descriptionOnAdd = Localized(en: "What the data is used for, in plain words.", pl: "Do czego służą dane, prostymi słowami.")
        static let basis = Localized(
            en: "consent, contract, legitimate-interest or legal-obligation.",
            pl: "consent (zgoda), contract (umowa), legitimate-interest (prawnie uzasadniony interes) albo legal-obligation (obowiązek prawny).")
        static let retentionOnAdd = Localized(en: "How long data may be kept once the basis ends: 24m, 2y.",
                                              pl: "Jak długo można przechowywać dane po ustaniu podstawy: 24m, 2y.")
        static let fieldsOnAdd = Localized(en: "Contact fields the purpose needs, comma-separated (name,email,…).",
                                           pl: "Pola kontaktu potrzebne do celu, rozdzielone przecinkami (name,email,…).")
        static let edit = Localized(en: "Change a purpose; a change of what people are shown makes a new version.",
                                    pl: "Zmień cel przetwarzania; zmiana tego, co widzą osoby, tworzy nową wersję.")
        static let editDiscussion = Localized(
            en: """
            Title, description, legal basis, retention and needed fields are all on the consent form, so changing \
            any of them makes a new version, and you say which kind: --material when people must agree again \
            (consents to earlier versions become outdated) or --editorial for a correction that keeps them. \
            Switching the legal basis is always material and asks for confirmation (--yes when there is no terminal).
            """,
            pl: """
            Tytuł, opis, podstawa prawna, okres przechowywania i potrzebne pola są na formularzu zgody, więc zmiana \
            któregokolwiek z nich tworzy nową wersję, a Ty wskazujesz jej rodzaj: --material, gdy osoby muszą \
            zgodzić się ponownie (zgody na wcześniejsze wersje stają się nieaktualne), albo --editorial dla poprawki, \
            która je zachowuje. Zmiana podstawy prawnej jest zawsze istotna i wymaga potwierdzenia (--yes, gdy nie ma terminala).
            """)
        static let id = Localized(en: "The purpose id.", pl: "Identyfikator celu.")
        static let descriptionOnEdit = Localized(en: "What the data is used for.", pl: "Do czego służą dane.")
        static let retentionOnEdit = Localized(en: "Retention period: 24m, 2y.", pl: "Okres przechowywania: 24m, 2y.")
        static let fieldsOnEdit = Localized(en: "Contact fields the purpose needs, comma-separated.",
                                            pl: "Pola kontaktu potrzebne do celu, rozdzielone przecinkami.")
        static let material = Localized(en: "The new version changes what people agreed to: earlier consents become outdated.",
                                        pl: "Nowa wersja zmienia to, na co osoby się zgodziły: wcześniejsze zgody stają się nieaktualne.")
        static let editorial = Localized(en: "The new version only corrects the wording: earlier consents stay valid.",
                                         pl: "Nowa wersja tylko poprawia sformułowania: wcześniejsze zgody pozostają ważne.")
        static let yes = Localized(en: "Confirm a switch of the legal basis without being asked.",
                                   pl: "Potwierdź zmianę podstawy prawnej bez pytania.")
    }

    /// `passphrase change`.
    enum Passphrase {
        static let abstract = Localized(en: "The passphrase of an encrypted data directory.", pl: "Hasło zaszyfrowanego katalogu danych.")
        static let change = Localized(en: "Protect the data directory with a new passphrase.", pl: "Chroń katalog danych nowym hasłem.")
        static let changeDiscussion = Localized(
            en: """
            Re-seals the directory key in zgoda.json; the journal, snapshots and key files are not rewritten. \
            The old passphrase comes from $ZGODA_PASSPHRASE or a prompt, the new one from $ZGODA_NEW_PASSPHRASE \
            or a prompt (asked twice). A wrong old passphrase changes nothing. Backups made before the change \
            still open with the old passphrase.
            """,
            pl: """
            Ponownie zabezpiecza klucz katalogu w zgoda.json; dziennik zmian, migawki i pliki kluczy nie są przepisywane. \
            Stare hasło pochodzi z $ZGODA_PASSPHRASE albo z zapytania, nowe z $ZGODA_NEW_PASSPHRASE albo z zapytania \
            (podawane dwa razy). Błędne stare hasło niczego nie zmienia. Kopie zapasowe sprzed zmiany nadal otwiera \
            się starym hasłem.
            """)
    }
}

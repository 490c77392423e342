import ZgodaCore

extension HelpText {
    /// `team add|limit|remove|list|shred`.
    enum Team {
        static let abstract = Localized(en: "The salespeople who share a team database: each signs in as a database role of their own.",
                                        pl: "Handlowcy korzystający ze wspólnej bazy zespołu: każdy loguje się jako własna rola bazy danych.")
        static let discussion = Localized(
            en: "Run by the role that made the team ('zgoda init --postgres'), or another that may create roles. Limits are enforced by the database server itself.",
            pl: "Uruchamia je rola, która utworzyła zespół ('zgoda init --postgres'), albo inna rola z prawem tworzenia ról. Ograniczeń pilnuje sam serwer bazy danych.")
        static let add = Localized(
            en: "Make a database role a member of the team (creating it, with the password from $ZGODA_MEMBER_PASSWORD or --password-stdin, if it does not exist).",
            pl: "Uczyń rolę bazy danych członkiem zespołu (jeśli nie istnieje, zostaje utworzona z hasłem z $ZGODA_MEMBER_PASSWORD albo --password-stdin).")
        static let newRole = Localized(en: "The member's database role, e.g. anna.", pl: "Rola członka w bazie danych, np. anna.")
        static let passwordStdin = Localized(en: "Read the new role's password from the first line of standard input.",
                                             pl: "Odczytaj hasło nowej roli z pierwszego wiersza standardowego wejścia.")
        static let export = Localized(en: "Whether the member may export personal data.", pl: "Czy członek może eksportować dane osobowe.")
        static let anonymizeOnAdd = Localized(en: "Whether the member may anonymise people (and so destroy their keys).",
                                              pl: "Czy członek może anonimizować osoby (a więc niszczyć ich klucze).")
        static let limit = Localized(en: "Change what a member may do.", pl: "Zmień uprawnienia członka.")
        static let role = Localized(en: "The member's database role.", pl: "Rola członka w bazie danych.")
        static let anonymize = Localized(en: "Whether the member may anonymise people.", pl: "Czy członek może anonimizować osoby.")
        static let remove = Localized(
            en: "Take a member's rights on the team's records away (the role stays; its past changes keep its name).",
            pl: "Odbierz członkowi prawa do zapisów zespołu (rola pozostaje, a jej wcześniejsze zmiany zachowują jej nazwę).")
        static let list = Localized(en: "The team's members and what each may do.", pl: "Członkowie zespołu i uprawnienia każdego z nich.")
        static let shred = Localized(
            en: "Rewrite the key table so that destroyed keys leave nothing in the database's files (VACUUM FULL, then a checkpoint).",
            pl: "Przepisz tabelę kluczy, aby po zniszczonych kluczach nic nie zostało w plikach bazy danych (VACUUM FULL, potem checkpoint).")
        static let shredDiscussion = Localized(
            en: "An erasure destroys the person's key at once; this removes the old row versions PostgreSQL keeps until a table is rewritten. Run it after erasures (daily from cron or a systemd timer is enough) as the team's owner. Backups and WAL archives keep a destroyed key until they expire: see docs/team.md.",
            pl: "Anonimizacja od razu niszczy klucz osoby; to polecenie usuwa stare wersje wierszy, które PostgreSQL trzyma, dopóki tabela nie zostanie przepisana. Uruchamiaj je po anonimizacjach (wystarczy codziennie z cron lub timera systemd) jako właściciel zespołu. Kopie zapasowe i archiwa WAL przechowują zniszczony klucz, dopóki nie wygasną: zob. docs/team.md.")
    }

    /// `export-journal` and `import-journal`.
    enum JournalMove {
        static let exportAbstract = Localized(
            en: "Write the whole store (journal, keys, zgoda.json) to one file, to move it to a team database or back.",
            pl: "Zapisz cały magazyn danych (dziennik zmian, klucze, zgoda.json) do jednego pliku, aby przenieść go do bazy zespołu lub z powrotem.")
        static let exportDiscussion = Localized(
            en: "The records go byte for byte: the hash chain and the head stay the same. The file holds everyone's personal data and keys (mode 0600); the export is recorded, naming everyone in it.",
            pl: "Zapisy są przenoszone bajt po bajcie: łańcuch skrótów i głowa dziennika pozostają te same. Plik zawiera dane osobowe i klucze wszystkich osób (prawa 0600); eksport jest zapisywany wraz z listą wszystkich osób, które obejmuje.")
        static let output = Localized(en: "The file to write.", pl: "Plik do zapisania.")
        static let force = Localized(en: "Replace the output file if it exists.", pl: "Zastąp plik wyjściowy, jeśli istnieje.")
        static let importAbstract = Localized(
            en: "Make a new store from an export-journal file: a data directory, or with --postgres an empty team database.",
            pl: "Utwórz nowy magazyn danych z pliku export-journal: katalog danych albo, z --postgres, pustą bazę zespołu.")
        static let importDiscussion = Localized(
            en: "The destination must be new: an empty or absent --data-dir, and with --postgres a database with no Zgoda schema (its owner runs this: the records keep the operators they name). The new store is opened and must end at the file's head.",
            pl: "Miejsce docelowe musi być nowe: pusty albo nieistniejący --data-dir, a z --postgres baza bez schematu Zgody (polecenie uruchamia jej właściciel: zapisy zachowują wskazanych w nich operatorów). Nowy magazyn zostaje otwarty i musi kończyć się tą samą głową dziennika co plik.")
        static let file = Localized(en: "The file written by export-journal.", pl: "Plik zapisany przez export-journal.")
        static let postgres = Localized(en: "Put the records in this team database, with --data-dir as its first member's directory.",
                                        pl: "Umieść zapisy w tej bazie zespołu, z --data-dir jako katalogiem jej pierwszego członka.")
    }

    /// `verify`, `compact` and `repair`.
    enum Integrity {
        static let verify = Localized(en: "Check that every snapshot and journal record is intact and the hash chain unbroken.",
                                      pl: "Sprawdź, czy każda migawka i każdy wpis dziennika zmian są nienaruszone, a łańcuch skrótów ciągły.")
        static let verifyDiscussion = Localized(
            en: "Prints the head hash: record it elsewhere to anchor the history. Exit 0 only if everything is intact.",
            pl: "Wypisuje głowę dziennika (skrót ostatniego wpisu): zapisz ją w innym miejscu, aby zakotwiczyć historię. Kod wyjścia 0 tylko wtedy, gdy wszystko jest nienaruszone.")
        static let compact = Localized(en: "Write a fresh snapshot of the whole state (older journal segments stay as history).",
                                       pl: "Zapisz nową migawkę całego stanu (starsze segmenty dziennika zmian zostają jako historia).")
        static let repair = Localized(en: "Set damaged journal records and snapshots aside (a copy is kept in damaged/) and reopen for writing.",
                                      pl: "Odłóż uszkodzone wpisy dziennika zmian i migawki na bok (kopia zostaje w damaged/) i ponownie otwórz do zapisu.")
    }
}

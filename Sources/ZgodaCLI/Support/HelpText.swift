import ArgumentParser
import ZgodaCore

/// The `--help` catalogue: every command's abstract and discussion and every option's, flag's
/// and argument's help, in English and Polish. ArgumentParser builds a help screen by reading a
/// command's `configuration` (computed, so it is read anew) and by making the command, which
/// evaluates each `help:`; `runMain` does both under `Language.current`, so the screen is in the
/// language of the run. One extension file per command group (`HelpText+Contact.swift`, …).
///
/// Not translated: option names, placeholders (`<id>`, `<file>`), typed values (`granted`,
/// `email-marketing`, `csv`), environment variables and file names. ArgumentParser's own
/// headings and lines are put into Polish afterwards by `HelpScaffold`.
enum HelpText {}

extension ArgumentHelp {
    /// Help in the language of the run.
    init(_ text: Localized, valueName: String? = nil) {
        self.init(text.text, valueName: valueName)
    }
}

extension HelpText {
    /// `zgoda` itself.
    enum Root {
        static let abstract = Localized(en: "A terminal CRM with GDPR (RODO) consent management built in.",
                                        pl: "CRM w terminalu z wbudowaną obsługą zgód zgodnie z RODO.")
        static let discussion = Localized(en: "Run without a subcommand to open the terminal UI.",
                                          pl: "Uruchom bez podpolecenia, aby otworzyć interfejs terminalowy.")
        static let theme = Localized(en: "Colour theme (a name from themes/ or a path to a .toml file).",
                                     pl: "Motyw kolorów (nazwa z katalogu themes/ albo ścieżka do pliku .toml).")
    }

    /// `GlobalOptions`: the options every command takes.
    enum Global {
        static let dataDir = Localized(en: "The data directory (else $ZGODA_DATA_DIR, $XDG_DATA_HOME/zgoda, ~/.local/share/zgoda).",
                                       pl: "Katalog danych (domyślnie $ZGODA_DATA_DIR, $XDG_DATA_HOME/zgoda, ~/.local/share/zgoda).")
        static let `operator` = Localized(en: "Who is making the changes (else $ZGODA_OPERATOR, the config file, $USER).",
                                          pl: "Kto wprowadza zmiany (domyślnie $ZGODA_OPERATOR, potem plik konfiguracyjny, potem $USER).")
        static let allowSharedPermissions = Localized(
            en: "Accept a data directory that a group may read and write (several users on one host); new files are made group-writable. Access by everyone else is refused either way. Also 'allow_shared_permissions = true' in the config file.",
            pl: "Przyjmij katalog danych, który może czytać i zapisywać grupa (kilku użytkowników na jednym komputerze); nowe pliki dostają prawo zapisu dla grupy. Wszystkim pozostałym dostęp jest odmawiany w każdym przypadku. To samo ustawia 'allow_shared_permissions = true' w pliku konfiguracyjnym.")
        static let lang = Localized(
            en: "The language to speak: pl or en (else 'language' in the config file, else LC_ALL, LC_MESSAGES or LANG, else English). Machine-readable output is the same in both.",
            pl: "Język komunikatów: pl albo en (domyślnie 'language' z pliku konfiguracyjnego, potem LC_ALL, LC_MESSAGES lub LANG, a w końcu angielski). Wyniki przeznaczone dla programów są takie same w obu językach.")
        static let quiet = Localized(
            en: "Show no progress line while long work runs (none is shown when stderr is not a terminal either); for serve, no access log.",
            pl: "Nie pokazuj postępu podczas długich operacji (nie jest pokazywany także wtedy, gdy stderr nie jest terminalem); dla serve: bez logu dostępu.")
    }

    /// Help several commands share.
    enum Common {
        static let contactID = Localized(en: "The contact's id.", pl: "Identyfikator kontaktu.")
        static let tableOrJSON = Localized(en: "table or json.", pl: "table albo json.")
        static let confirmWithoutAsking = Localized(en: "Do not ask for confirmation (needed when not running in a terminal).",
                                                    pl: "Nie pytaj o potwierdzenie (wymagane, gdy polecenie nie działa w terminalu).")
        static let documentLanguage = Localized(en: "The document's language, the person's: pl or en (default: the language of the run).",
                                                pl: "Język dokumentu, czyli osoby: pl albo en (domyślnie: język, w którym działa polecenie).")
    }
}

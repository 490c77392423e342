import ZgodaCore

/// The command line's message catalogue: every text a person reads in a command's output, in
/// English and Polish (`Localized`, `PluralNoun`), read in `Language.current`, which `runMain`
/// binds from `--lang`, the config's language or the locale. One extension file per command
/// group (`CLIText+Contact.swift`, …), so a command's words sit together and a missing
/// translation is a build error.
///
/// Not here, and not translated: JSON output and its keys, ids, `--format ids`, the
/// `zgoda: error:` and `zgoda:` prefixes, and the values a user types back into a command
/// (`granted`, `email-marketing`, `phone`, `access`), which tables show as they are typed so
/// that what is read can be used as a filter.
enum CLIText {}

extension CLIText {
    /// Words several command groups share.
    enum Common {
        static let id = Localized(en: "ID", pl: "ID")
        static let name = Localized(en: "Name", pl: "Imię i nazwisko")
        static let contact = Localized(en: "Contact", pl: "Kontakt")
        static let status = Localized(en: "Status", pl: "Stan")
        static let at = Localized(en: "At", pl: "Kiedy")
        static let people = CoreText.Labels.people
        static let contacts = CoreText.Labels.contacts

        /// What stands for an erased or unreadable person's name; the English words are
        /// ZgodaCore's own labels, so English output is the same wherever the name is shown.
        static let anonymised = Localized(en: ZgodaCore.Contact.anonymisedLabel, pl: "(zanonimizowany)")
        static let damaged = Localized(en: ZgodaCore.Contact.damagedLabel, pl: "(nieczytelny: uszkodzone dane)")

        /// The name to show for `c`, as `Contact.shownName` but in the language of the run.
        static func shownName(_ c: ZgodaCore.Contact) -> String {
            c.anonymized ? anonymised.text : c.damaged ? damaged.text : c.details.name
        }
    }
}

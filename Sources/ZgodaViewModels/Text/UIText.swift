import ZgodaCore

/// The terminal UI's message catalogue: every text a person reads on a screen, in English and
/// Polish (`Localized`, `PluralNoun`), read in `Language.current`. One extension file per
/// screen (`UIText+ContactList.swift`, …), so a screen's words sit together and a missing
/// translation is a build error. Keys (`Enter`, `Esc`, `PgDn`) are named as keyboards print them
/// and are not translated; neither are ids, e-mail addresses or what the user typed.
public enum UIText {}

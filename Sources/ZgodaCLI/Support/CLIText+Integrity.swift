import ZgodaCore

extension CLIText {
    /// `verify`, `compact`, `repair`, `register` and the journal moves. The line keywords
    /// (`OK`, `DAMAGED`, `FAIL`, `note`, `head`, `NOT REPAIRED`) stay as they are: scripts and
    /// monitoring match them, like an exit status.
    enum Integrity {
        static let records = PluralNoun(en: ("records", "records"), pl: ("rekord", "rekordy", "rekordów"))
        static let snapshots = PluralNoun(en: ("snapshots", "snapshots"), pl: ("migawka", "migawki", "migawek"))
        static let keySlots = PluralNoun(en: ("key slots", "key slots"), pl: ("gniazdo klucza", "gniazda kluczy", "gniazd kluczy"))

        /// The verdict line after the keyword: what was checked.
        static func checked(records r: Int, snapshots s: Int, keySlots k: Int, contacts c: Int) -> Localized {
            Localized(en: "\(r) records, \(s) snapshots, \(k) key slots, \(c) contacts checked",
                      pl: "sprawdzono: \(records.count(r, in: .pl)), \(snapshots.count(s, in: .pl)), \(keySlots.count(k, in: .pl)), \(Common.contacts.count(c, in: .pl))")
        }
        static func writingSnapshot(_ n: Int) -> Localized {
            Localized(en: "writing a snapshot of \(n) contacts", pl: "zapisywanie migawki (kontakty: \(n))")
        }
        static func snapshotWritten(_ seq: String) -> Localized {
            Localized(en: "snapshot written at record \(seq)", pl: "zapisano migawkę na rekordzie \(seq)")
        }
        static func journalWritten(records r: Int, keySlots k: Int, to path: String, head: String) -> Localized {
            Localized(en: "wrote \(r) records and \(k) key slots to \(path) (head \(head))",
                      pl: "zapisano \(records.count(r, in: .pl)) i \(keySlots.count(k, in: .pl)) do \(path) (głowa \(head))")
        }
        /// Into the data directory, or the team database it names.
        static func journalImported(records r: Int, keySlots k: Int, team: String?, directory: String, head: String) -> Localized {
            let en = team.map { "the team database \($0) (member directory \(directory))" } ?? directory
            let pl = team.map { "bazy zespołu \($0) (katalog członka \(directory))" } ?? directory
            return Localized(en: "imported \(r) records and \(k) key slots into \(en) (head \(head))",
                             pl: "zaimportowano \(records.count(r, in: .pl)) i \(keySlots.count(k, in: .pl)) do \(pl) (głowa \(head))")
        }
        /// Why `repair` fails: what it could not repair (framed as damaged data).
        static func notRepaired(_ n: Int) -> Localized {
            Localized(en: "\(n) problem\(n == 1 ? "" : "s") could not be repaired (listed above)",
                      pl: "nie udało się naprawić: \(problems.count(n, in: .pl)) (wymienione powyżej)")
        }
        static let problems = PluralNoun(en: ("problem", "problems"), pl: ("problem", "problemy", "problemów"))
        static func cannotRead(_ file: String) -> Localized {
            Localized(en: "cannot read \(file)", pl: "nie można odczytać \(file)")
        }
        static func wroteRegister(_ path: String) -> Localized {
            Localized(en: "wrote the record of processing activities to \(path)",
                      pl: "zapisano rejestr czynności przetwarzania w pliku \(path)")
        }
        static func readOnly(_ reason: String) -> Localized {
            Localized(en: "the data directory is open read-only: \(reason); run 'zgoda repair'",
                      pl: "katalog danych jest otwarty tylko do odczytu: \(reason); uruchom „zgoda repair”")
        }
    }
}

import ZgodaCore

extension CLIText {
    /// `zgoda notice` and the import's word on it.
    enum Notice {
        static let due = Localized(en: "Due", pl: "Termin")
        static let origin = Localized(en: "Source of the data", pl: "Źródło danych")
        /// The row of `contact show` (short: it sets the width of the label column).
        static let sourceRow = Localized(en: "Source", pl: "Źródło danych")
        static let open = Localized(en: "open", pl: "otwarte")
        static let overdue = Localized(en: "overdue", pl: "po terminie")
        static let people = Common.people
        static func summary(_ n: Int) -> Localized {
            Localized(en: "\(people.count(n, in: .en)) to be told where their data came from (Art. 14)",
                      pl: "do poinformowania o źródle danych (art. 14): \(people.count(n, in: .pl))")
        }
        static func given(_ n: Int, via: NoticeChannel) -> Localized {
            Localized(en: "recorded: \(people.count(n, in: .en)) told where their data came from \(via.label.en)",
                      pl: "zapisano: poinformowano \(people.count(n, in: .pl)) o źródle danych \(via.label.pl)")
        }
        /// After an import from a third party.
        static func toTell(_ n: Int, by due: Day) -> Localized {
            Localized(en: "\(people.count(n, in: .en)) from a third party: tell them where their data came from by \(due) (Art. 14; zgoda notice list)",
                      pl: "od osoby trzeciej: \(people.count(n, in: .pl)); poinformuj je o źródle danych do \(LocalDates.short(due, in: .pl)) (art. 14; zgoda notice list)")
        }
    }
}

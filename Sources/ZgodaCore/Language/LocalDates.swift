import Foundation

/// Dates as people read them: "1 grudnia 2026" and "01.12.2026" in Polish, "1 December 2026"
/// and "2026-12-01" in English. Written out by hand rather than through `DateFormatter`: the
/// month names are a fixed, tiny table, and the text must not change with the ICU data of the
/// machine (the golden files of the form and the report compare it byte for byte).
public enum LocalDates {
    /// Polish month names in the genitive, as a date says them ("1 grudnia").
    static let polishMonths = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
                               "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December"]

    /// The date written out: "1 grudnia 2026", "1 December 2026".
    public static func long(_ day: Day, in language: Language) -> String {
        let months = language == .pl ? polishMonths : englishMonths
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// A moment in a table column, UTC like every time Zgoda shows: "01.12.2026 14:05:09" in
    /// Polish, ISO 8601 "2026-12-01T14:05:09Z" in English.
    public static func time(_ date: Date, in language: Language) -> String {
        let iso = ISOTime.string(date)
        guard language == .pl, iso.count >= 19 else { return iso }
        let clock = iso.dropFirst(11).prefix(8)
        return short(Day(date), in: .pl) + " " + clock
    }

    /// The date in a table column: "01.12.2026" in Polish, ISO "2026-12-01" in English.
    public static func short(_ day: Day, in language: Language) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch language {
        case .pl: return "\(two(day.day)).\(two(day.month)).\(day.year)"
        case .en: return day.description
        }
    }
}

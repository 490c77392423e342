import Foundation
import ZgodaCore

/// Days and minutes as the contact's screens show them, in the language of the run: ISO in
/// English ("2026-01-15 10:00", as before), the Polish way in Polish ("15.01.2026 10:00").
/// UTC either way, like every other time Zgoda shows.
enum ShownDate {
    static func day(_ d: Date) -> String {
        switch Language.current {
        case .en: return ScreenTime.day(d)
        case .pl: return LocalDates.short(Day(d), in: .pl)
        }
    }

    static func minute(_ d: Date) -> String {
        switch Language.current {
        case .en: return ScreenTime.minute(d)
        case .pl: return LocalDates.short(Day(d), in: .pl) + " " + String(ScreenTime.minute(d).suffix(5))
        }
    }
}

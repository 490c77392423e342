import Foundation

/// Deadlines counted the way Polish law counts them (Art. 115 of the Civil Code, which the
/// UODO applies to the GDPR's month): a deadline that falls on a Saturday, a Sunday or a public
/// holiday ends on the next working day.
public enum Deadlines {
    /// When a request received on `received` must be answered: one month later (Art. 12(3)),
    /// moved off days that are not working days.
    public static func response(received: Day) -> Day {
        nextWorkingDay(from: received.addingMonths(1))
    }

    /// The deadline after the extension Art. 12(3) allows: two further months from the first
    /// deadline's calendar day, moved off days that are not working days.
    public static func extended(received: Day) -> Day {
        nextWorkingDay(from: received.addingMonths(3))
    }

    /// `day` itself when it is a working day, else the first working day after it.
    public static func nextWorkingDay(from day: Day) -> Day {
        var d = day
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    public static func isWorkingDay(_ d: Day) -> Bool {
        let weekday = ISOTime.utcCalendar.component(.weekday, from: d.date)
        return weekday != 1 && weekday != 7 && !PolishHolidays.isHoliday(d)
    }
}

/// The public holidays of Poland (the act of 18 January 1951 on non-working days, as amended:
/// Epiphany since 2011, Christmas Eve since 2025).
public enum PolishHolidays {
    public static func isHoliday(_ d: Day) -> Bool {
        holidays(in: d.year).contains(d)
    }

    public static func holidays(in year: Int) -> Set<Day> {
        var days: Set<Day> = [
            Day(year: year, month: 1, day: 1), Day(year: year, month: 5, day: 1), Day(year: year, month: 5, day: 3),
            Day(year: year, month: 8, day: 15), Day(year: year, month: 11, day: 1), Day(year: year, month: 11, day: 11),
            Day(year: year, month: 12, day: 25), Day(year: year, month: 12, day: 26),
        ]
        if year >= 2011 { days.insert(Day(year: year, month: 1, day: 6)) }
        if year >= 2025 { days.insert(Day(year: year, month: 12, day: 24)) }
        let easter = easterSunday(year)
        // Easter Sunday and Monday, Pentecost (49 days after Easter), Corpus Christi (60).
        for offset in [0, 1, 49, 60] { days.insert(easter.adding(days: offset)) }
        return days
    }

    /// Western Easter (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)
    }
}

extension Day {
    /// The day `n` days later (earlier for a negative `n`).
    public func adding(days n: Int) -> Day {
        Day(ISOTime.utcCalendar.date(byAdding: .day, value: n, to: date) ?? date)
    }
}

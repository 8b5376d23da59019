public import Foundation

/// Day arithmetic on the office calendar, for due dates: "in 14 days", "3 days overdue". Done on
/// day numbers rather than through `Calendar`, so it is exact and the same on every machine;
/// only `init(_:in:)` needs a time zone, because which day an instant falls on depends on it.
extension CalendarDate {
    /// The day `time` falls on in `timeZone` (the station's: a loan lent at 23:30 in Shanghai is
    /// lent that day, not the next UTC day).
    public init(_ time: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: time)
        self = CalendarDate(dayNumber: CalendarDate.dayNumber(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
    }

    /// The day `days` after this one (before it when negative). Clamped to the calendar's ends
    /// (0001-01-01 … 9999-12-31), which no due date comes near.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return CalendarDate(dayNumber: overflow ? (days < 0 ? Self.firstDayNumber : Self.lastDayNumber) : sum)
    }

    /// How many days this one is after `other` (negative when before).
    public func days(since other: CalendarDate) -> Int {
        dayNumber - other.dayNumber
    }

    // MARK: Day numbers

    /// Days since 0000-03-01 on the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`, shifted): consecutive days have consecutive numbers.
    var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    init(dayNumber: Int) {
        let number = min(max(dayNumber, Self.firstDayNumber), Self.lastDayNumber)
        let era = (number >= 0 ? number : number - 146_096) / 146_097
        let dayOfEra = number - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // In range by the clamp above, so the checked initialiser always succeeds.
        self = CalendarDate(year: year, month: month, day: day) ?? CalendarDate.first
    }

    private static let first = CalendarDate(year: 1, month: 1, day: 1)!
    private static let firstDayNumber = dayNumber(year: 1, month: 1, day: 1)
    private static let lastDayNumber = dayNumber(year: 9999, month: 12, day: 31)
}

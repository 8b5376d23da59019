public import Foundation

extension CalendarDate {
    /// The office calendar's day at `time` in `timeZone`: the date a disposal or a count made
    /// "today" is filed under. The caller passes the zone (the core reads no clock or locale).
    public init(_ time: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: time)
        self = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }
}

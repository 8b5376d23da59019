public import Foundation

/// When reception closes for the day and how long visitors' details are kept (station.yaml
/// `reception: { close_at: "20:00", retention_days: 90 }`). At the closing time the station
/// closes every visit still open as not signed out — nobody stays "on site" overnight in a
/// drill's roll call — and anonymises visits past the retention period.
///
/// Pure: the kiosk's ticks carry the time, and the schedule only says whether the closing
/// time lies between two of them.
public struct ReceptionSchedule: Sendable, Hashable {
    public var hour: Int
    public var minute: Int
    public var retentionDays: Int
    /// The station's zone: "20:00" is the office's evening.
    public var timeZone: TimeZone

    public static let defaultRetentionDays = 90

    /// `closeAt` as `HH:MM` (24-hour); nil for anything else or a negative retention.
    public init?(closeAt: String, retentionDays: Int = defaultRetentionDays, timeZone: TimeZone) {
        let parts = closeAt.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute), retentionDays >= 0
        else { return nil }
        self.hour = hour
        self.minute = minute
        self.retentionDays = retentionDays
        self.timeZone = timeZone
    }

    /// Whether a closing time lies in `(previous, now]`: the tick at `now` is the first one at
    /// or past it. Two ticks a day or more apart always span one.
    public func closingPassed(after previous: Date, upTo now: Date) -> Bool {
        guard now > previous else { return false }
        if now.timeIntervalSince(previous) >= 86_400 { return true }
        return [previous, now].contains { day in
            guard let closing = closing(on: day) else { return false }
            return previous < closing && closing <= now
        }
    }

    /// The closing time on the station's calendar day of `date`.
    func closing(on date: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: date)
    }

    /// The station's calendar day at `date`, for the retention count.
    public func day(_ date: Date) -> CalendarDate { CalendarDate(date, in: timeZone) }
}

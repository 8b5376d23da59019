import Foundation
import Testing
import QuartermasterCore

/// Reception's closing time: read from `HH:MM`, and found between two kiosk ticks exactly
/// once, in the station's zone, across midnight and across a kiosk that slept.
@Suite struct ReceptionScheduleTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2024-03-01 20:00 in Shanghai (12:00 UTC).
    static let closing = Date(timeIntervalSince1970: 1_709_294_400)

    static func schedule(_ text: String = "20:00") -> ReceptionSchedule {
        ReceptionSchedule(closeAt: text, timeZone: shanghai)!
    }

    @Test(arguments: ["20:00", "00:00", "23:59", "07:05"])
    func readsATimeOfDay(_ text: String) throws {
        let schedule = try #require(ReceptionSchedule(closeAt: text, timeZone: Self.shanghai))
        #expect(String(format: "%02d:%02d", schedule.hour, schedule.minute) == text)
        #expect(schedule.retentionDays == 90)
    }

    @Test(arguments: ["24:00", "20:60", "8pm", "8:00", "20:00:00", "", "２０:００", "-1:00"])
    func refusesAnythingElse(_ text: String) {
        #expect(ReceptionSchedule(closeAt: text, timeZone: Self.shanghai) == nil)
    }

    @Test func refusesANegativeRetention() {
        #expect(ReceptionSchedule(closeAt: "20:00", retentionDays: -1, timeZone: Self.shanghai) == nil)
    }

    @Test func theTickAtOrPastTheTimeIsTheOne() {
        let s = Self.schedule()
        let c = Self.closing
        #expect(s.closingPassed(after: c.addingTimeInterval(-1), upTo: c))
        #expect(s.closingPassed(after: c.addingTimeInterval(-1), upTo: c.addingTimeInterval(1)))
        #expect(!s.closingPassed(after: c.addingTimeInterval(-2), upTo: c.addingTimeInterval(-1)), "before it")
        #expect(!s.closingPassed(after: c, upTo: c.addingTimeInterval(1)), "the tick after it: once only")
        #expect(!s.closingPassed(after: c.addingTimeInterval(60), upTo: c.addingTimeInterval(3_600)))
        #expect(!s.closingPassed(after: c, upTo: c), "no time passed")
        #expect(!s.closingPassed(after: c.addingTimeInterval(1), upTo: c.addingTimeInterval(-1)), "the clock went back")
    }

    @Test func theStationsZoneDecides() {
        // 20:00 UTC is 04:00 the next morning in Shanghai: no closing at that tick there.
        let utcEvening = Self.closing.addingTimeInterval(8 * 3_600)
        #expect(!Self.schedule().closingPassed(after: utcEvening.addingTimeInterval(-1), upTo: utcEvening))
        let utc = ReceptionSchedule(closeAt: "20:00", timeZone: TimeZone(identifier: "UTC")!)!
        #expect(utc.closingPassed(after: utcEvening.addingTimeInterval(-1), upTo: utcEvening))
        #expect(Self.schedule().day(Self.closing.addingTimeInterval(5 * 3_600)) == CalendarDate("2024-03-02"), "01:00 in Shanghai")
    }

    @Test func acrossMidnightAndAfterASleep() {
        let midnight = Self.schedule("00:00")
        let c = Self.closing.addingTimeInterval(4 * 3_600)  // 2024-03-02 00:00 Shanghai
        #expect(midnight.closingPassed(after: c.addingTimeInterval(-30), upTo: c.addingTimeInterval(30)))
        // Asleep from 19:00 to 07:00 the next day: the closing in between still counts.
        #expect(Self.schedule().closingPassed(after: Self.closing.addingTimeInterval(-3_600), upTo: Self.closing.addingTimeInterval(11 * 3_600)))
        #expect(Self.schedule().closingPassed(after: Self.closing.addingTimeInterval(3_600), upTo: Self.closing.addingTimeInterval(3 * 86_400)), "days asleep")
    }
}

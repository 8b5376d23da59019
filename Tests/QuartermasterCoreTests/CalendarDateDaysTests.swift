import Foundation
import QuartermasterCore
import Testing

/// Day arithmetic for due dates: across month and year ends and leap days, and which day an
/// instant is in the station's zone.
@Suite struct CalendarDateDaysTests {
    @Test(arguments: [
        ("2024-03-01", 14, "2024-03-15"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2024-12-25", 7, "2025-01-01"),
        ("2024-03-01", -1, "2024-02-29"),
        ("2024-03-01", 365, "2025-03-01"),
        ("2000-02-28", 1, "2000-02-29"),
        ("1900-02-28", 1, "1900-03-01"),
        ("2024-01-31", 0, "2024-01-31"),
        ("9999-12-30", 5, "9999-12-31"),
        ("0001-01-02", -5, "0001-01-01"),
    ])
    func addingDays(from: String, days: Int, to: String) {
        let start = CalendarDate(from)!
        #expect(start.adding(days: days).description == to)
        if to != "9999-12-31" && to != "0001-01-01" {
            #expect(CalendarDate(to)!.days(since: start) == days)
        }
    }

    @Test func farAdditionsStopAtTheCalendarsEnds() {
        #expect(CalendarDate("2024-03-01")!.adding(days: .max).description == "9999-12-31")
        #expect(CalendarDate("2024-03-01")!.adding(days: .min).description == "0001-01-01")
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        var day = CalendarDate("1900-01-01")!
        for _ in 0..<146_097 {
            let next = day.adding(days: 1)
            #expect(next > day)
            #expect(next.days(since: day) == 1)
            day = next
        }
        #expect(day.description == "2300-01-01")
    }

    @Test(arguments: [
        ("UTC", 1_709_312_400.0, "2024-03-01"),
        ("Asia/Shanghai", 1_709_312_400.0, "2024-03-02"),
        ("America/New_York", 1_709_265_600.0, "2024-02-29"),
    ])
    func theDayOfAnInstantDependsOnTheZone(zone: String, seconds: Double, day: String) {
        #expect(CalendarDate(Date(timeIntervalSince1970: seconds), in: TimeZone(identifier: zone)!).description == day)
    }

    @Test func overdueDaysCountToTodayWhileOutAndToTheReturnOnceBack() {
        let utc = TimeZone(identifier: "UTC")!
        let lent = Date(timeIntervalSince1970: 1_709_280_000)  // 2024-03-01
        var loan = Loan(tag: "FA-1", borrowerBadge: "100231", lentBy: "E1001", lentAt: lent, due: CalendarDate("2024-03-05")!, station: "ST-01")
        #expect(loan.overdueDays(today: CalendarDate("2024-03-05")!, timeZone: utc) == 0)
        #expect(!loan.isOverdue(today: CalendarDate("2024-03-05")!), "due today is not yet overdue")
        #expect(loan.overdueDays(today: CalendarDate("2024-03-08")!, timeZone: utc) == 3)
        #expect(loan.isOverdue(today: CalendarDate("2024-03-06")!))
        loan.returnedAt = lent + 6 * 86_400  // 2024-03-07
        #expect(loan.overdueDays(today: CalendarDate("2024-04-01")!, timeZone: utc) == 2)
        #expect(!loan.isOverdue(today: CalendarDate("2024-04-01")!))
    }

    @Test(arguments: [
        (AssetStatus.inStore, true), (.idle, true), (.inUse, false), (.underRepair, false), (.disposed, false),
    ])
    func onlyAssetsHeldInReserveAreLendable(status: AssetStatus, lendable: Bool) {
        #expect((LoanRules.refusal(for: Asset(tag: "FA-1", name: "投影仪", status: status)) == nil) == lendable)
    }

    @Test func aDueDateMayBePastButNotMoreThanAYearAhead() {
        let today = CalendarDate("2024-03-01")!
        #expect(LoanRules.refusal(due: CalendarDate("2024-02-01")!, today: today) == nil, "a paper loan written up afterwards")
        #expect(LoanRules.refusal(due: CalendarDate("2025-03-01")!, today: today) == nil)
        #expect(LoanRules.refusal(due: CalendarDate("2025-03-02")!, today: today) == .period(days: 366, allowed: 1...365))
    }
}

extension CalendarDate {
    /// The same day `months` later, or the month's last day when it is shorter (a count closed
    /// on 30 November is next due on 28 or 29 February): when the next count falls due.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, Self.days(inMonth: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }
}

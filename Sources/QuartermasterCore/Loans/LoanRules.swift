/// What an office lends and for how long; one place, so the kiosk, the CLI and the store agree.
///
/// Lendable are assets the office holds in reserve: status `in_store` (在库) or `idle` (闲置) —
/// the pool of projectors, laptops and cameras kept for borrowing. An asset `in_use` has a
/// custodian working with it (lending it is a transfer of custody, an asset change, not a loan),
/// one `under_repair` is not fit to hand out, and a `disposed` one is gone. An office that lends
/// something else first sets its status to `in_store` with an asset change, which is journalled.
public enum LoanRules {
    /// The loan period when the keeper types none.
    public static let defaultDays = 14
    /// The loan periods the kiosk accepts: a day at least, a year at most (longer is custody).
    public static let days = 1...365

    /// Why `asset` may not be lent, or nil when it may. Whether it is already out is the store's
    /// to say: only the store knows the open loans.
    public static func refusal(for asset: Asset) -> LoanRefusal? {
        switch asset.status {
        case .inStore, .idle: return nil
        case .disposed: return .disposed(tag: asset.tag, name: asset.name)
        case .inUse, .underRepair: return .notLendable(tag: asset.tag, name: asset.name, status: asset.status)
        }
    }

    /// Why a loan of `days` days may not be given, or nil when it may.
    public static func refusal(days: Int) -> LoanRefusal? {
        self.days.contains(days) ? nil : .period(days: days, allowed: self.days)
    }

    /// Why a loan due on `due` may not be given on `today`, or nil when it may. A due date in
    /// the past is accepted: that is a paper loan from while the station was down, written up
    /// afterwards, and it is overdue at once.
    public static func refusal(due: CalendarDate, today: CalendarDate) -> LoanRefusal? {
        let days = due.days(since: today)
        return days > self.days.upperBound ? .period(days: days, allowed: self.days) : nil
    }
}

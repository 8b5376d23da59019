import Foundation

/// Loans of lendable equipment (the seeds' apply → approve → take → return loop): the keeper
/// scans an asset; if it is out, that scan is its return, recorded at once; if it is in, the
/// borrower's badge lends it, due back in `LoanRules.defaultDays` days unless a number typed
/// before the badge says otherwise. The screen lists the overdue loans.
public struct LoanJob: KioskJob {
    public typealias Reply = JobReply<LoanNotice, LoanEffect>

    public static let card = JobCard(
        mode: .loan, title: KioskText("Loans", "借用"), keyLabel: KioskText("Loans", "借用"),
        functionKey: 9, requiredRole: .keeper, prompt: LoanNotice.scanAsset)

    /// The asset scanned in, waiting for its borrower's badge.
    public internal(set) var pendingAsset: Asset?
    /// Days typed for the loan of `pendingAsset`; nil means the default.
    public internal(set) var pendingDays: Int?
    /// The overdue list as last read; nil until the first answer (or Enter) brings it.
    public internal(set) var board: LoanBoard?

    public init() {}

    public mutating func handle(_ event: JobEvent<LoanAnswer>, context: JobContext) -> Reply? {
        switch event {
        case .scan(let scan): return scanned(scan, context: context)
        case .key(let key): return pressed(key, context: context)
        case .answer(let answer): return answered(answer)
        }
    }

    /// Nothing is recorded before the badge, so an asset waiting for one is simply let go when
    /// the keeper leaves or another keeper takes over; they scan it again.
    public mutating func interrupt() {
        pendingAsset = nil
        pendingDays = nil
    }

    public var idleDiscard: LoanNotice? { pendingAsset.map { .notLent(asset: $0.name, tag: $0.tag) } }

    /// With nothing waiting, an empty Enter reads the overdue list again.
    public var awaitsAccept: Bool { pendingAsset == nil }

    public func keyHelp(_ language: Language) -> String? {
        guard pendingAsset != nil else { return nil }
        return KioskText("Scan the borrower's badge · type days first · F4 Undo · Esc Cancel",
                         "扫描借用人工牌 · 可先输入天数 · F4 撤销 · Esc 取消")(language)
    }

    public static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: LoanEffect, store: Store, slips: Slips) -> LoanAnswer {
        guard let loans = store as? any LoanStore else {
            return .refused(StationProblem(
                .system, "This station's store keeps no loans.", advice: "Tell the administrator: the kiosk runs without the station database."))
        }
        return perform(effect, loans: loans)
    }

    /// The effect against the loans seam: each write, then the overdue list as it now stands.
    static func perform(_ effect: LoanEffect, loans: some LoanStore) -> LoanAnswer {
        func board(at time: Date) -> LoanBoard? {
            let today = CalendarDate(time, in: loans.stationTimeZone)
            return try? LoanBoard(today: today, overdue: loans.overdueLoans(on: today))
        }
        do throws(StationProblem) {
            switch effect {
            case .checkIn(let scan):
                let result = try loans.checkIn(scan)
                return .checkedIn(result, board: board(at: scan.time))
            case .lend(let tag, let borrower, let days, let lentBy, let station, let time):
                let due = CalendarDate(time, in: loans.stationTimeZone).adding(days: days)
                let listing = try loans.lend(LoanRequest(tag: tag, borrowerBadge: borrower, due: due, lentBy: lentBy, station: station, time: time))
                return .lent(listing, board: board(at: time))
            case .showOverdue(let time):
                let today = CalendarDate(time, in: loans.stationTimeZone)
                do throws(StationProblem) {
                    return .board(LoanBoard(today: today, overdue: try loans.overdueLoans(on: today)))
                } catch {
                    return .boardUnavailable(error)
                }
            }
        } catch {
            return .refused(error)
        }
    }
}

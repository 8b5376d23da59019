import Foundation
import QuartermasterCore
import Testing

/// The loans job step by step: every scan, key and answer in every state, with the whole reply
/// (notice, effects, sound) and the state after it asserted.
@Suite struct LoanJobTests {
    typealias F = Fixtures
    typealias L = LoanFixtures
    var job = LoanJob()
    let clock = F.t0

    var context: JobContext { JobContext(person: F.keeper, station: "ST-01", time: clock) }

    var checkInOfProjector: LoanEffect {
        .checkIn(LoanReturn(tag: L.projector.tag, returnedBy: F.keeper.badge, station: "ST-01", time: clock))
    }

    /// The job after the projector was scanned, found in, and waits for its borrower.
    mutating func waiting(board: LoanBoard? = L.board()) {
        _ = job.handle(.scan(.asset(L.projector)), context: context)
        _ = job.handle(.answer(.checkedIn(.notOut(L.projector), board: board)), context: context)
        #expect(job.pendingAsset == L.projector)
    }

    // MARK: Scanning an asset

    @Test mutating func anAssetScanAsksTheStoreWhetherItIsOut() {
        #expect(job.handle(.scan(.asset(L.projector)), context: context) == .perform(checkInOfProjector))
        #expect(job.pendingAsset == nil, "nothing waits until the store says it is in")
        #expect(checkInOfProjector.isRecording, "a return is a write: the router says Recording… until it is back")
    }

    @Test(arguments: [
        (L.projector, LoanNotice.scanBorrower(asset: L.projector.name, tag: L.projector.tag, days: 14, due: CalendarDate("2024-03-15")), true),
        (L.camera, .scanBorrower(asset: L.camera.name, tag: L.camera.tag, days: 14, due: CalendarDate("2024-03-15")), true),
        (L.desk, .refused(.notLendable(tag: L.desk.tag, name: L.desk.name, status: .inUse)), false),
        (L.broken, .refused(.notLendable(tag: L.broken.tag, name: L.broken.name, status: .underRepair)), false),
        (L.scrapped, .refused(.disposed(tag: L.scrapped.tag, name: L.scrapped.name)), false),
    ])
    mutating func anAssetThatIsInWaitsForItsBorrowerIfLendable(asset: Asset, notice: LoanNotice, waits: Bool) {
        _ = job.handle(.scan(.asset(asset)), context: context)
        let reply = job.handle(.answer(.checkedIn(.notOut(asset), board: L.board())), context: context)
        #expect(reply == JobReply(notice: notice, cue: waits ? nil : .attention))
        #expect(job.pendingAsset == (waits ? asset : nil))
        #expect(job.board == L.board(), "the list read with the answer is kept")
    }

    @Test mutating func anAssetThatIsOutIsReturnedAtOnceSayingHowLate() {
        let cases: [(due: String, late: Int, tone: NoticeTone)] = [("2024-03-05", 0, .success), ("2024-03-01", 0, .success), ("2024-02-27", 3, .warning)]
        for (due, late, tone) in cases {
            var job = LoanJob()
            let listing = L.loan(due: due, returnedAt: clock)
            let reply = job.handle(.answer(.checkedIn(.returned(listing), board: L.board())), context: context)
            let notice = LoanNotice.returned(asset: L.projector.name, tag: L.projector.tag, borrower: L.borrower.name, overdueDays: late)
            #expect(reply == .say(notice))
            #expect(notice.tone == tone)
            #expect(job.pendingAsset == nil)
        }
        #expect(LoanNotice.returned(asset: "投影仪", tag: "FA-1", borrower: "张三", overdueDays: 3).text(.english)
            == "Returned: \"投影仪\" (FA-1) from 张三, 3 days late.")
        #expect(LoanNotice.returned(asset: "投影仪", tag: "FA-1", borrower: "张三", overdueDays: 0).text(.simplifiedChinese)
            == "已归还：「投影仪」（FA-1）由 张三 借用，按时归还。")
    }

    @Test mutating func anotherAssetWhileOneWaitsIsRefusedAndTheSameOneAgainIsSaid() {
        waiting()
        #expect(job.handle(.scan(.asset(L.camera)), context: context) == .refuse(.finishFirst(asset: L.projector.name, tag: L.projector.tag)))
        #expect(job.handle(.scan(.asset(L.projector)), context: context) == .say(.alreadyWaiting(asset: L.projector.name, tag: L.projector.tag)))
        #expect(job.pendingAsset == L.projector)
    }

    @Test(arguments: [ResolvedScan.otherKind(.assetTag, "FA-999999"), .notFound(.assetTag, "FA-999999")])
    mutating func aTagTheRegisterLacksIsSaidSo(scan: ResolvedScan) {
        #expect(job.handle(.scan(scan), context: context) == .refuse(.unknownTag("FA-999999")))
    }

    @Test(arguments: [
        ResolvedScan.item(Fixtures.paper), .requisition(Fixtures.requisition()), .location(Location(code: "LOC-1", name: "三楼")),
        .mode(.pickup), .notFound(.item, "123"), .invalid("X", .tooLong), .otherKind(.location, "LOC-9"),
        .unavailable(StationProblem(.busy, "busy", advice: "")),
    ])
    mutating func scansOfOtherKindsAreTheRouters(scan: ResolvedScan) {
        #expect(job.handle(.scan(scan), context: context) == nil)
        waiting()
        #expect(job.handle(.scan(scan), context: context) == nil)
        #expect(job.pendingAsset == L.projector, "an unrelated scan drops nothing")
    }

    // MARK: Days

    @Test(arguments: [
        (1, LoanNotice.scanBorrower(asset: L.projector.name, tag: L.projector.tag, days: 1, due: CalendarDate("2024-03-02")), Int?.some(1)),
        (30, .scanBorrower(asset: L.projector.name, tag: L.projector.tag, days: 30, due: CalendarDate("2024-03-31")), 30),
        (365, .scanBorrower(asset: L.projector.name, tag: L.projector.tag, days: 365, due: CalendarDate("2025-03-01")), 365),
        (0, .refused(.period(days: 0, allowed: 1...365)), nil),
        (366, .refused(.period(days: 366, allowed: 1...365)), nil),
        (9999, .refused(.period(days: 9999, allowed: 1...365)), nil),
    ])
    mutating func aNumberBeforeTheBadgeSetsTheDaysWithinAYear(days: Int, notice: LoanNotice, kept: Int?) {
        waiting()
        let reply = job.handle(.scan(.quantity(days)), context: context)
        #expect(reply == JobReply(notice: notice, cue: kept == nil ? .attention : nil))
        #expect(job.pendingDays == kept)
        #expect(job.pendingAsset == L.projector, "a refused period keeps the asset waiting")
    }

    @Test mutating func aNumberBeforeAnyAssetIsRefused() {
        #expect(job.handle(.scan(.quantity(7)), context: context) == .refuse(.scanAssetFirst))
        #expect(job.pendingDays == nil)
    }

    @Test func periodRefusalSaysTheBoundsAndWhatToDo() {
        #expect(LoanNotice.refused(.period(days: 400, allowed: 1...365)).text(.english)
            == "NOT lent: A loan of 400 days is not possible: loans run 1 to 365 days. For longer, make the person the asset's custodian.")
        #expect(LoanNotice.refused(.period(days: 0, allowed: 1...365)).text(.simplifiedChinese)
            == "未借出：借期 0 天不可用：借期为 1–365 天。更长的使用请办理保管人变更。")
    }

    // MARK: The borrower's badge

    @Test(arguments: [(Int?.none, 14), (30, 30)])
    mutating func theBorrowersBadgeLendsForTheDays(typed: Int?, days: Int) {
        waiting()
        if let typed { _ = job.handle(.scan(.quantity(typed)), context: context) }
        #expect(job.handle(.scan(.badge(L.borrower)), context: context) == .perform(.lend(
            tag: L.projector.tag, borrowerBadge: L.borrower.badge, days: days, lentBy: F.keeper.badge, station: "ST-01", time: clock)))
    }

    @Test mutating func aKeeperMayBorrowAsTheRecipientOfAPickupMayBeAKeeper() {
        waiting()
        #expect(job.handle(.scan(.badge(F.keeper)), context: context) == .perform(.lend(
            tag: L.projector.tag, borrowerBadge: F.keeper.badge, days: 14, lentBy: F.keeper.badge, station: "ST-01", time: clock)))
    }

    @Test mutating func aDisabledBadgeBorrowsNothing() {
        waiting()
        #expect(job.handle(.scan(.badge(F.leaver)), context: context) == .refuse(.borrowerInactive(name: F.leaver.name)))
        #expect(job.pendingAsset == L.projector)
    }

    @Test(arguments: [
        (Fixtures.keeper, true), (LoanFixtures.otherKeeper, true), (Fixtures.leaver, true),
        (LoanFixtures.borrower, false), (Fixtures.auditor, false),
    ])
    mutating func aBadgeWithNothingWaitingIsTheRoutersIfItCouldBe(person: Person, routers: Bool) {
        let reply = job.handle(.scan(.badge(person)), context: context)
        #expect(reply == (routers ? nil : .refuse(.scanAssetFirst)))
    }

    // MARK: Keys

    @Test mutating func undoTakesBackTheDaysThenTheAsset() {
        waiting()
        _ = job.handle(.scan(.quantity(30)), context: context)
        #expect(job.handle(.key(.undo), context: context)
            == .say(.scanBorrower(asset: L.projector.name, tag: L.projector.tag, days: 14, due: CalendarDate("2024-03-15"))))
        #expect(job.pendingDays == nil)
        #expect(job.pendingAsset == L.projector)
        #expect(job.handle(.key(.undo), context: context) == .say(.notLent(asset: L.projector.name, tag: L.projector.tag)))
        #expect(job.pendingAsset == nil)
        #expect(job.handle(.key(.undo), context: context) == nil, "nothing left: the router says so")
    }

    @Test mutating func escLetsTheAssetGo() {
        #expect(job.handle(.key(.cancel), context: context) == nil)
        waiting()
        _ = job.handle(.scan(.quantity(30)), context: context)
        #expect(job.handle(.key(.cancel), context: context) == .say(.notLent(asset: L.projector.name, tag: L.projector.tag)))
        #expect(job.pendingAsset == nil)
        #expect(job.pendingDays == nil)
    }

    @Test mutating func enterWithNothingWaitingReadsTheOverdueList() {
        #expect(job.awaitsAccept)
        #expect(job.handle(.key(.accept), context: context) == .perform(.showOverdue(at: clock)))
        #expect(!LoanEffect.showOverdue(at: clock).isRecording, "a read: no Recording… interlock")
        waiting()
        #expect(!job.awaitsAccept, "with an asset waiting, Enter is no answer: the badge is")
        #expect(job.handle(.key(.accept), context: context) == nil)
    }

    // MARK: Answers

    @Test mutating func aLoanRecordedClearsTheCounterAndKeepsTheList() {
        waiting()
        _ = job.handle(.scan(.quantity(30)), context: context)
        let listing = L.loan(due: "2024-03-31")
        let overdue = L.board([L.loan(L.camera, due: "2024-02-20")])
        let reply = job.handle(.answer(.lent(listing, board: overdue)), context: context)
        #expect(reply == .say(.lent(asset: L.projector.name, tag: L.projector.tag, borrower: L.borrower.name, due: CalendarDate("2024-03-31")!)))
        #expect(reply?.notice?.text(.english) == "Lent: \"投影仪 Epson CB-X06\" (FA-000101) to 张三, due back 2024-03-31.")
        #expect(job.pendingAsset == nil)
        #expect(job.pendingDays == nil)
        #expect(job.board == overdue)
    }

    @Test mutating func aListThatCouldNotBeReadAfterAWriteKeepsTheOldOne() {
        _ = job.handle(.answer(.board(L.board([L.loan(due: "2024-02-01")]))), context: context)
        _ = job.handle(.answer(.lent(L.loan(L.camera, due: "2024-03-15"), board: nil)), context: context)
        #expect(job.board == L.board([L.loan(due: "2024-02-01")]))
    }

    @Test mutating func refusalsAreShownAndRungAndKeepTheAssetWaiting() {
        waiting()
        let problem = StationProblem(.conflict, "\"投影仪\" (FA-000101) is already out to 李四 (100232) since 2024-03-01 09:00, due back 2024-03-15; nothing was recorded.", advice: "Scan it in first.")
        #expect(job.handle(.answer(.refused(problem)), context: context) == .refuse(.notRecorded(problem)))
        #expect(job.pendingAsset == L.projector, "the keeper may scan another badge, or Esc")
        let busy = StationProblem(.busy, "The station database is busy.", advice: "Wait a moment.")
        #expect(job.handle(.answer(.boardUnavailable(busy)), context: context) == .refuse(.overdueUnavailable(busy)))
    }

    @Test(arguments: [
        ([LoanListing](), LoanNotice.overdueShown(count: 0, today: LoanFixtures.today), "No loans are overdue as of 2024-03-01."),
        ([LoanFixtures.loan(due: "2024-02-01")], .overdueShown(count: 1, today: LoanFixtures.today), "1 loan is overdue as of 2024-03-01."),
    ])
    mutating func theOverdueListReadIsCountedInTheNotice(overdue: [LoanListing], notice: LoanNotice, text: String) {
        #expect(job.handle(.answer(.board(L.board(overdue))), context: context) == .say(notice))
        #expect(notice.text(.english) == text)
        #expect(job.board == L.board(overdue))
    }

    // MARK: Leaving

    @Test mutating func leavingLetsTheWaitingAssetGo() {
        waiting()
        _ = job.handle(.scan(.quantity(30)), context: context)
        #expect(job.leaveBlocker == nil, "nothing recorded yet: nothing to finish")
        #expect(job.idleDiscard == .notLent(asset: L.projector.name, tag: L.projector.tag))
        job.interrupt()
        #expect(job.pendingAsset == nil)
        #expect(job.pendingDays == nil)
        #expect(job.board == L.board(), "the list stays")
        #expect(job.idleDiscard == nil)
    }

    @Test func declaresItsCard() {
        #expect(LoanJob.card.mode == .loan)
        #expect(LoanJob.card.mode.barcode == "QM-MODE-LOAN")
        #expect(LoanJob.card.mode.directive == "@loan")
        #expect(LoanJob.card.functionKey == 9)
        #expect(!JobCard.routerKeys.contains(LoanJob.card.functionKey))
        #expect(LoanJob.card.requiredRole == .keeper)
        #expect(KioskJobs.storeroom.contains { $0 == LoanJob.self })
    }
}

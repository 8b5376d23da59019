import Foundation
import QuartermasterCore
import Testing

/// The loans job inside the storeroom's router: its card and key switch to it, its writes hold
/// the Recording… interlock, and a keeper's badge while nothing waits takes over the station as
/// in every other job.
@Suite struct LoanRouterTests {
    typealias F = Fixtures
    typealias L = LoanFixtures
    var router = KioskRouter(station: "ST-01")
    var clock = F.t0

    mutating func scan(_ scan: ResolvedScan) -> [KioskEffect] {
        clock += 1
        return router.handle(.scan(scan, at: clock))
    }

    mutating func press(_ key: KioskKey) -> [KioskEffect] {
        clock += 1
        return router.handle(.key(key, at: clock))
    }

    mutating func answer(_ answer: LoanAnswer) -> [KioskEffect] {
        router.handle(.answer(AnyJobAnswer(LoanJob.self, answer), at: clock))
    }

    @Test mutating func theModeCardAndItsKeySwitchToLoans() {
        #expect(router.modes.contains(.loan))
        #expect(router.mode(forFunctionKey: 9) == .loan)
        #expect(scan(.mode(KioskMode(barcode: "QM-MODE-LOAN")!)) == [])
        #expect(router.mode == .loan)
        #expect(router.notice.text(.english) == "Mode: Loans. Loans: scan an asset tag. One that is out is returned; one that is in is lent to the badge scanned next. Enter shows overdue loans.")
        #expect(scan(.badge(F.auditor)) == [.bell], "an auditor is no keeper")
        #expect(scan(.badge(F.keeper)) == [])
        #expect(router.person == F.keeper)
    }

    @Test mutating func aLoanGoesThroughTheRouterWithItsInterlock() {
        _ = scan(.badge(F.keeper))
        _ = press(.switchMode(.loan))
        let checkIn = LoanReturn(tag: L.projector.tag, returnedBy: F.keeper.badge, station: "ST-01", time: clock + 1)
        #expect(scan(.asset(L.projector)) == [.perform(LoanJob.self, .checkIn(checkIn))])
        #expect(router.isRecording)
        #expect(scan(.badge(L.borrower)) == [.bell], "Recording…: nothing is taken until the answer is back")
        #expect(answer(.checkedIn(.notOut(L.projector), board: L.board())) == [])
        #expect(!router.isRecording)
        #expect(!router.awaitsAccept, "an asset waits: Enter does not read the list")
        #expect(scan(.quantity(7)) == [])
        #expect(scan(.badge(L.borrower)) == [.perform(LoanJob.self, .lend(
            tag: L.projector.tag, borrowerBadge: L.borrower.badge, days: 7, lentBy: F.keeper.badge, station: "ST-01", time: clock))])
        #expect(answer(.lent(L.loan(due: "2024-03-08"), board: L.board())) == [])
        #expect(router.notice == KioskNotice(LoanNotice.lent(asset: L.projector.name, tag: L.projector.tag, borrower: L.borrower.name, due: CalendarDate("2024-03-08")!)))
        #expect(router.awaitsAccept, "nothing waits: Enter reads the overdue list")
        #expect(press(.accept) == [.perform(LoanJob.self, .showOverdue(at: clock))])
        #expect(!router.isRecording)
    }

    @Test mutating func aKeepersBadgeWithNothingWaitingTakesOverTheStation() {
        _ = press(.switchMode(.loan))
        _ = scan(.badge(F.keeper))
        #expect(scan(.badge(L.otherKeeper)) == [])
        #expect(router.person == L.otherKeeper)
        #expect(scan(.badge(L.otherKeeper)) == [])
        #expect(router.notice == KioskNotice(RouterNotice.alreadySignedIn(name: L.otherKeeper.name)))
        #expect(scan(.badge(L.borrower)) == [.bell])
        #expect(router.notice == KioskNotice(LoanNotice.scanAssetFirst))
        #expect(router.person == L.otherKeeper)
    }

    @Test mutating func anAssetWaitingIsLetGoOnSwitchingAndSaidOnIdleSignOut() {
        _ = press(.switchMode(.loan))
        _ = scan(.badge(F.keeper))
        _ = scan(.asset(L.projector))
        _ = answer(.checkedIn(.notOut(L.projector), board: nil))
        #expect(press(.switchMode(.pickup)) == [.perform(PickupJob.self, .findLeftOpen)], "nothing recorded yet: the keeper may leave")
        _ = press(.switchMode(.loan))
        #expect(router.job(LoanJob.self)?.pendingAsset == nil)
        _ = scan(.asset(L.camera))
        _ = answer(.checkedIn(.notOut(L.camera), board: nil))
        _ = router.handle(.tick(clock + 600))
        #expect(router.person == nil)
        #expect(router.notice.text(.english).contains("\"相机, \"备用\"\" (FA-000102) was not lent."))
    }
}

import Foundation
import QuartermasterCore
import Testing

/// The router with the storeroom's jobs, event by event: signing in by badge and role, mode
/// cards and keys, hand-over, idle sign-out, scanners and the "Recording…" interlock. Every
/// state change and every effect is asserted; what each job does on its own is in its tests.
@Suite struct KioskRouterTests {
    typealias F = Fixtures
    var router = KioskRouter(station: "ST-01", idleTimeout: 120)
    var clock = F.t0

    // MARK: Driving helpers

    mutating func scan(_ scan: ResolvedScan) -> [KioskEffect] {
        clock += 1
        return router.handle(.scan(scan, at: clock))
    }

    mutating func press(_ key: KioskKey) -> [KioskEffect] {
        clock += 1
        return router.handle(.key(key, at: clock))
    }

    func says(_ message: some KioskMessage) -> Bool { router.notice == KioskNotice(message) }

    var pickup: PickupJob? { router.job(PickupJob.self) }

    /// What signing in to the pickup (or switching to it) asks: any pickup left open when the
    /// station stopped.
    let lookForLeftOpen: [KioskEffect] = [.perform(PickupJob.self, .findLeftOpen)]

    /// Keeper signed in with YPQ-2024-001 open.
    mutating func openPickup() {
        #expect(scan(.badge(F.keeper)) == lookForLeftOpen)
        #expect(scan(.requisition(F.requisition())) == [.perform(PickupJob.self, .keepOpen(OpenPickup(
            requisitionNumber: "YPQ-2024-001", scans: [], keeperBadge: F.keeper.badge, time: clock)))])
    }

    // MARK: Signing in

    @Test mutating func keeperSignsIn() {
        #expect(says(RouterNotice.scanBadgeToStart))
        #expect(router.mode == .pickup)
        #expect(scan(.badge(F.keeper)) == lookForLeftOpen)
        #expect(router.person == F.keeper)
        #expect(says(RouterNotice.signedIn(name: F.keeper.name, job: PickupJob.card)))
        #expect(router.notice.text(.english) == "Signed in: 王库管 (Pickup). Scan a requisition.")
    }

    @Test mutating func badgeWithoutTheModesRoleIsRefused() {
        #expect(scan(.badge(F.auditor)) == [.bell])
        #expect(router.person == nil)
        #expect(says(RouterNotice.roleMissing(name: F.auditor.name, role: .keeper)))
    }

    @Test mutating func inactiveBadgeIsRefused() {
        var formerKeeper = F.keeper
        formerKeeper.active = false
        #expect(scan(.badge(formerKeeper)) == [.bell])
        #expect(router.person == nil)
        #expect(says(RouterNotice.badgeInactive(name: F.keeper.name)))
    }

    @Test mutating func scansBeforeSigningInAreRefused() {
        #expect(scan(.requisition(F.requisition())) == [.bell])
        #expect(says(RouterNotice.signInFirst(role: .keeper)))
        #expect(pickup?.pick == nil)
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(says(RouterNotice.signInFirst(role: .keeper)))
    }

    @Test mutating func unknownAndInvalidCodesAreRefused() {
        #expect(scan(.notFound(.badge, "E9999")) == [.bell])
        #expect(says(RouterNotice.notFound(.badge, code: "E9999")))
        #expect(scan(.invalid("6901234567893", .badCheckDigit)) == [.bell])
        #expect(says(RouterNotice.invalidScan(code: "6901234567893", problem: .badCheckDigit)))
        let busy = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        #expect(scan(.unavailable(busy)) == [.bell])
        #expect(says(RouterNotice.storeUnavailable(busy)))
    }

    @Test mutating func anotherKeeperTakesOver() {
        #expect(scan(.badge(F.keeper)) == lookForLeftOpen)
        let second = Person(badge: "E1002", name: "Keeper Two", department: "Storeroom", roles: [.keeper])
        #expect(scan(.badge(second)) == lookForLeftOpen, "nothing on the counter: the newcomer may find work left open")
        #expect(router.person == second)
        #expect(says(RouterNotice.signedIn(name: second.name, job: PickupJob.card)))
        #expect(scan(.badge(second)) == [])
        #expect(says(RouterNotice.alreadySignedIn(name: second.name)))
        #expect(scan(.badge(F.leaver)) == [.bell])
        #expect(says(RouterNotice.badgeInactive(name: F.leaver.name)))
        #expect(router.person == second)
    }

    @Test mutating func handOverDropsWhatTheLastPersonTyped() {
        _ = scan(.badge(F.keeper))
        _ = scan(.mode(.receive))
        _ = scan(.item(F.toner))
        #expect(router.job(ReceiveJob.self)?.flow.pendingItem == F.toner)
        #expect(scan(.badge(F.auditor)) == [.bell], "an auditor cannot take over the storeroom")
        #expect(says(RouterNotice.roleMissing(name: F.auditor.name, role: .keeper)))
        #expect(router.job(ReceiveJob.self)?.flow.pendingItem == F.toner)
        let second = Person(badge: "E1002", name: "Keeper Two", department: "Storeroom", roles: [.keeper])
        #expect(scan(.badge(second)) == [])
        #expect(router.job(ReceiveJob.self)?.flow.pendingItem == nil)
    }

    @Test mutating func earlyRecipientIsAskedForTheRequisition() {
        _ = scan(.badge(F.keeper))
        #expect(scan(.badge(F.applicant)) == [.bell])
        #expect(says(PickupNotice.scanRequisition))
        #expect(router.person == F.keeper)
    }

    // MARK: Modes

    @Test mutating func modeCardsAndKeysSwitchJobs() {
        _ = scan(.badge(F.keeper))
        #expect(scan(.mode(.receive)) == [])
        #expect(router.mode == .receive)
        #expect(says(RouterNotice.modeChanged(ReceiveJob.card)))
        #expect(router.notice.text(.english) == "Mode: Receiving. Receiving: scan an item (or type the quantity first).")
        #expect(press(.switchMode(.return)) == [])
        #expect(router.mode == .return)
        #expect(router.notice.text(.simplifiedChinese) == "已切换到：退库。退库：请扫描物品（可先输入数量）。")
        #expect(router.person == F.keeper)
    }

    @Test mutating func modeCardsWorkSignedOut() {
        #expect(scan(.mode(.return)) == [])
        #expect(router.mode == .return)
        #expect(router.person == nil)
        #expect(scan(.badge(F.keeper)) == [])
        #expect(says(RouterNotice.signedIn(name: F.keeper.name, job: ReturnJob.card)))
    }

    @Test mutating func unregisteredModeCardIsNotFound() {
        let visit = KioskMode(barcode: "QM-MODE-VISIT")!
        #expect(scan(.mode(visit)) == [.bell])
        #expect(says(RouterNotice.notFound(.mode, code: "QM-MODE-VISIT")))
        #expect(router.mode == .pickup)
    }

    @Test mutating func modeCannotChangeWithAnOpenPickup() {
        openPickup()
        #expect(scan(.mode(.receive)) == [.bell])
        #expect(router.mode == .pickup)
        #expect(says(PickupNotice.finishFirst(requisition: "YPQ-2024-001")))
        #expect(press(.switchMode(.return)) == [.bell])
        #expect(router.mode == .pickup)
        #expect(press(.signOut) == [.bell])
        #expect(router.person == F.keeper)
        #expect(pickup?.pick?.number == "YPQ-2024-001")
    }

    @Test mutating func aJobKeepsItsStateWhileAnotherIsActive() throws {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.badge(F.applicant))
        let outcome = F.outcome(F.requisition(.partlyPicked).requisition)
        _ = router.handle(.answer(AnyJobAnswer(PickupJob.self, .recorded(outcome, at: clock)), at: clock))
        _ = scan(.mode(.receive))
        _ = scan(.quantity(3))
        #expect(router.job(ReceiveJob.self)?.flow.pendingQuantity == 3)
        _ = scan(.mode(.pickup))
        #expect(pickup?.lastPickup == outcome, "the last pickup is still shown")
        #expect(router.job(ReceiveJob.self)?.flow.pendingQuantity == nil, "leaving a job drops what was typed ahead")
    }

    @Test mutating func wrongKindsAreNamedWithTheActiveJob() {
        openPickup()
        #expect(scan(.otherKind(.assetTag, "FA-000123")) == [.bell])
        #expect(says(RouterNotice.wrongKind(.assetTag, job: PickupJob.card)))
        _ = press(.cancel)
        _ = scan(.mode(.receive))
        #expect(scan(.requisition(F.requisition())) == [.bell])
        #expect(says(RouterNotice.wrongKind(.requisition, job: ReceiveJob.card)))
        #expect(router.notice.text(.english) == "That is a requisition; it is not used in Receiving.")
    }

    @Test mutating func keysWithNothingToActOn() {
        _ = scan(.badge(F.keeper))
        #expect(press(.undo) == [.bell])
        #expect(says(RouterNotice.nothingToUndo))
        #expect(press(.cancel) == [.bell])
        #expect(says(RouterNotice.nothingToCancel))
        #expect(press(.accept) == [.bell])
        #expect(says(RouterNotice.nothingToAccept))
        #expect(!router.awaitsAccept)
    }

    @Test func functionKeysComeFromTheJobsCards() {
        let router = KioskRouter(station: "ST-01")
        #expect(router.modes == [.pickup, .receive, .return, .count, .loan])
        #expect(router.mode(forFunctionKey: 1) == .pickup)
        #expect(router.mode(forFunctionKey: 2) == .receive)
        #expect(router.mode(forFunctionKey: 3) == .return)
        #expect(router.mode(forFunctionKey: 4) == nil)
        #expect(router.mode(forFunctionKey: 6) == nil)
        #expect(router.mode(forFunctionKey: 8) == .count)
    }

    @Test func modeCardsAreReadByShapeAndNamedByTheJobs() {
        #expect(KioskMode(barcode: "QM-MODE-PICKUP") == .pickup)
        #expect(KioskMode(barcode: "QM-MODE-COUNT")?.rawValue == "COUNT")
        #expect(KioskMode(barcode: "QM-MODE-") == nil)
        #expect(KioskMode(barcode: "YPQ-2024-001") == nil)
        #expect(KioskMode.return.directive == "@return")
    }

    // The init stops on these (a programming error); the check it stops on is tested here, in
    // process: exit tests leave Swift Testing's child monitor spinning in waitid when another
    // child of the test process (a tool run through Foundation's Process) is not yet reaped.
    @Test func aRegistryThatClashesIsRefused() {
        #expect(KioskRouter.registryProblem([PickupJob.self, PickupJob.self])?.contains("mode name") == true)
        #expect(KioskRouter.registryProblem([]) == "a kiosk needs at least one job")
        #expect(KioskRouter.registryProblem([PickupJob.self, UndoKeyJob.self]) == "a job took one of the router's keys")
        #expect(KioskRouter.registryProblem(KioskJobs.storeroom) == nil)
        #expect(KioskRouter.registryProblem(KioskJobs.station) == nil)
    }

    // MARK: Signing out

    @Test mutating func signOutKeepsTheModeAndStartsEveryJobAfresh() {
        _ = router.handle(.scanner(.connected(name: "S1")))
        _ = scan(.badge(F.keeper))
        _ = scan(.mode(.receive))
        _ = scan(.item(F.toner))
        #expect(press(.signOut) == [])
        #expect(router.person == nil)
        #expect(router.mode == .receive)
        #expect(router.scanners == ["S1"])
        #expect(router.job(ReceiveJob.self)?.flow.pendingItem == nil)
        #expect(says(RouterNotice.signedOut))
    }

    // MARK: The interlock

    @Test mutating func aWriteHoldsTheCounterUntilItsAnswer() {
        openPickup()
        _ = scan(.item(F.paper))
        let effects = scan(.badge(F.applicant))
        let commit = PickupCommit(
            requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: F.paper.code, quantity: 1)],
            keeperBadge: F.keeper.badge, recipientBadge: F.applicant.badge, acceptedByKeeper: false,
            station: "ST-01", time: clock)
        #expect(effects == [.perform(PickupJob.self, .recordPickup(commit))])
        #expect(router.isRecording)
        #expect(says(RouterNotice.recording))
        // While the store works, scans and keys wait, and the idle timer does too.
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(press(.cancel) == [.bell])
        #expect(says(RouterNotice.recording))
        #expect(!router.awaitsAccept)
        #expect(router.handle(.tick(clock + 600)) == [])
        #expect(router.person == F.keeper)

        var after = F.requisition().requisition
        after.lines[0].picked = 1
        after.status = .partlyPicked
        let outcome = F.outcome(after)
        let next = router.handle(.answer(AnyJobAnswer(PickupJob.self, .recorded(outcome, at: clock)), at: clock))
        #expect(!router.isRecording)
        #expect(next.count == 2)
        #expect(next.last == .perform(PickupJob.self, .forgetOpen(requisition: "YPQ-2024-001")), "the kept scans are forgotten")
        guard case .job(let slip)? = next.first else {
            Issue.record("expected the slip, got \(next)")
            return
        }
        #expect(slip.mode == .pickup)
        #expect(!slip.isRecording)
        #expect(says(PickupNotice.pickupRecorded(number: "YPQ-2024-001", recipient: "张三", backorderLines: 2)))
        #expect(router.handle(.answer(AnyJobAnswer(PickupJob.self, .slipProduced("out/YPQ-2024-001.pdf")), at: clock)) == [])
        #expect(router.transcript(.english) == "Recorded: YPQ-2024-001 collected by 张三. 2 line(s) stay on backorder. Slip: out/YPQ-2024-001.pdf")
        #expect(pickup?.slipNote == "out/YPQ-2024-001.pdf")
    }

    @Test mutating func aRefusedWriteFreesTheCounter() {
        _ = scan(.badge(F.keeper))
        _ = scan(.mode(.return))
        _ = scan(.quantity(2))
        let effects = scan(.item(F.pens))
        #expect(effects == [.perform(ReturnJob.self, .record(StockChange(
            kind: .return, itemCode: F.pens.code, quantity: 2, actorBadge: F.keeper.badge, station: "ST-01", time: clock)))])
        #expect(router.isRecording)
        let problem = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        #expect(router.handle(.answer(AnyJobAnswer(ReturnJob.self, .refused(problem)), at: clock)) == [.bell])
        #expect(!router.isRecording)
        #expect(says(StockChangeNotice.stockChangeRefused(problem)))
    }

    @Test mutating func recipientWaitingMakesEnterAccept() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.colleague)) == [.bell])
        #expect(router.awaitsAccept)
        let effects = press(.accept)
        #expect(effects.count == 1)
        #expect(router.isRecording)
    }

    // MARK: Work left open

    @Test mutating func signingInGoesBackToAPickupLeftOpen() {
        #expect(scan(.badge(F.keeper)) == lookForLeftOpen)
        let open = OpenPickup(requisitionNumber: "YPQ-2024-001", scans: [.init(itemCode: F.paper.code, quantity: 2)],
                              keeperBadge: F.keeper.badge, time: F.t0)
        let left = LeftOpenPickup(open: open, detail: F.requisition())
        #expect(router.handle(.answer(AnyJobAnswer(PickupJob.self, .leftOpen(left)), at: clock)) == [.bell])
        #expect(says(PickupNotice.pickupResumed(number: "YPQ-2024-001", units: 2, dropped: 0)))
        #expect(router.notice.text(.english).hasPrefix("Pickup YPQ-2024-001 resumed: 2 items scanned."))
        #expect(pickup?.pick?.scans == open.scans)
        #expect(scan(.mode(.receive)) == [.bell], "the pickup that came back must be finished or cancelled first")
        #expect(says(PickupNotice.finishFirst(requisition: "YPQ-2024-001")))
    }

    @Test mutating func switchingToThePickupLooksForWorkLeftOpen() {
        _ = scan(.mode(.receive))
        #expect(scan(.badge(F.keeper)) == [], "receiving keeps nothing open")
        #expect(scan(.mode(.pickup)) == lookForLeftOpen)
        #expect(router.handle(.answer(AnyJobAnswer(PickupJob.self, .leftOpen(nil)), at: clock)) == [])
        #expect(says(RouterNotice.modeChanged(PickupJob.card)), "nothing left open: the mode's own words stay")
    }

    // MARK: Time

    @Test mutating func idleTimeoutSignsOutAndDiscardsTheOpenPick() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(router.handle(.tick(clock + 119)) == [])
        #expect(router.person == F.keeper)
        #expect(router.handle(.tick(clock + 120)) == [.perform(PickupJob.self, .forgetOpen(requisition: "YPQ-2024-001"))],
                "what is discarded is forgotten in the store too")
        #expect(router.person == nil)
        #expect(pickup?.pick == nil)
        #expect(says(RouterNotice.signedOutIdle(discarded: KioskNotice(PickupNotice.pickupDiscarded(number: "YPQ-2024-001")))))
        #expect(router.notice.text(.english) == "Signed out after inactivity. The unconfirmed pickup YPQ-2024-001 was discarded. Scan your badge.")
        #expect(router.notice.text(.simplifiedChinese) == "长时间无操作，已自动退出。未确认的领用 YPQ-2024-001 已放弃。请扫描工牌。")
    }

    @Test mutating func idleTimeoutWithNothingOpen() {
        _ = scan(.badge(F.keeper))
        _ = router.handle(.tick(clock + 120))
        #expect(says(RouterNotice.signedOutIdle(discarded: nil)))
        #expect(router.notice.text(.english) == "Signed out after inactivity. Scan your badge.")
    }
}

/// Scanners read directly come and go; the person is told, and work in progress stays.
@Suite struct KioskScannerTests {
    @Test func unpluggedScannerIsToldAndRung() {
        var router = KioskRouter(station: "ST-01")
        #expect(router.scanners == nil)
        #expect(router.handle(.scanner(.connected(name: "Honeywell 1900"))) == [])
        #expect(router.scanners == ["Honeywell 1900"])
        #expect(router.notice == KioskNotice(RouterNotice.scannerConnected(name: "Honeywell 1900")))
        _ = router.handle(.scan(.badge(Fixtures.keeper), at: Fixtures.t0))
        _ = router.handle(.scan(.requisition(Fixtures.requisition()), at: Fixtures.t0))
        #expect(router.handle(.scanner(.disconnected(name: "Honeywell 1900", droppedScan: true))) == [.bell])
        #expect(router.scanners == [])
        #expect(router.notice == KioskNotice(RouterNotice.scannerDisconnected(name: "Honeywell 1900", droppedScan: true)))
        #expect(router.job(PickupJob.self)?.pick?.number == "YPQ-2024-001", "the open pickup stays")
        _ = router.handle(.tick(Fixtures.t0 + 600))
        #expect(router.scanners == [], "signing out keeps the scanner list")
    }

    @Test func statusLineSaysWhenNoScannerIsConnected() {
        var router = KioskRouter(station: "ST-01")
        _ = router.handle(.scanner(.connected(name: "S1")))
        _ = router.handle(.scanner(.disconnected(name: "S1", droppedScan: false)))
        let view = KioskView(language: .english, station: "ST-01", timeZone: TimeZone(identifier: "UTC")!)
        let status = view.render(router, input: "", now: Fixtures.t0, columns: 80, rows: 24)[0].text
        #expect(status.contains("NO SCANNER"))
    }
}

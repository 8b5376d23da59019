import Foundation
import QuartermasterCore
import Testing

/// A new job plugs in: `TallyJob` (test-only, in its own file) is registered in a router built
/// here with one line, beside the storeroom's jobs, which do not change.
@Suite struct KioskNewJobTests {
    typealias F = Fixtures
    var router = KioskRouter(station: "ST-01", jobs: KioskJobs.storeroom + [TallyJob.self])
    var clock = F.t0

    mutating func scan(_ scan: ResolvedScan) -> [KioskEffect] {
        clock += 1
        return router.handle(.scan(scan, at: clock))
    }

    mutating func press(_ key: KioskKey) -> [KioskEffect] {
        clock += 1
        return router.handle(.key(key, at: clock))
    }

    let tally = TallyJob.card.mode

    @Test mutating func itsModeCardKeyAndRoleComeFromItsCard() {
        #expect(router.modes == [.pickup, .receive, .return, .count, .loan, tally])
        #expect(router.mode(forFunctionKey: 6) == tally)
        #expect(scan(.mode(KioskMode(barcode: "QM-MODE-TALLY")!)) == [])
        #expect(router.mode == tally)
        #expect(router.notice == KioskNotice(RouterNotice.modeChanged(TallyJob.card)))
        #expect(router.notice.text(.english) == "Mode: Tally. Tally: scan the items on the shelf.")
        // A keeper is not an auditor.
        #expect(scan(.badge(F.keeper)) == [.bell])
        #expect(router.notice == KioskNotice(RouterNotice.roleMissing(name: F.keeper.name, role: .auditor)))
        #expect(scan(.badge(F.auditor)) == [])
        #expect(router.person == F.auditor)
    }

    @Test mutating func aPersonWithoutTheNewRoleIsSignedOutOnSwitching() {
        _ = scan(.badge(F.keeper))
        #expect(press(.switchMode(tally)) == [.bell])
        #expect(router.mode == tally)
        #expect(router.person == nil)
        #expect(router.notice == KioskNotice(RouterNotice.roleMissing(name: F.keeper.name, role: .auditor)))
        #expect(router.notice.text(.simplifiedChinese) == "\(F.keeper.name) 没有「盘点员」权限，不能在此操作。")
    }

    @Test mutating func itsEffectsGoOutAndItsAnswersComeBack() {
        _ = press(.switchMode(tally))
        _ = scan(.badge(F.auditor))
        #expect(scan(.item(F.paper)) == [])
        #expect(scan(.item(F.pens)) == [])
        #expect(router.notice == KioskNotice(TallyJob.Notice.tallied(item: F.pens.name, count: 2)))
        #expect(scan(.requisition(F.requisition())) == [.bell], "what the job leaves, the router refuses")
        #expect(router.notice == KioskNotice(RouterNotice.wrongKind(.requisition, job: TallyJob.card)))
        #expect(router.awaitsAccept)
        #expect(press(.accept) == [.perform(TallyJob.self, .save(count: 2))])
        #expect(router.isRecording, "the router's interlock works for any job's write")
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(router.handle(.answer(AnyJobAnswer(TallyJob.self, .saved(count: 2, by: nil)), at: clock)) == [])
        #expect(!router.isRecording)
        #expect(router.notice == KioskNotice(TallyJob.Notice.saved(count: 2)))
        #expect(router.job(TallyJob.self)?.count == 0)
    }

    @Test mutating func idleSignOutSaysWhatTheNewJobLost() {
        _ = press(.switchMode(tally))
        _ = scan(.badge(F.auditor))
        _ = scan(.item(F.paper))
        _ = router.handle(.tick(clock + 120))
        #expect(router.person == nil)
        #expect(router.notice.text(.english) == "Signed out after inactivity. The tally of 1 was not saved. Scan your badge.")
    }

    @Test mutating func theScreenListsItsKeyAndShowsItsRows() {
        _ = press(.switchMode(tally))
        _ = scan(.badge(F.auditor))
        _ = scan(.item(F.paper))
        let view = KioskView(language: .english, station: "ST-01", timeZone: TimeZone(identifier: "UTC")!)
        let screen = view.render(router, input: "", now: F.t0, columns: 100, rows: 24).map(\.text)
        #expect(screen[0].contains("│ Tally │ Auditor Zhao (E4001)"))
        #expect(screen[2] == "Tally")
        #expect(screen[3] == "Counted so far: 1")
        #expect(screen.last == "F1 Pickup F2 Receive F3 Return F8 Count F9 Loans F6 Tally · F4 Undo · Esc Cancel · F10 Sign out")
    }

    @Test func theStoreroomsJobsAreUntouched() {
        var storeroom = KioskRouter(station: "ST-01")
        #expect(storeroom.modes == [.pickup, .receive, .return, .count, .loan])
        _ = storeroom.handle(.scan(.mode(TallyJob.card.mode), at: F.t0))
        #expect(storeroom.notice == KioskNotice(RouterNotice.notFound(.mode, code: "QM-MODE-TALLY")))
    }
}

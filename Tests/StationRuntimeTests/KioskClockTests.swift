import Foundation
import QuartermasterCore
import StationRuntime
import Testing

/// The idle kiosk's only timer: the next minute its clock shows, or the idle sign-out if sooner.
@Suite struct KioskClockTests {
    let start = Date(timeIntervalSince1970: 1_764_669_600)  // a whole minute

    @Test func nobodySignedInWakesAtTheNextMinute() {
        let router = KioskRouter(station: "仓库-2F", idleTimeout: 120)
        let wake = KioskClock.nextWake(after: start.addingTimeInterval(12.5), router: router)
        #expect(abs(wake.timeIntervalSince(start) - 60) < 0.01, "\(wake.timeIntervalSince(start))")
    }

    @Test func theIdleSignOutComesFirstWhenItIsSooner() {
        var router = KioskRouter(station: "仓库-2F", idleTimeout: 20, jobs: KioskJobs.station)
        _ = router.handle(.scan(.badge(Person(badge: "100231", name: "张伟", department: "行政部", roles: [.keeper])), at: start.addingTimeInterval(30)))
        #expect(router.person != nil)
        let wake = KioskClock.nextWake(after: start.addingTimeInterval(31), router: router)
        #expect(abs(wake.timeIntervalSince(start) - 50) < 0.01, "idle sign-out at 30 + 20 s: \(wake.timeIntervalSince(start))")
        // Past the timeout (a write in progress held it), the next minute again.
        let later = KioskClock.nextWake(after: start.addingTimeInterval(55), router: router)
        #expect(abs(later.timeIntervalSince(start) - 60) < 0.01)
    }
}

public import Foundation
public import QuartermasterCore

/// When the idle kiosk next needs to wake: when the minute its clock shows changes, or
/// earlier when the person signed in reaches the idle timeout. Nothing else moves on an idle
/// screen (reception's closing time is a whole minute too), so between those the kiosk sleeps.
public enum KioskClock {
    /// A little past the boundary, so the clock read on waking shows the new minute.
    static let margin: TimeInterval = 0.005

    public static func nextWake(after now: Date, router: KioskRouter) -> Date {
        let minute = (now.timeIntervalSince1970 / 60).rounded(.down) * 60 + 60
        var wake = Date(timeIntervalSince1970: minute + margin)
        if let last = router.lastActivity, !router.isRecording {
            let idle = last.addingTimeInterval(router.idleTimeout + margin)
            if idle > now, idle < wake { wake = idle }
        }
        return wake
    }
}

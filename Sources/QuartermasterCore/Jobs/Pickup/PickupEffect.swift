public import Foundation

/// What the pickup asks the engine to do.
public enum PickupEffect: JobEffect {
    /// Record a confirmed pickup in one transaction; answered with `.recorded` or `.refused`.
    case recordPickup(PickupCommit)
    /// Build and print (or file) the slip the store owes with the pickup; answered with
    /// `.slipProduced` or `.slipFailed` (the slip then stays owed in the store, produced at
    /// the next start).
    case produceSlip(id: UUID)
    /// Keep the open pickup's scans in the store, so a restart goes on with them; answered with
    /// `.kept` or `.notKept`. Performed before the screen answers the scan: a scan on the
    /// screen is a scan kept.
    case keepOpen(OpenPickup)
    /// Forget the scans kept for a requisition whose pickup was recorded or cancelled; follows
    /// the screen. Should the station stop before it, a recorded pickup's scans are settled by
    /// the store (`OpenPickupStore.leftOpenPickup`) and a cancelled one's come back once more.
    case forgetOpen(requisition: String)
    /// Look for a pickup left open when the station stopped (at sign-in, or on switching to
    /// the pickup); answered with `.leftOpen`.
    case findLeftOpen

    /// Work that may wait for the screen: the slip (its record is safe in the store already)
    /// and forgetting scans nobody will need.
    public var canFollowTheScreen: Bool {
        switch self {
        case .produceSlip, .forgetOpen: return true
        case .recordPickup, .keepOpen, .findLeftOpen: return false
        }
    }

    /// Only the pickup's own record holds the counter ("Recording…"); keeping the scans is a
    /// small write the engine finishes before it redraws, and the look-up is a read.
    public var isRecording: Bool {
        switch self {
        case .recordPickup: return true
        case .produceSlip, .keepOpen, .forgetOpen, .findLeftOpen: return false
        }
    }
}

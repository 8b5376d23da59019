/// What the pickup asks the engine to do.
public enum PickupEffect: JobEffect {
    /// Record a confirmed pickup in one transaction; answered with `.recorded` or `.refused`.
    case recordPickup(PickupCommit)
    /// Print (or file) the pickup slip; answered with `.slipProduced` or `.slipFailed`.
    case produceSlip(PickupSlip)

    public var isRecording: Bool {
        switch self {
        case .recordPickup: return true
        case .produceSlip: return false
        }
    }
}

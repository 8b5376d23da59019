/// What the flow asks the outside world to do. The engine performs each one and feeds the result
/// back as a `KioskEvent`, so the flow learns whether it happened.
public enum KioskEffect: Sendable, Hashable {
    /// Record a confirmed pickup in one transaction; answer with `.pickupRecorded` or `.pickupRefused`.
    case recordPickup(PickupCommit)
    /// Record a receipt or a return; answer with `.stockChangeRecorded` or `.stockChangeRefused`.
    case recordStockChange(StockChange)
    /// Print (or file) the pickup slip the store queued with the pickup; answer with
    /// `.slipProduced` or `.slipFailed` (the slip then stays owed in the store).
    case produceSlip(QueuedSlip)
    /// Ring the terminal bell: something was refused.
    case bell
}

/// Where a pickup's scans wait for the recipient's badge: kept in the store as they are made,
/// the way a count's scans are, so a restart after a crash or power cut goes on with them.
/// `StationStore` refines it.
public protocol OpenPickupStore {
    /// Keeps the pickup's scans so far in one durable transaction, replacing what was kept for
    /// its requisition.
    func keepOpenPickup(_ open: OpenPickup) throws(StationProblem)

    /// Forgets the scans kept for this requisition (the pickup was recorded or cancelled).
    func forgetOpenPickup(requisition number: String) throws(StationProblem)

    /// The pickup kept most recently, with its requisition as it is now; nil if none is kept.
    /// Scans that a pickup recorded since has settled (the station stopped after the pickup's
    /// commit and before they were forgotten) are forgotten here, never handed back.
    func leftOpenPickup() throws(StationProblem) -> LeftOpenPickup?
}

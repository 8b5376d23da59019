import QuartermasterCore

/// A test store for jobs other than the pickup: keeping or finding an open pickup is refused,
/// so a test that strays into it fails loudly instead of passing on an empty answer.
protocol OpenPicklessStore: OpenPickupStore {}

extension OpenPicklessStore {
    private var refusal: StationProblem { StationProblem(.system, "This test store keeps no open pickups.", advice: "") }
    func keepOpenPickup(_ open: OpenPickup) throws(StationProblem) { throw refusal }
    func forgetOpenPickup(requisition number: String) throws(StationProblem) { throw refusal }
    func leftOpenPickup() throws(StationProblem) -> LeftOpenPickup? { throw refusal }
}

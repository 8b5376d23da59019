
/// What the kiosk needs from the station's database. The GRDB store implements it; tests may
/// use an in-memory one for the engine's own logic.
public protocol StationStore {
    func person(badge: String) throws(StationProblem) -> Person?
    /// The item with this barcode, or whose item code this is.
    func item(barcode: String) throws(StationProblem) -> Item?
    func requisitionDetail(number: String) throws(StationProblem) -> RequisitionDetail?
    /// Records a confirmed pickup whole, or refuses it and records nothing.
    func recordPickup(_ commit: PickupCommit) throws(StationProblem) -> PickupOutcome
    func recordStockChange(_ change: StockChange) throws(StationProblem) -> Item
}

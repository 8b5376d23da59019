
/// What the kiosk needs from the station's database. The GRDB store implements it; tests may
/// use an in-memory one for the engine's own logic.
/// Counting is part of it (`CountStore`): a station that runs the kiosk can count its assets;
/// so is keeping an open pickup's scans across a restart (`OpenPickupStore`).
public protocol StationStore: CountStore, OpenPickupStore {
    func person(badge: String) throws(StationProblem) -> Person?
    /// The item with this barcode, or whose item code this is.
    func item(barcode: String) throws(StationProblem) -> Item?
    func requisitionDetail(number: String) throws(StationProblem) -> RequisitionDetail?
    /// Records a confirmed pickup whole, or refuses it and records nothing.
    func recordPickup(_ commit: PickupCommit) throws(StationProblem) -> PickupOutcome
    func recordStockChange(_ change: StockChange) throws(StationProblem) -> Item
    /// What this exact code names at the station, if it is registered: a badge, an item code or
    /// barcode, a requisition number. One code names one thing only.
    func code(_ code: String) throws(StationProblem) -> KnownCode?
}

extension StationStore {
    /// Asks the other lookups in turn; a store with one table of codes answers in one query.
    public func code(_ code: String) throws(StationProblem) -> KnownCode? {
        if let person = try person(badge: code) { return .badge(person) }
        if let detail = try requisitionDetail(number: code) { return .requisition(detail) }
        if let item = try item(barcode: code) { return .item(item) }
        return nil
    }
}

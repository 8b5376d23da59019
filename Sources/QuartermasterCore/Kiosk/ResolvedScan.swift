/// A scan after the station classified it and looked it up: the flow decides on what the code
/// *is*, never on raw text, so it stays pure.
public enum ResolvedScan: Sendable, Hashable {
    case badge(Person)
    case requisition(RequisitionDetail)
    case item(Item)
    /// A registered asset tag.
    case asset(Asset)
    /// A registered location label.
    case location(Location)
    case quantity(Int)
    /// A mode card; the router decides whether any job has that name.
    case mode(KioskMode)
    /// Shaped like a known kind of code, but nothing in the store has it.
    case notFound(ScanKind, String)
    /// Recognised but wrong in itself (a mistyped check digit, a broken GS1 string, too long).
    case invalid(String, ScanProblem)
    /// A valid code of a kind this mode does not use (an asset tag at the storeroom).
    case otherKind(ScanKind, String)
    /// The store could not be asked (busy, broken): nothing was decided.
    case unavailable(StationProblem)
}

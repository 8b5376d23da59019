/// A code the station has registered, with what it names: the database decides what a scan is
/// whenever it knows the code, whatever its shape (a badge `100231` is a badge although the
/// badge pattern wants `E…`). Patterns only classify codes the station has never seen.
public enum KnownCode: Sendable, Hashable {
    case badge(Person)
    case item(Item)
    case requisition(RequisitionDetail)
    case asset(Asset)
    case location(Location)
    /// An invite this station issued (`INV-…`), used or not: the visit decides what it still opens.
    case visitorInvite(String)
    /// A visitor badge this station printed (`VB-…`), live or dead.
    case visitorBadge(String)
}

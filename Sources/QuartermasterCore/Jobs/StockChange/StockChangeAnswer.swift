/// How recording a stock change went.
public enum StockChangeAnswer: Sendable, Hashable {
    /// Recorded; the item as it stands now.
    case recorded(Item, StockChange)
    case refused(StationProblem)
}

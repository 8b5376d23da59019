/// Take delivered goods into stock (入庫): scan an item and type its quantity, in either order.
/// The mechanism is `StockChangeFlow`, shared with the other stock-change job; this job gives
/// it its kind, its title, its mode card and its key.
public struct ReceiveJob: KioskJob {
    public static let title = KioskText("Receiving", "入库")

    public static let card = JobCard(
        mode: .receive, title: title, keyLabel: KioskText("Receive", "入库"), functionKey: 2,
        requiredRole: .keeper, prompt: StockChangeNotice.scanItem(in: title))

    public internal(set) var flow = StockChangeFlow(kind: .receipt, title: title)

    public init() {}

    public mutating func handle(_ event: JobEvent<StockChangeAnswer>, context: JobContext) -> StockChangeFlow.Reply? {
        flow.handle(event, context: context)
    }

    public mutating func interrupt() { flow.interrupt() }

    public func rows(width: Int, language: Language) -> [ViewRow] { flow.rows(width: width, language: language) }

    public static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: StockChangeEffect, store: Store, slips: Slips) -> StockChangeAnswer {
        StockChangeFlow.perform(effect, store: store)
    }
}

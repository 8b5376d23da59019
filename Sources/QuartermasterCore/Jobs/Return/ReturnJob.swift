/// Take returned goods back into stock: scan an item and type its quantity, in either order.
/// The mechanism is `StockChangeFlow`, shared with the other stock-change job; this job gives
/// it its kind, its title, its mode card and its key.
public struct ReturnJob: KioskJob {
    public static let title = KioskText("Returns", "退库")

    public static let card = JobCard(
        mode: .`return`, title: title, keyLabel: KioskText("Return", "退库"), functionKey: 3,
        requiredRole: .keeper, prompt: StockChangeNotice.scanItem(in: title))

    public internal(set) var flow = StockChangeFlow(kind: .`return`, title: title)

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

/// Goods onto the shelf by scan and typed quantity, in either order: the mechanism receiving
/// and returns share. Each of those jobs wraps one of these with its own kind and title.
public struct StockChangeFlow: Sendable, Hashable {
    public typealias Reply = JobReply<StockChangeNotice, StockChangeEffect>

    public let kind: StockChange.Kind
    /// The job's title, said in its notices.
    public let title: KioskText
    /// The item scanned, waiting for its quantity.
    public internal(set) var pendingItem: Item?
    /// A quantity typed ahead of the item.
    public internal(set) var pendingQuantity: Int?

    public init(kind: StockChange.Kind, title: KioskText) {
        self.kind = kind
        self.title = title
    }

    public var prompt: StockChangeNotice { .scanItem(in: title) }

    public mutating func handle(_ event: JobEvent<StockChangeAnswer>, context: JobContext) -> Reply? {
        switch event {
        case .scan(.item(let item)):
            if let quantity = pendingQuantity {
                pendingQuantity = nil
                return record(item, quantity: quantity, context: context)
            }
            let dropped = pendingItem
            pendingItem = item
            if let dropped, dropped.code != item.code { return .alert(.pendingItemDropped(item: dropped.name)) }
            return .say(.typeQuantity(item: item.name, in: title))
        case .scan(.quantity(let quantity)):
            if let problem = QuantityNotice.check(quantity) { return .refuse(.quantity(problem)) }
            if let item = pendingItem {
                pendingItem = nil
                return record(item, quantity: quantity, context: context)
            }
            pendingQuantity = quantity
            return .say(.quantity(.next(quantity)))
        case .scan:
            return nil
        case .key(.undo):
            if pendingQuantity != nil {
                pendingQuantity = nil
                return .say(prompt)
            }
            guard pendingItem != nil else { return nil }
            pendingItem = nil
            return .say(prompt)
        case .key(.cancel):
            guard pendingItem != nil || pendingQuantity != nil else { return nil }
            interrupt()
            return .say(prompt)
        case .key(.accept):
            return nil
        case .answer(.recorded(let item, let change)):
            return .say(.stockChanged(item: item.name, quantity: change.quantity, stock: item.stock, in: title))
        case .answer(.refused(let problem)):
            return .refuse(.stockChangeRefused(problem))
        }
    }

    public mutating func interrupt() {
        pendingItem = nil
        pendingQuantity = nil
    }

    /// Checked against the bound before the store is asked: the shelf never holds more than
    /// `QuantityLimit.maximum` of one item, and the sum never overflows. When refused, the item
    /// waits for a quantity that fits, as it does after a quantity that is too large.
    private mutating func record(_ item: Item, quantity: Int, context: JobContext) -> Reply {
        let (after, overflow) = item.stock.addingReportingOverflow(quantity)
        guard !overflow, after <= QuantityLimit.maximum else {
            pendingItem = item
            return .refuse(.stockWouldExceed(item: item.name, stock: item.stock, maximum: QuantityLimit.maximum))
        }
        return .perform(.record(StockChange(
            kind: kind, itemCode: item.code, quantity: quantity, actorBadge: context.person.badge,
            station: context.station, time: context.time)))
    }

    public func rows(width: Int, language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        var rows = [ViewRow(title(language), .heading),
                    ViewRow(t("Scan an item, then type the quantity and press Enter.", "扫描物品，然后输入数量并按 Enter。"))]
        if let item = pendingItem {
            rows.append(ViewRow(t("Item: ", "物品：") + "\(item.name)  \(item.spec)  [\(item.code)]  "
                + t("stock ", "库存 ") + "\(item.stock) \(item.unit)  " + t("bin ", "货位 ") + item.bin, .heading))
        }
        if let quantity = pendingQuantity {
            rows.append(ViewRow(t("Quantity: ×", "数量：×") + "\(quantity)", .heading))
        }
        return rows
    }

    public static func perform<Store: StationStore>(_ effect: StockChangeEffect, store: Store) -> StockChangeAnswer {
        switch effect {
        case .record(let change):
            do throws(StationProblem) {
                return .recorded(try store.recordStockChange(change), change)
            } catch {
                return .refused(error)
            }
        }
    }
}

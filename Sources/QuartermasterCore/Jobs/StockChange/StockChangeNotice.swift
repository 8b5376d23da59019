/// What receiving and returns tell the keeper; `in` is the job's title ("Receiving", "入库").
public enum StockChangeNotice: KioskMessage {
    case scanItem(in: KioskText)
    case typeQuantity(item: String, in: KioskText)
    case quantity(QuantityNotice)
    case stockChanged(item: String, quantity: Int, stock: Int, in: KioskText)
    case stockChangeRefused(StationProblem)
    case pendingItemDropped(item: String)
    /// The shelf would hold more than `QuantityLimit.maximum`: a typo, or a broken stock figure.
    case stockWouldExceed(item: String, stock: Int, maximum: Int)

    public var tone: NoticeTone {
        switch self {
        case .quantity(let notice): return notice.tone
        case .scanItem, .typeQuantity: return .info
        case .stockChanged: return .success
        case .pendingItemDropped: return .warning
        case .stockChangeRefused, .stockWouldExceed: return .error
        }
    }

    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .scanItem(let title):
            return zh ? "\(title(language))：请扫描物品（可先输入数量）。"
                : "\(title(language)): scan an item (or type the quantity first)."
        case .typeQuantity(let item, _):
            return zh ? "「\(item)」：请输入数量并按 Enter。" : "\"\(item)\": type the quantity and press Enter."
        case .quantity(let notice):
            return notice.text(language)
        case .stockChanged(let item, let quantity, let stock, let title):
            return zh ? "\(title(language))已记录：+\(quantity) \(item)，现有库存 \(stock)。"
                : "\(title(language)) recorded: +\(quantity) \(item); stock now \(stock)."
        case .stockChangeRefused(let problem):
            return zh ? "未记录：\(problem.description)" : "NOT recorded: \(problem.description)"
        case .pendingItemDropped(let item):
            return zh ? "「\(item)」未输入数量，未记录。请为新物品输入数量。"
                : "No quantity was typed for \"\(item)\"; it was not recorded. Type the quantity for the new item."
        case .stockWouldExceed(let item, let stock, let maximum):
            return zh ? "未记录：「\(item)」现有库存 \(stock)，加上后将超过上限 \(maximum)。请检查数量。"
                : "NOT recorded: \"\(item)\" has \(stock) in stock, and this would take it past \(maximum). Check the quantity."
        }
    }
}

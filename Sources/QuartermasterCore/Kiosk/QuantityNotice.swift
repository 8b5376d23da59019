/// What every job that takes typed quantities says about them, in the same words.
public enum QuantityNotice: KioskMessage {
    /// A quantity was typed ahead of the item it counts.
    case next(Int)
    case zero
    /// More than `QuantityLimit.maximum` in one scan: a misread or a typo, not a delivery.
    case tooLarge(maximum: Int)

    public var tone: NoticeTone {
        switch self {
        case .next: return .info
        case .zero, .tooLarge: return .error
        }
    }

    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .next(let quantity):
            return zh ? "数量 ×\(quantity)：请扫描物品。" : "Quantity ×\(quantity): now scan the item."
        case .zero:
            return zh ? "数量必须至少为 1。" : "The quantity must be 1 or more."
        case .tooLarge(let maximum):
            return zh ? "数量不能超过 \(maximum)。请检查后重新输入。" : "The quantity must be at most \(maximum). Check it and type it again."
        }
    }

    /// The rule every job applies to a typed quantity: nil when it may be used.
    public static func check(_ quantity: Int) -> QuantityNotice? {
        if quantity <= 0 { return .zero }
        if quantity > QuantityLimit.maximum { return .tooLarge(maximum: QuantityLimit.maximum) }
        return nil
    }
}

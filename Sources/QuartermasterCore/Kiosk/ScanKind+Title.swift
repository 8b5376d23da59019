/// The kind of a code as the kiosk names it ("No badge \"E9999\" is registered").
extension ScanKind {
    public func title(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .badge: return zh ? "工牌" : "badge"
        case .item: return zh ? "物品条码" : "item barcode"
        case .requisition: return zh ? "申领单" : "requisition"
        case .assetTag: return zh ? "资产标签" : "asset tag"
        case .location: return zh ? "位置标签" : "location label"
        case .visitorInvite: return zh ? "访客邀请码" : "visitor invitation"
        case .visitorBadge: return zh ? "访客证" : "visitor badge"
        case .mode: return zh ? "模式卡" : "mode card"
        case .quantity: return zh ? "数量" : "quantity"
        case .unknown: return zh ? "条码" : "code"
        }
    }

    /// "an asset tag", "a badge"; the bare title in Chinese.
    public func titleWithArticle(_ language: Language) -> String {
        IndefiniteArticle.prefixed(title(language), language)
    }
}


extension ResolvedScan {
    /// What kind of code this was, to say so when the active job does not use it.
    public var kind: ScanKind {
        switch self {
        case .badge: return .badge
        case .requisition: return .requisition
        case .item: return .item
        case .asset: return .assetTag
        case .location: return .location
        case .quantity: return .quantity
        case .mode: return .mode
        case .notFound(let kind, _), .otherKind(let kind, _): return kind
        case .invalid, .unavailable: return .unknown
        }
    }
}

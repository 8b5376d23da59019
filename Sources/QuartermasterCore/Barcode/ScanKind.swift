/// What a scanned code is, decided by its shape (see `ScanPatterns`) before anything is looked up.
public enum ScanKind: String, CaseIterable, Sendable, Hashable, Codable {
    case badge
    case item
    case requisition
    case assetTag
    case location
    case visitorInvite
    case visitorBadge
    case mode
    case quantity
    case unknown
}

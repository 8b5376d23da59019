/// What one tag scanned at a location is, decided at once so the auditor hears and sees it.
public enum CountScanClass: Sendable, Hashable {
    /// In the register at this location.
    case foundInPlace
    /// In the register, at another location (or at none): the auditor may accept the move.
    case moved(registeredAt: String?)
    /// Not in the register: flagged, and may be registered on the spot.
    case surplus
    /// Already counted in this session: said so, counted once.
    case duplicate(CountScan)
    /// The register says it was disposed of.
    case disposed

    /// The outcome the scan records; nil for a duplicate, which records nothing new.
    public var outcome: CountOutcome? {
        switch self {
        case .foundInPlace: .found
        case .moved: .moved
        case .surplus: .surplus
        case .disposed: .disposed
        case .duplicate: nil
        }
    }

    /// The rule, in one place for the kiosk, the store and the tests: an earlier count of the tag
    /// in this session wins; then what the register knows of it decides.
    public static func classify(asset: Asset?, scannedAt location: String, earlier: CountScan?) -> CountScanClass {
        if let earlier { return .duplicate(earlier) }
        guard let asset else { return .surplus }
        if asset.status == .disposed { return .disposed }
        if asset.locationCode == location { return .foundInPlace }
        return .moved(registeredAt: asset.locationCode)
    }
}

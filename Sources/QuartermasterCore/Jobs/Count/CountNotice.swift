/// What the count tells the auditor. Each class of scan has its own look and its own sound
/// (`CountScanClass.cue`): found is green, already counted is plain, moved and surplus are
/// yellow, and a disposed asset is red; the first word says which it was.
public enum CountNotice: KioskMessage {
    // MARK: Locations
    case scanLocation
    case scanLocationFirst
    /// A location-shaped code nobody registered.
    case unknownLocation(code: String)
    /// No open count holds the location; Enter opens one.
    case noOpenCount(Location)
    case counting(session: String, progress: CountProgress, blind: Bool)
    case opened(session: String, progress: CountProgress, blind: Bool)
    case leftLocation(Location)

    // MARK: Tags, one per class
    case found(tag: String, name: String)
    case moved(tag: String, name: String, registeredAt: String?, here: Location)
    case surplus(tag: String, here: Location)
    case duplicate(tag: String, name: String?, earlier: CountScan)
    case disposed(tag: String, name: String)

    // MARK: What the auditor confirms
    case moveAccepted(tag: String, name: String, here: Location)
    case registered(tag: String, name: String, here: Location)
    /// A number was typed where a surplus tag's name was asked for.
    case nameNotNumber(tag: String)
    case refused(StationProblem)

    public var tone: NoticeTone {
        switch self {
        case .scanLocation, .counting, .leftLocation, .duplicate: return .info
        case .found, .opened, .moveAccepted, .registered: return .success
        case .noOpenCount, .moved, .surplus: return .warning
        case .scanLocationFirst, .unknownLocation, .disposed, .nameNotNumber, .refused: return .error
        }
    }
}

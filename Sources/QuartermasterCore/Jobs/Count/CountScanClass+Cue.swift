extension CountScanClass {
    /// What the auditor hears for this class of scan: one cue per class, so each is told apart
    /// without looking up (README, Assets, "What a count sounds like").
    public var cue: KioskCue {
        switch self {
        case .foundInPlace: .accepted
        case .moved: .moved
        case .surplus: .surplus
        case .duplicate: .duplicate
        case .disposed: .flagged
        }
    }
}

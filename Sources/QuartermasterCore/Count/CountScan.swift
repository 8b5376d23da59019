public import Foundation

/// One asset tag counted in a session: where it was found, by whom, at which station and when,
/// and what that meant when it was scanned. A tag is counted once per session; a second scan
/// is said so and not counted again.
public struct CountScan: Sendable, Hashable, Codable {
    public var session: String
    public var tag: String
    /// The location label scanned before it.
    public var locationCode: String
    public var countedBy: String
    public var station: String
    public var time: Date
    /// found, moved, surplus or disposed (never missing: that is what was not scanned).
    public var outcome: CountOutcome
    /// The auditor accepted the move at the kiosk: closing writes the new location.
    public var moveAccepted: Bool
    /// Where the register had the asset when it was scanned (nil for surplus, or an asset with
    /// no location): a report written after closing applied the move still says where it came from.
    public var registeredLocation: String?

    public init(
        session: String, tag: String, locationCode: String, countedBy: String, station: String, time: Date,
        outcome: CountOutcome, moveAccepted: Bool = false, registeredLocation: String? = nil
    ) {
        self.session = session
        self.tag = tag
        self.locationCode = locationCode
        self.countedBy = countedBy
        self.station = station
        self.time = time
        self.outcome = outcome
        self.moveAccepted = moveAccepted
        self.registeredLocation = registeredLocation
    }
}

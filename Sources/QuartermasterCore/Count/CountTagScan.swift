public import Foundation

/// One tag scanned at a location in a count, as the kiosk hands it to the store. What it *is*
/// (found, moved, surplus, duplicate, disposed) is decided by the store inside the transaction
/// that records it, with `CountScanClass.classify` against the register as it is then, so two
/// auditors can never both count one tag.
public struct CountTagScan: Sendable, Hashable, Codable {
    public var session: String
    public var tag: String
    /// The location label scanned before it.
    public var locationCode: String
    public var countedBy: String
    public var station: String
    public var time: Date

    public init(session: String, tag: String, locationCode: String, countedBy: String, station: String, time: Date) {
        self.session = session
        self.tag = tag
        self.locationCode = locationCode
        self.countedBy = countedBy
        self.station = station
        self.time = time
    }
}

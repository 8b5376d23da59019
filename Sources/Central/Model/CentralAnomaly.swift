public import Foundation

/// Something the stations reported that cannot all be true at once, recorded at the centre for
/// a person to resolve. Never a refusal: the facts that raised it are stored as they came.
public struct CentralAnomaly: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// An item's stock summed over the stations fell below zero.
        case stockBelowZero = "stock.below_zero"
        /// One requisition was picked up at two stations.
        case requisitionAtTwoStations = "requisition.two_stations"
        /// One asset was scanned at two locations in one count.
        case assetInTwoPlaces = "asset.two_places"
        /// A station registered an asset (surplus in a count) that the centre's register holds
        /// already, or withdrew: the register is left as the admin had it.
        case assetRegisteredAgain = "asset.registered_again"
        /// An event of a kind the centre knows carried a payload it could not read; the event
        /// is stored, its effect on the ledger is missing.
        case unreadablePayload = "payload.unreadable"
    }

    public var id: Int64
    public var kind: Kind
    /// The item code, requisition number or asset tag concerned.
    public var subject: String
    public var station: String
    /// The event that raised it.
    public var eventID: String
    /// What happened, in words, for the person resolving it.
    public var detail: String
    public var raisedAt: Date
    /// Nil while the anomaly is open.
    public var resolution: AnomalyResolution?

    public init(
        id: Int64, kind: Kind, subject: String, station: String, eventID: String, detail: String, raisedAt: Date,
        resolution: AnomalyResolution? = nil
    ) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.station = station
        self.eventID = eventID
        self.detail = detail
        self.raisedAt = raisedAt
        self.resolution = resolution
    }

    public var isOpen: Bool { resolution == nil }
}

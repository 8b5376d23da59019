/// Where the centre last heard an asset was and in what state, from the stations' events.
public struct CentralAssetState: Sendable, Hashable {
    public var tag: String
    public var locationCode: String?
    public var status: String?
    /// The station and event that last changed it.
    public var station: String
    public var eventID: String

    public init(tag: String, locationCode: String?, status: String?, station: String, eventID: String) {
        self.tag = tag
        self.locationCode = locationCode
        self.status = status
        self.station = station
        self.eventID = eventID
    }
}

public import Foundation

/// A surplus tag (盘盈) registered on the spot with the short form: its name typed at the kiosk.
/// It becomes an asset at the location where it was found; its count row stays `surplus`, so
/// the report still shows the register was short of it.
public struct SurplusRegistration: Sendable, Hashable, Codable {
    public var session: String
    public var tag: String
    public var name: String
    public var locationCode: String
    public var registeredBy: String
    public var station: String
    public var time: Date

    public init(session: String, tag: String, name: String, locationCode: String, registeredBy: String, station: String, time: Date) {
        self.session = session
        self.tag = tag
        self.name = name
        self.locationCode = locationCode
        self.registeredBy = registeredBy
        self.station = station
        self.time = time
    }
}

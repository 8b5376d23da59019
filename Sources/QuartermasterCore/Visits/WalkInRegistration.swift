public import Foundation

/// What a walk-in typed at the kiosk, handed to the store as one sign-in.
public struct WalkInRegistration: Sendable, Hashable {
    public var name: String
    public var company: String
    public var phone: String?
    public var purpose: String
    public var hostBadge: String
    public var rulesVersion: String
    public var station: String
    public var time: Date

    public init(name: String, company: String, phone: String?, purpose: String, hostBadge: String, rulesVersion: String, station: String, time: Date) {
        self.name = name
        self.company = company
        self.phone = phone
        self.purpose = purpose
        self.hostBadge = hostBadge
        self.rulesVersion = rulesVersion
        self.station = station
        self.time = time
    }
}

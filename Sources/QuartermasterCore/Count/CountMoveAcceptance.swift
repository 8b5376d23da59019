public import Foundation

/// The auditor's "yes" to a moved asset: closing the count writes its new location to the
/// register (with the reason "count SESSION"). Until then the register is untouched.
public struct CountMoveAcceptance: Sendable, Hashable, Codable {
    public var session: String
    public var tag: String
    public var acceptedBy: String
    public var station: String
    public var time: Date

    public init(session: String, tag: String, acceptedBy: String, station: String, time: Date) {
        self.session = session
        self.tag = tag
        self.acceptedBy = acceptedBy
        self.station = station
        self.time = time
    }
}

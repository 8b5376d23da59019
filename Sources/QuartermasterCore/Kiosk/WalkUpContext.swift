public import Foundation

/// What a walk-up job learns with an event when nobody is signed in: where and when only.
public struct WalkUpContext: Sendable, Hashable {
    public var station: String
    public var time: Date

    public init(station: String, time: Date) {
        self.station = station
        self.time = time
    }
}

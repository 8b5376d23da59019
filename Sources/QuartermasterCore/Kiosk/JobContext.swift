public import Foundation

/// What a job learns from the router with each event: who is signed in, at which station, when.
public struct JobContext: Sendable, Hashable {
    /// The person signed in and working in this job (they hold its role).
    public var person: Person
    /// This station's id, written on every record.
    public var station: String
    /// When the event happened: jobs never read a clock.
    public var time: Date

    public init(person: Person, station: String, time: Date) {
        self.person = person
        self.station = station
        self.time = time
    }
}

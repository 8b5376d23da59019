public import Foundation

/// An asset scanned back in: the store closes its open loan as one `loan.returned` fact.
public struct LoanReturn: Sendable, Hashable, Codable {
    public var tag: String
    /// Who took it back (the keeper signed in, or `--actor` at the CLI).
    public var returnedBy: String
    public var station: String
    public var time: Date

    public init(tag: String, returnedBy: String, station: String, time: Date) {
        self.tag = tag
        self.returnedBy = returnedBy
        self.station = station
        self.time = time
    }
}

public import Foundation

/// A pickup's scans as the store keeps them while the pickup is open, so that a crash or a
/// power cut between the first scan and the recipient's badge loses none of them: the station
/// starts again into the same pickup (`LeftOpenPickup`). Nothing here is a movement: stock and
/// requisition change only when the recipient confirms.
public struct OpenPickup: Sendable, Hashable {
    public var requisitionNumber: String
    /// Every scan so far, in order (so undo still takes back exactly the last one after a restart).
    public var scans: [PickSession.Scan]
    /// The keeper who scanned them.
    public var keeperBadge: String
    /// When they were last changed.
    public var time: Date

    public init(requisitionNumber: String, scans: [PickSession.Scan], keeperBadge: String, time: Date) {
        self.requisitionNumber = requisitionNumber
        self.scans = scans
        self.keeperBadge = keeperBadge
        self.time = time
    }

    /// Units scanned, all lines together: what the keeper is told came back.
    public var units: Int { scans.reduce(0) { $0 + $1.quantity } }
}

/// A pickup left open when the station stopped, found again at the next sign-in, with its
/// requisition as it is now (lines, stock): the flow checks every kept scan against that again.
public struct LeftOpenPickup: Sendable, Hashable {
    public var open: OpenPickup
    public var detail: RequisitionDetail

    public init(open: OpenPickup, detail: RequisitionDetail) {
        self.open = open
        self.detail = detail
    }
}

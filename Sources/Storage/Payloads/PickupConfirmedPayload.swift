internal import Foundation
internal import QuartermasterCore

/// The `pickup.confirmed` event: the commit the keeper and recipient agreed (the fields of
/// `PickupCommit`, as the centre's ledger reads them) and, since `v9-pickup-lean`, the
/// requisition as this pickup left it, its status and every line's approved and picked
/// units. The event is the pickup's slip record: the slip owed with it (`slip_owed`) is built
/// from it once the screen has answered, with the names, specs and units of people and items
/// as the station then knows them, and what it showed is kept when it is produced.
struct PickupConfirmedPayload: Codable, Equatable {
    /// One requisition line after the pickup.
    struct Line: Codable, Equatable {
        var approved: Int
        var itemCode: String
        /// Units picked up on this line so far, this pickup's included.
        var picked: Int
    }

    var acceptedByKeeper: Bool
    var keeperBadge: String
    /// Every line of the requisition after this pickup; nil in events written before `v9-pickup-lean`.
    var lines: [Line]?
    var picks: [PickupCommit.Pick]
    var recipientBadge: String
    var requisitionNumber: String
    var station: String
    /// The requisition's status after this pickup; nil before `v9-pickup-lean`.
    var status: RequisitionStatus?
    var time: Date

    init(_ commit: PickupCommit, after requisition: Requisition) {
        acceptedByKeeper = commit.acceptedByKeeper
        keeperBadge = commit.keeperBadge
        lines = requisition.lines.map { Line(approved: $0.approved, itemCode: $0.itemCode, picked: $0.picked) }
        picks = commit.picks
        recipientBadge = commit.recipientBadge
        requisitionNumber = commit.requisitionNumber
        station = commit.station
        status = requisition.status
        time = commit.time
    }

    var commit: PickupCommit {
        PickupCommit(
            requisitionNumber: requisitionNumber, picks: picks, keeperBadge: keeperBadge, recipientBadge: recipientBadge,
            acceptedByKeeper: acceptedByKeeper, station: station, time: time)
    }
}

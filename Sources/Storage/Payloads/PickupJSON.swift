internal import Foundation
internal import QuartermasterCore

/// The pickup's `pickup.confirmed` payload (`PickupConfirmedPayload`), and a slip's content
/// when it is produced, written by `JSONText` with the bytes `JSONEncoder` would give (the
/// journal is synced as written, a slip is built from its event and a reprint decodes the
/// content): keys in sorted order, as the synthesized `Codable` conformances name them. A
/// field added to either type must be added here too; `PickupJSONTests` compares both with
/// `JSONEncoder` over many values and fails until it is.
enum PickupJSON {
    /// The payload of `commit` as recorded, `requisition` being the requisition after it.
    static func payload(_ commit: PickupCommit, after requisition: Requisition) -> String {
        var json = JSONText(capacity: 256 + 48 * commit.picks.count + 64 * requisition.lines.count)
        json.raw("{\"acceptedByKeeper\":")
        json.bool(commit.acceptedByKeeper)
        json.raw(",\"keeperBadge\":")
        json.string(commit.keeperBadge)
        json.raw(",\"lines\":[")
        for (index, line) in requisition.lines.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{\"approved\":")
            json.int(line.approved)
            json.raw(",\"itemCode\":")
            json.string(line.itemCode)
            json.raw(",\"picked\":")
            json.int(line.picked)
            json.raw("}")
        }
        json.raw("],\"picks\":[")
        for (index, pick) in commit.picks.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{\"itemCode\":")
            json.string(pick.itemCode)
            json.raw(",\"quantity\":")
            json.int(pick.quantity)
            json.raw("}")
        }
        json.raw("],\"recipientBadge\":")
        json.string(commit.recipientBadge)
        json.raw(",\"requisitionNumber\":")
        json.string(commit.requisitionNumber)
        json.raw(",\"station\":")
        json.string(commit.station)
        json.raw(",\"status\":")
        json.string(requisition.status.rawValue)
        json.raw(",\"time\":")
        json.milliseconds(commit.time)
        json.raw("}")
        return json.text
    }

    static func slip(_ slip: PickupSlip) -> String {
        var json = JSONText(capacity: 512 + 160 * slip.lines.count)
        json.raw("{\"applicantBadge\":")
        json.string(slip.applicantBadge)
        json.raw(",\"applicantName\":")
        json.string(slip.applicantName)
        json.raw(",\"approver\":")
        json.string(slip.approver)
        json.raw(",\"date\":{\"day\":")
        json.int(slip.date.day)
        json.raw(",\"month\":")
        json.int(slip.date.month)
        json.raw(",\"year\":")
        json.int(slip.date.year)
        json.raw("},\"department\":")
        json.string(slip.department)
        json.raw(",\"keeperBadge\":")
        json.string(slip.keeperBadge)
        json.raw(",\"keeperName\":")
        json.string(slip.keeperName)
        json.raw(",\"lines\":[")
        for (index, line) in slip.lines.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{\"approved\":")
            json.int(line.approved)
            json.raw(",\"itemCode\":")
            json.string(line.itemCode)
            json.raw(",\"name\":")
            json.string(line.name)
            json.raw(",\"picked\":")
            json.int(line.picked)
            json.raw(",\"remaining\":")
            json.int(line.remaining)
            json.raw(",\"spec\":")
            json.string(line.spec)
            json.raw(",\"unit\":")
            json.string(line.unit)
            json.raw("}")
        }
        json.raw("],\"pickupTime\":")
        json.milliseconds(slip.pickupTime)
        json.raw(",\"purpose\":")
        json.string(slip.purpose)
        json.raw(",\"recipientBadge\":")
        json.string(slip.recipientBadge)
        json.raw(",\"recipientName\":")
        json.string(slip.recipientName)
        json.raw(",\"requisitionNumber\":")
        json.string(slip.requisitionNumber)
        json.raw(",\"station\":")
        json.string(slip.station)
        json.raw(",\"status\":")
        json.string(slip.status.rawValue)
        json.raw("}")
        return json.text
    }
}

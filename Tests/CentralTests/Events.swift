import Central
import Foundation
import QuartermasterCore

/// Events shaped as a station writes them: payloads encoded from the core's own types with
/// the station's encoder (sorted keys, millisecond times), or as the station's payload JSON.
struct Events {
    var station: String
    var next: Int64 = 1
    var time: Int64 = 1_764_640_000_000

    init(station: String) { self.station = station }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }

    mutating func event(_ kind: String, _ payload: String, actor: String = "100231") -> SyncEvent {
        defer {
            next += 1
            time += 1000
        }
        let id = UUIDv7.make(time: Date(timeIntervalSince1970: Double(time) / 1000), using: &generator).uuidString.lowercased()
        return SyncEvent(id: id, station: station, sequence: next, actor: actor, time: time, kind: kind, payload: payload)
    }

    private var generator = SystemRandomNumberGenerator()

    /// `items.imported` whose adjustments set the item's stock to `stock` (from 0).
    mutating func stocked(_ item: String, _ stock: Int) -> SyncEvent {
        event("items.imported", """
            {"added":1,"adjustments":[{"actorBadge":"100231","after":\(stock),"before":0,"itemCode":"\(item)","quantity":\(stock),"reason":"导入, \\"初始\\"","station":"\(station)","time":\(time)}],"count":1,"file":"物品.csv","station":"\(station)","unchanged":0,"updated":0}
            """)
    }

    mutating func pickup(_ requisition: String, _ item: String, _ quantity: Int, recipient: String = "100232") -> SyncEvent {
        let commit = PickupCommit(
            requisitionNumber: requisition, picks: [.init(itemCode: item, quantity: quantity)], keeperBadge: "100231",
            recipientBadge: recipient, acceptedByKeeper: false, station: station, time: Date(timeIntervalSince1970: Double(time) / 1000))
        return event("pickup.confirmed", Self.json(commit))
    }

    mutating func countScan(session: String, tag: String, location: String, outcome: CountOutcome = .found) -> SyncEvent {
        let scan = CountScan(
            session: session, tag: tag, locationCode: location, countedBy: "100233", station: station,
            time: Date(timeIntervalSince1970: Double(time) / 1000), outcome: outcome)
        return event("count.scanned", Self.json(scan))
    }

    /// `count.opened` as the station writes it: the session (with its campaign), every location its scope covers.
    mutating func countOpened(session: String, locations: [String], campaign: CountSession.Campaign? = nil) -> SyncEvent {
        let opened = CountSession(
            id: session, scope: locations, blind: true, openedBy: "100233", openedAt: Date(timeIntervalSince1970: Double(time) / 1000), station: station,
            campaign: campaign)
        let payload = #"{"expected":0,"locations":"# + Self.json(locations) + #","session":"# + Self.json(opened) + "}"
        return event("count.opened", payload, actor: "100233")
    }

    /// A `visit.*` event as the station's `VisitPayload` writes it (never the visitor's name).
    mutating func visit(_ number: Int64, _ kind: String, status: String, host: String = "100231", date: String, invite: String? = nil) -> SyncEvent {
        let code = invite.map { #""invite":"\#($0)","# } ?? ""
        return event("visit." + kind, #"{"expectedDate":"\#(date)","hostBadge":"\#(host)",\#(code)"purpose":"洽谈, \"合同\"","station":"\#(station)","status":"\#(status)","visit":\#(number)}"#)
    }

    mutating func filler(_ count: Int) -> [SyncEvent] {
        (0..<count).map { index in event("slip.reprinted", #"{"note":"张伟 第\#(index) 张, \"补打\"","station":"\#(station)"}"#) }
    }
}

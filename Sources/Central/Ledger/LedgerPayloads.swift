internal import QuartermasterCore

/// The parts of the station's payloads the central ledger reads, read leniently with
/// `JSONReader` in one pass over each payload: fields the ledger does not need, and fields a
/// newer station adds, are skipped; an optional field may be absent or `null`. The station's
/// own payload types live in its storage adapter, which the centre does not import; these
/// mirror the fields they write (Storage/Payloads, and the core's `PickupCommit`,
/// `StockChange`, `CountScan`).
enum LedgerPayloads {
    struct Pickup {
        struct Pick {
            var itemCode: String
            var quantity: Int
        }
        var requisitionNumber: String
        var picks: [Pick]
        var recipientBadge: String?

        init(_ reader: inout JSONReader) throws {
            var requisitionNumber: String?, picks: [Pick]?, recipientBadge: String?
            try reader.object { key, reader in
                switch key {
                case "requisitionNumber": requisitionNumber = try reader.string()
                case "recipientBadge": recipientBadge = try reader.optionalString()
                case "picks":
                    var list: [Pick] = []
                    try reader.array { _, reader in
                        var itemCode: String?, quantity: Int?
                        try reader.object { key, reader in
                            switch key {
                            case "itemCode": itemCode = try reader.string()
                            case "quantity": quantity = try reader.int()
                            default: try reader.skip()
                            }
                        }
                        list.append(Pick(itemCode: try required(itemCode, "picks.itemCode"), quantity: try required(quantity, "picks.quantity")))
                    }
                    picks = list
                default: try reader.skip()
                }
            }
            self.requisitionNumber = try required(requisitionNumber, "requisitionNumber")
            self.picks = try required(picks, "picks")
            self.recipientBadge = recipientBadge
        }
    }

    /// `stock.received` / `stock.returned` (the core's `StockChange`), `stock.adjusted` and
    /// each of an items import's `adjustments`: an item, a quantity, and what else the kind has.
    struct StockChange {
        var itemCode: String
        var quantity: Int
        var requisitionNumber: String?
        var reason: String?

        init(_ reader: inout JSONReader) throws {
            var itemCode: String?, quantity: Int?, requisitionNumber: String?, reason: String?
            try reader.object { key, reader in
                switch key {
                case "itemCode": itemCode = try reader.string()
                case "quantity": quantity = try reader.int()
                case "requisitionNumber": requisitionNumber = try reader.optionalString()
                case "reason": reason = try reader.optionalString()
                default: try reader.skip()
                }
            }
            self.itemCode = try required(itemCode, "itemCode")
            self.quantity = try required(quantity, "quantity")
            self.requisitionNumber = requisitionNumber
            self.reason = reason
        }
    }

    /// `items.imported`: only its stock adjustments reach the ledger.
    static func importAdjustments(_ reader: inout JSONReader) throws -> [StockChange] {
        var adjustments: [StockChange] = []
        try reader.object { key, reader in
            guard key == "adjustments", try !reader.null() else { return try reader.skip() }
            try reader.array { _, reader in adjustments.append(try StockChange(&reader)) }
        }
        return adjustments
    }

    /// `asset.moved`, `asset.status_changed` (the station's `AssetChangePayload`), and
    /// `asset.disposed` (its `AssetDisposalPayload`: a tag, no field).
    struct AssetChange {
        var tag: String
        var field: String?
        var after: String?

        init(_ reader: inout JSONReader) throws {
            var tag: String?, field: String?, after: String?
            try reader.object { key, reader in
                switch key {
                case "tag": tag = try reader.string()
                case "field": field = try reader.string()
                case "after": after = try reader.optionalString()
                default: try reader.skip()
                }
            }
            self.tag = try required(tag, "tag")
            self.field = field
            self.after = after
        }
    }

    /// `count.scanned` (the core's `CountScan`).
    struct CountScan {
        var session: String
        var tag: String
        var locationCode: String

        init(_ reader: inout JSONReader) throws {
            var session: String?, tag: String?, locationCode: String?
            try reader.object { key, reader in
                switch key {
                case "session": session = try reader.string()
                case "tag": tag = try reader.string()
                case "locationCode": locationCode = try reader.string()
                default: try reader.skip()
                }
            }
            self.session = try required(session, "session")
            self.tag = try required(tag, "tag")
            self.locationCode = try required(locationCode, "locationCode")
        }
    }

    /// `visit.*` (the station's `VisitPayload`).
    struct Visit {
        var visit: Int64
        var status: String
        var hostBadge: String
        var expectedDate: String
        var invite: String?

        init(_ reader: inout JSONReader) throws {
            var visit: Int64?, status: String?, hostBadge: String?, expectedDate: String?, invite: String?
            try reader.object { key, reader in
                switch key {
                case "visit": visit = try reader.int64()
                case "status": status = try reader.string()
                case "hostBadge": hostBadge = try reader.string()
                case "expectedDate": expectedDate = try reader.string()
                case "invite": invite = try reader.string()
                default: try reader.skip()
                }
            }
            self.visit = try required(visit, "visit")
            self.status = try required(status, "status")
            self.hostBadge = try required(hostBadge, "hostBadge")
            self.expectedDate = try required(expectedDate, "expectedDate")
            self.invite = invite
        }
    }

    /// `asset.registered` (the station's `AssetRegisteredPayload`).
    struct Registered: Decodable {
        var asset: Asset
        var reason: String?
    }

    /// A field the payload must have and does not.
    struct MissingField: Error, CustomStringConvertible {
        var name: String
        var description: String { "the field \"\(name)\" is missing" }
    }
}

private func required<T>(_ value: T?, _ name: String) throws -> T {
    guard let value else { throw LedgerPayloads.MissingField(name: name) }
    return value
}

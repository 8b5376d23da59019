/// The parts of the station's payloads the central ledger reads, decoded leniently: fields the
/// ledger does not need, and fields a newer station adds, are ignored. The station's own
/// payload types live in its storage adapter, which the centre does not import; these mirror
/// the fields they write (Storage/Payloads, and the core's `PickupCommit`, `StockChange`,
/// `CountScan`).
enum LedgerPayloads {
    struct Pickup: Decodable {
        struct Pick: Decodable {
            var itemCode: String
            var quantity: Int
        }
        var requisitionNumber: String
        var picks: [Pick]
        var recipientBadge: String?
    }

    /// `stock.received` / `stock.returned` (the core's `StockChange`).
    struct StockChange: Decodable {
        var itemCode: String
        var quantity: Int
        var requisitionNumber: String?
    }

    /// `stock.adjusted`, and each of an items import's `adjustments`.
    struct Adjustment: Decodable {
        var itemCode: String
        var quantity: Int
        var reason: String?
    }

    struct ItemsImport: Decodable {
        var adjustments: [Adjustment]?
    }

    /// `asset.moved`, `asset.status_changed` (the station's `AssetChangePayload`).
    struct AssetChange: Decodable {
        var tag: String
        var field: String
        var after: String?
    }

    struct AssetDisposal: Decodable {
        var tag: String
    }

    /// `count.scanned` (the core's `CountScan`).
    struct CountScan: Decodable {
        var session: String
        var tag: String
        var locationCode: String
    }

    /// `visit.*` (the station's `VisitPayload`).
    struct Visit: Decodable {
        var visit: Int64
        var status: String
        var hostBadge: String
        var expectedDate: String
    }
}

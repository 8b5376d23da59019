internal import GRDB
internal import QuartermasterCore

/// A row of `stock_movement`, tied to the journal entry that reported it.
struct StockMovementRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "stock_movement"

    /// Assigned by SQLite on insert; gives movements their recording order.
    var id: Int64?
    var time: Int64
    var kind: String
    var itemCode: String
    var quantity: Int
    var actorBadge: String
    var station: String
    var requisitionNumber: String?
    var recipientBadge: String?
    var note: String?
    var journalID: String

    enum CodingKeys: String, CodingKey {
        case id, time, kind
        case itemCode = "item_code"
        case quantity
        case actorBadge = "actor_badge"
        case station
        case requisitionNumber = "requisition_number"
        case recipientBadge = "recipient_badge"
        case note
        case journalID = "journal_id"
    }

    init(_ movement: StockMovement, journalID: String) {
        id = nil
        time = StoredTime.milliseconds(movement.time)
        kind = movement.kind.rawValue
        itemCode = movement.itemCode
        quantity = movement.quantity
        actorBadge = movement.actorBadge
        station = movement.station
        requisitionNumber = movement.requisitionNumber
        recipientBadge = movement.recipientBadge
        note = movement.note
        self.journalID = journalID
    }

    /// Inserts this row as `insert(db)` would (SQLite assigns `id`, which is not read back),
    /// through a cached statement bound by hand (`CachedSQL`): every pickup writes one per item.
    func insertPrepared(_ db: Database) throws {
        let insert = try CachedSQL(db, """
            INSERT INTO stock_movement (time, kind, item_code, quantity, actor_badge, station, requisition_number, recipient_badge, note, journal_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(1, time)
        insert.bind(2, kind)
        insert.bind(3, itemCode)
        insert.bind(4, quantity)
        insert.bind(5, actorBadge)
        insert.bind(6, station)
        insert.bind(7, requisitionNumber)
        insert.bind(8, recipientBadge)
        insert.bind(9, note)
        insert.bind(10, journalID)
        try insert.execute()
    }

    func movement() throws -> StockMovement {
        guard let movementKind = MovementKind(rawValue: kind) else {
            throw StoredValueError(detail: "stock movement \(id ?? 0) has unknown kind \"\(kind)\"")
        }
        return StockMovement(
            time: StoredTime.date(time), kind: movementKind, itemCode: itemCode, quantity: quantity,
            actorBadge: actorBadge, station: station, requisitionNumber: requisitionNumber,
            recipientBadge: recipientBadge, note: note)
    }
}

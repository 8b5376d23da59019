internal import GRDB
internal import QuartermasterCore

/// Writing an item's stock, the one column of `item` that stock changes touch.
extension StationDatabase {
    /// Sets an item's stock inside the caller's transaction with a statement prepared once per
    /// connection, writing only `stock`: GRDB's record `update` rewrites every other column
    /// too (`EXPLAIN`: the code table's trigger program and the foreign-key checks of the item's
    /// code run with it) and builds its SQL on every call. Refuses, as the record update did
    /// when no row matched, unless exactly the one row changed.
    static func setStock(_ db: Database, itemCode: String, to stock: Int, recording what: String) throws {
        try db.cachedStatement(sql: "UPDATE item SET stock = ? WHERE code = ?").execute(arguments: [stock, itemCode])
        try expectOneRowChanged(db, "item \(itemCode)", recording: what)
    }

    /// Each update changes the one row the transaction read (as GRDB's record `update` checked);
    /// if anything else happened (a trigger someone added by hand), the whole change rolls back
    /// rather than record half of it.
    static func expectOneRowChanged(_ db: Database, _ row: String, recording what: String) throws {
        guard db.changesCount == 1 else {
            throw StationProblem(
                .system, "Recording the \(what) changed \(db.changesCount) rows of \(row) instead of one; nothing was recorded.",
                advice: "Tell the administrator: something besides the station (a trigger or a hand edit) is changing the database.")
        }
    }
}

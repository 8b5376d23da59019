internal import GRDB
public import QuartermasterCore

/// A pickup's scans kept while it is open (`OpenPickupStore`), so a crash or a power cut between
/// the first scan and the recipient's badge loses none of them.
extension StationDatabase: OpenPickupStore {
    /// One durable transaction (the writer syncs every commit), replacing the requisition's
    /// row whole: an undo is a keep too. The keeper waits for it at every scan, so SQLite's
    /// WAL checkpoint is left to the next ordinary write (`writeDeferringCheckpoint`), as for
    /// the pickup's own commit: after a pickup that is forgetting its scans, once the screen
    /// says "Recorded".
    public func keepOpenPickup(_ open: OpenPickup) throws(StationProblem) {
        try writeDeferringCheckpoint { db in
            let seen = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM stock_movement")) ?? 0
            let record = try OpenPickupRecord(open, movementsSeen: seen)
            try db.cachedStatement(sql: """
                INSERT INTO open_pickup (requisition_number, scans, keeper_badge, time, movements_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (requisition_number) DO UPDATE SET
                    scans = excluded.scans, keeper_badge = excluded.keeper_badge, time = excluded.time,
                    movements_seen = excluded.movements_seen
                """).execute(arguments: [record.requisitionNumber, record.scans, record.keeperBadge, record.time, record.movementsSeen])
        }
    }

    public func forgetOpenPickup(requisition number: String) throws(StationProblem) {
        try write { db in
            try db.cachedStatement(sql: "DELETE FROM open_pickup WHERE requisition_number = ?").execute(arguments: [number])
        }
    }

    /// The newest kept pickup that is still open. One a pickup recorded since has settled (a
    /// pickup movement of its requisition after `movements_seen`), or whose requisition is
    /// gone, is forgotten on the way.
    public func leftOpenPickup() throws(StationProblem) -> LeftOpenPickup? {
        try write { db in
            while let record = try OpenPickupRecord.order(Column("time").desc).fetchOne(db) {
                let settled = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM stock_movement WHERE id > ? AND kind = 'pickup' AND requisition_number = ?)
                    """, arguments: [record.movementsSeen, record.requisitionNumber]) ?? false
                guard !settled, let detail = try Self.fetchRequisitionDetail(db, number: record.requisitionNumber) else {
                    try record.delete(db)
                    continue
                }
                return LeftOpenPickup(open: try record.openPickup(), detail: detail)
            }
            return nil
        }
    }
}

public import QuartermasterCore
internal import Foundation
internal import GRDB

/// Recording a pickup at the counter: the heart of the storeroom loop.
extension StationDatabase {
    /// Records what the keeper handed out against a requisition, in one transaction: picked
    /// units on the lines, stock down, one movement per item, the `pickup.confirmed` event, a
    /// `replenishment.requested` event for each item that fell below its reorder point, and
    /// the requisition's new status, and the pickup slip owed (`pendingSlips()`), so a crash
    /// before the slip is printed or filed leaves it owed, never lost. The slip's record is
    /// the event, which carries the requisition as the pickup left it; its content is built
    /// from it once the screen has answered (`owedSlip(id:)`), so the keeper waits for no
    /// person or item read and no slip row. The keeper waits for this commit, so SQLite's
    /// periodic WAL checkpoint is left to the next write, the slip's
    /// (`writeDeferringCheckpoint`).
    ///
    /// Checks everything before writing anything: if the requisition is not pickable, or a
    /// pick is not on it, more than it still owes, or more than the books hold, it throws
    /// `.conflict` and the database is left exactly as it was, so the keeper can correct the
    /// picks and confirm again.
    public func recordPickup(_ commit: PickupCommit) throws(StationProblem) -> PickupOutcome {
        try Self.checkPicks(commit)
        return try writeDeferringCheckpoint { db in
            guard var requisition = try Self.fetchRequisition(db, number: commit.requisitionNumber) else {
                throw StationProblem(
                    .conflict, "Requisition \(commit.requisitionNumber) is not at this station.",
                    advice: "Check the number on the slip; if it is right, ask the clerk to import the latest requisitions.")
            }
            guard requisition.status.isPickable else {
                throw StationProblem(
                    .conflict, "Requisition \(requisition.number) \(Self.statusWords(requisition.status)): nothing can be handed out against it.",
                    advice: "Put the items back and ask the clerk to check the requisition.")
            }

            // MARK: Check every pick before writing anything
            var items: [String: Item] = [:]
            for pick in commit.picks {
                guard let line = requisition.lines.first(where: { $0.itemCode == pick.itemCode }) else {
                    throw StationProblem(
                        .conflict, "Item \(pick.itemCode) is not on requisition \(requisition.number).",
                        advice: "Hand out only what the requisition lists; put this item back.")
                }
                guard pick.quantity <= line.remaining else {
                    throw StationProblem(
                        .conflict, "Requisition \(requisition.number) still owes \(line.remaining) of item \(pick.itemCode), not \(pick.quantity).",
                        advice: "Hand out at most \(line.remaining) and confirm again.")
                }
                guard let item = try Self.fetchItem(db, code: pick.itemCode) else {
                    throw StationProblem(
                        .conflict, "Item \(pick.itemCode) is not in this storeroom's item list.",
                        advice: "Ask the clerk to import the item list, then confirm again.")
                }
                guard pick.quantity <= item.stock else {
                    throw StationProblem(
                        .conflict, "The books show only \(item.stock) of item \(item.code) (\(item.name)) in stock, not \(pick.quantity).",
                        advice: "Count the shelf; if there are more, ask the clerk to adjust the stock, then confirm again.")
                }
                items[item.code] = item
            }

            // MARK: Write
            // The requisition as this pickup leaves it goes into the event (the slip's record),
            // so it is worked out first; the checks above keep every sum in bounds.
            for pick in commit.picks {
                if let index = requisition.lines.firstIndex(where: { $0.itemCode == pick.itemCode }) {
                    requisition.lines[index].picked += pick.quantity
                }
            }
            requisition.status = requisition.statusAfterPicking
            let journalID = try appendJournal(
                db, kind: .pickupConfirmed, actor: commit.keeperBadge, time: commit.time,
                json: PickupJSON.payload(commit, after: requisition))
            var replenishments: [ReplenishmentRequest] = []
            // Only the changed columns are written (no key columns, so no foreign-key or
            // code-table work), by cached statements bound by hand.
            let line = try CachedSQL(db, "UPDATE requisition_line SET picked = picked + ? WHERE requisition_number = ? AND item_code = ?")
            let stock = try CachedSQL(db, "UPDATE item SET stock = stock - ? WHERE code = ?")
            for pick in commit.picks {
                guard var item = items[pick.itemCode] else { continue }
                line.bind(1, pick.quantity)
                line.bind(2, requisition.number)
                line.bind(3, pick.itemCode)
                try line.execute()
                try Self.expectOneRowChanged(db, "requisition \(requisition.number)'s line for item \(pick.itemCode)", recording: "pickup")

                let before = item.stock
                item.stock -= pick.quantity
                stock.bind(1, pick.quantity)
                stock.bind(2, item.code)
                try stock.execute()
                try Self.expectOneRowChanged(db, "item \(item.code)", recording: "pickup")
                items[item.code] = item

                let movement = StockMovement(
                    time: commit.time, kind: .pickup, itemCode: item.code, quantity: -pick.quantity,
                    actorBadge: commit.keeperBadge, station: commit.station,
                    requisitionNumber: requisition.number, recipientBadge: commit.recipientBadge)
                try StockMovementRecord(movement, journalID: journalID).insertPrepared(db)

                if let request = ReplenishmentRequest.triggered(itemCode: item.code, before: before, after: item.stock, threshold: item.threshold) {
                    replenishments.append(request)
                }
            }
            for request in replenishments {
                _ = try appendJournal(db, kind: .replenishmentRequested, actor: commit.keeperBadge, time: commit.time, payload: request)
            }
            let status = try CachedSQL(db, "UPDATE requisition SET status = ? WHERE number = ?")
            status.bind(1, requisition.status.rawValue)
            status.bind(2, requisition.number)
            try status.execute()
            try Self.expectOneRowChanged(db, "requisition \(requisition.number)", recording: "pickup")
            let owed = try CachedSQL(db, "INSERT INTO slip_owed (id) VALUES (?)")
            owed.bind(1, journalID)
            try owed.execute()
            guard let slipID = UUID(uuidString: journalID) else { throw StoredValueError(detail: "journal entry has id \"\(journalID)\"") }
            return PickupOutcome(requisition: requisition, items: items, replenishments: replenishments, slipID: slipID)
        }
    }

    // MARK: Checks that need no database

    /// A commit the kiosk should never produce; refused as `.invalidInput` before any I/O.
    private static func checkPicks(_ commit: PickupCommit) throws(StationProblem) {
        guard !commit.picks.isEmpty else {
            throw StationProblem(.invalidInput, "Nothing was picked.", advice: "Scan the items handed out, then confirm.")
        }
        var seen: Set<String> = []
        for pick in commit.picks {
            guard pick.quantity <= QuantityLimit.maximum else {
                throw StationProblem(
                    .invalidInput, "The quantity for item \(pick.itemCode) is \(pick.quantity); the station accepts at most \(QuantityLimit.maximum).",
                    advice: "Correct the quantity, or remove the item from the pickup.")
            }
            guard pick.quantity > 0 else {
                throw StationProblem(
                    .invalidInput, "The quantity for item \(pick.itemCode) is \(pick.quantity); it must be at least 1.",
                    advice: "Correct the quantity, or remove the item from the pickup.")
            }
            guard seen.insert(pick.itemCode).inserted else {
                throw StationProblem(
                    .invalidInput, "Item \(pick.itemCode) appears twice in the pickup.",
                    advice: "Give each item once with its total quantity.")
            }
        }
    }

    /// "is still a draft", "was rejected": the status as a keeper would say it.
    static func statusWords(_ status: RequisitionStatus) -> String {
        switch status {
        case .draft: "is still a draft, not approved"
        case .approved: "is approved"
        case .rejected: "was rejected"
        case .partlyPicked: "is partly picked up"
        case .pickedUp: "has already been picked up in full"
        case .cancelled: "was cancelled"
        }
    }
}

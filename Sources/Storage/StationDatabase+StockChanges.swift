public import Foundation
public import QuartermasterCore
internal import GRDB

/// Stock changing outside a pickup: deliveries received, returns, and corrections after a count.
extension StationDatabase {
    // MARK: Receipts and returns

    /// Puts goods on the shelf (a delivery, or a return against a requisition): stock up, one
    /// movement, one `stock.received` or `stock.returned` event. Returns the item as it now is.
    public func recordStockChange(_ change: StockChange) throws(StationProblem) -> Item {
        guard change.quantity > 0 else {
            throw StationProblem(
                .invalidInput, "The quantity for item \(change.itemCode) is \(change.quantity); it must be at least 1.",
                advice: "Enter how many units came onto the shelf.")
        }
        guard change.quantity <= QuantityLimit.maximum else {
            throw StationProblem(
                .invalidInput, "The quantity for item \(change.itemCode) is \(change.quantity); the station accepts at most \(QuantityLimit.maximum) at a time.",
                advice: "Check the figure and enter it again.")
        }
        return try write { db in
            guard var item = try Self.fetchItem(db, code: change.itemCode) else {
                throw Self.unknownItem(change.itemCode)
            }
            if let number = change.requisitionNumber, try RequisitionRecord.fetchOne(db, key: number) == nil {
                throw StationProblem(
                    .invalidInput, "Requisition \(number) is not at this station.",
                    advice: "Check the number on the slip, or record the return without a requisition.")
            }
            let kind: JournalEventKind = change.kind == .receipt ? .stockReceived : .stockReturned
            let journalID = try appendJournal(db, kind: kind, actor: change.actorBadge, time: change.time, payload: change)
            let (stock, overflow) = item.stock.addingReportingOverflow(change.quantity)
            guard !overflow, stock <= QuantityLimit.maximum else {
                throw StationProblem(
                    .invalidInput, "Item \(item.code) (\(item.name)) has \(item.stock) in stock; \(change.quantity) more would pass \(QuantityLimit.maximum), the most the station keeps.",
                    advice: "Check the quantity; if the books are wrong, correct them with `quartermaster stock adjust`.")
            }
            item.stock = stock
            try Self.setStock(db, itemCode: item.code, to: stock, recording: change.kind == .receipt ? "receipt" : "return")
            let movement = StockMovement(
                time: change.time, kind: change.kind.movementKind, itemCode: item.code, quantity: change.quantity,
                actorBadge: change.actorBadge, station: change.station, requisitionNumber: change.requisitionNumber)
            try StockMovementRecord(movement, journalID: journalID).insertPrepared(db)
            return item
        }
    }

    // MARK: Adjustments

    /// Sets an item's stock to a counted figure, with the reason (a count, breakage, a found
    /// box): one `adjustment` movement of the difference and one `stock.adjusted` event, plus a
    /// `replenishment.requested` event if the new figure falls below the reorder point. Stock
    /// already at `newStock` records nothing. Returns the item as it now is.
    public func adjustStock(
        itemCode: String, newStock: Int, actorBadge: String, station: String, time: Date, reason: String
    ) throws(StationProblem) -> Item {
        guard newStock >= 0, newStock <= QuantityLimit.maximum else {
            throw StationProblem(
                .invalidInput, "Stock cannot be \(newStock); it is the number of units on the shelf, from 0 to \(QuantityLimit.maximum).",
                advice: "Count the shelf and enter a figure in that range.")
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw StationProblem(
                .invalidInput, "An adjustment needs a reason.",
                advice: "Say why the stock changes (for example \"quarterly count\" or \"2 packs damaged\").")
        }
        return try write { db in
            guard var item = try Self.fetchItem(db, code: itemCode) else { throw Self.unknownItem(itemCode) }
            guard item.stock != newStock else { return item }
            let before = item.stock
            let payload = StockAdjustmentPayload(
                itemCode: itemCode, before: before, after: newStock, quantity: newStock - before,
                reason: reason, actorBadge: actorBadge, station: station, time: time)
            let journalID = try appendJournal(db, kind: .stockAdjusted, actor: actorBadge, time: time, payload: payload)
            item.stock = newStock
            try Self.setStock(db, itemCode: item.code, to: newStock, recording: "adjustment")
            let movement = StockMovement(
                time: time, kind: .adjustment, itemCode: itemCode, quantity: newStock - before,
                actorBadge: actorBadge, station: station, note: reason)
            try StockMovementRecord(movement, journalID: journalID).insertPrepared(db)
            if let request = ReplenishmentRequest.triggered(itemCode: itemCode, before: before, after: newStock, threshold: item.threshold) {
                _ = try appendJournal(db, kind: .replenishmentRequested, actor: actorBadge, time: time, payload: request)
            }
            return item
        }
    }

    static func unknownItem(_ code: String) -> StationProblem {
        StationProblem(
            .invalidInput, "Item \(code) is not in this storeroom's item list.",
            advice: "Check the code; a new item must first be added through the items import.")
    }
}

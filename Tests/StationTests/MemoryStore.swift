import Foundation
import QuartermasterCore

/// An in-memory store for the engine's own logic: lookups from dictionaries, writes recorded so
/// tests can see what the engine asked for. The real store is tested against SQLite elsewhere.
final class MemoryStore: StationStore {
    var people: [String: Person] = [:]
    var itemsByBarcode: [String: Item] = [:]
    var requisitions: [String: RequisitionDetail] = [:]
    var recordedPickups: [PickupCommit] = []
    var recordedChanges: [StockChange] = []
    /// Slips owed by recorded pickups, by id, until `MemorySlips` produces them.
    var owedSlips: [UUID: PickupSlip] = [:]
    /// Pickups' scans kept while open, by requisition number.
    var openPickups: [String: OpenPickup] = [:]
    /// Counts (`MemoryStore+Count.swift`).
    let counts = MemoryCounts()
    /// Thrown by lookups.
    var failure: StationProblem?
    /// Thrown by writes.
    var writeFailure: StationProblem?

    func person(badge: String) throws(StationProblem) -> Person? {
        if let failure { throw failure }
        return people[badge]
    }

    func item(barcode: String) throws(StationProblem) -> Item? {
        if let failure { throw failure }
        return itemsByBarcode[barcode]
    }

    func requisitionDetail(number: String) throws(StationProblem) -> RequisitionDetail? {
        if let failure { throw failure }
        return requisitions[number]
    }

    func recordPickup(_ commit: PickupCommit) throws(StationProblem) -> PickupOutcome {
        if let writeFailure { throw writeFailure }
        recordedPickups.append(commit)
        var detail = requisitions[commit.requisitionNumber]!
        for pick in commit.picks {
            let index = detail.requisition.lines.firstIndex { $0.itemCode == pick.itemCode }!
            detail.requisition.lines[index].picked += pick.quantity
        }
        detail.requisition.status = detail.requisition.statusAfterPicking
        requisitions[commit.requisitionNumber] = detail
        let slip = PickupSlip(
            recording: commit, requisition: detail.requisition, items: detail.items, applicant: detail.applicant,
            keeper: people[commit.keeperBadge], recipient: people[commit.recipientBadge])
        let id = UUID()
        owedSlips[id] = slip
        return PickupOutcome(requisition: detail.requisition, items: detail.items, replenishments: [], slipID: id)
    }

    func keepOpenPickup(_ open: OpenPickup) throws(StationProblem) {
        if let writeFailure { throw writeFailure }
        openPickups[open.requisitionNumber] = open
    }

    func forgetOpenPickup(requisition number: String) throws(StationProblem) {
        if let writeFailure { throw writeFailure }
        openPickups[number] = nil
    }

    /// The newest kept pickup; settling those a recorded pickup ended is the real store's rule
    /// (tested against SQLite), not this one's.
    func leftOpenPickup() throws(StationProblem) -> LeftOpenPickup? {
        if let failure { throw failure }
        guard let open = openPickups.values.max(by: { $0.time < $1.time }), let detail = requisitions[open.requisitionNumber] else { return nil }
        return LeftOpenPickup(open: open, detail: detail)
    }

    func recordStockChange(_ change: StockChange) throws(StationProblem) -> Item {
        if let writeFailure { throw writeFailure }
        recordedChanges.append(change)
        var item = itemsByBarcode.values.first { $0.code == change.itemCode }!
        item.stock += change.quantity
        return item
    }
}

final class MemorySlips: SlipOutput {
    /// Where the slips produced are owed.
    var store: MemoryStore?
    var slips: [PickupSlip] = []
    var failure: StationProblem?

    func produceSlip(id: UUID) throws(StationProblem) -> String {
        if let failure { throw failure }
        guard let slip = store?.owedSlips.removeValue(forKey: id) else {
            throw StationProblem(.conflict, "slip \(id) is not owed", advice: "")
        }
        slips.append(slip)
        return "memory #\(slips.count)"
    }
}

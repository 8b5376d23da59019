import Foundation
import QuartermasterCore
import Storage
import Testing

/// Receipts, returns and adjustments: stock never changes without a movement and a journal event.
@Suite("Stock changes")
struct StockChangeTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    init() throws { fixture = try StationFixture() }

    static let time = Date(timeIntervalSince1970: 1_709_366_400)

    @Test(arguments: [(StockChange.Kind.receipt, JournalEventKind.stockReceived), (.return, .stockReturned)])
    func receiptsAndReturnsAddStock(kind: StockChange.Kind, event: JournalEventKind) throws {
        let change = StockChange(kind: kind, itemCode: "PEN", quantity: 12, actorBadge: "K01", station: "hq-1",
                                 time: Self.time, requisitionNumber: kind == .return ? "YPQ-2024-001" : nil)
        let item = try database.recordStockChange(change)
        #expect(item.stock == 17)
        #expect(try database.item(code: "PEN")?.stock == 17)
        #expect(try database.movements(itemCode: "PEN").last == StockMovement(
            time: Self.time, kind: kind.movementKind, itemCode: "PEN", quantity: 12, actorBadge: "K01", station: "hq-1",
            requisitionNumber: change.requisitionNumber))
        let entry = try #require(try database.journal().last)
        #expect(entry.kind == event)
        #expect(entry.sequence == 4)
        #expect(entry.payload.contains(#""itemCode":"PEN""#))
        #expect(entry.payload.contains(#""quantity":12"#))
    }

    @Test(arguments: [0, -3])
    func nonPositiveQuantityIsRefused(quantity: Int) throws {
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) {
            try database.recordStockChange(StockChange(kind: .receipt, itemCode: "PEN", quantity: quantity, actorBadge: "K01", station: "hq-1", time: Self.time))
        }
        #expect(problem?.kind == .invalidInput)
        #expect(try fixture.snapshot() == before)
    }

    @Test func unknownItemIsRefused() throws {
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) {
            try database.recordStockChange(StockChange(kind: .receipt, itemCode: "NOPE", quantity: 1, actorBadge: "K01", station: "hq-1", time: Self.time))
        }
        #expect(problem?.kind == .invalidInput)
        #expect(try fixture.snapshot() == before)
    }

    @Test func adjustmentRecordsTheDifferenceWithItsReason() throws {
        let item = try database.adjustStock(itemCode: "A4-70", newStock: 37, actorBadge: "C01", station: "hq-1", time: Self.time, reason: "quarterly count")
        #expect(item.stock == 37)
        #expect(try database.movements(itemCode: "A4-70").last == StockMovement(
            time: Self.time, kind: .adjustment, itemCode: "A4-70", quantity: -3, actorBadge: "C01", station: "hq-1", note: "quarterly count"))
        let entry = try #require(try database.journal().last)
        #expect(entry.kind == .stockAdjusted)
        #expect(entry.payload == #"{"actorBadge":"C01","after":37,"before":40,"itemCode":"A4-70","quantity":-3,"reason":"quarterly count","station":"hq-1","time":1709366400000}"#)
    }

    @Test func adjustmentBelowThresholdRequestsReplenishment() throws {
        _ = try database.adjustStock(itemCode: "A4-70", newStock: 9, actorBadge: "C01", station: "hq-1", time: Self.time, reason: "water damage")
        #expect(try database.journal().suffix(2).map(\.kind) == [.stockAdjusted, .replenishmentRequested])
    }

    @Test func adjustmentToTheSameStockRecordsNothing() throws {
        let before = try fixture.snapshot()
        _ = try database.adjustStock(itemCode: "A4-70", newStock: 40, actorBadge: "C01", station: "hq-1", time: Self.time, reason: "count")
        #expect(try fixture.snapshot() == before)
    }

    @Test(arguments: [(-1, "count"), (3, ""), (3, "  ")])
    func adjustmentNeedsAValidStockAndAReason(newStock: Int, reason: String) throws {
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) {
            try database.adjustStock(itemCode: "A4-70", newStock: newStock, actorBadge: "C01", station: "hq-1", time: Self.time, reason: reason)
        }
        #expect(problem?.kind == .invalidInput)
        #expect(try fixture.snapshot() == before)
    }
}

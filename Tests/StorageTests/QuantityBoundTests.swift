import Foundation
import QuartermasterCore
import Storage
import Testing

/// No figure the station holds can overflow the arithmetic on it: stock and quantities are
/// bounded by `QuantityLimit.maximum` at import, in the store and in the schema.
@Suite("Quantity bounds")
struct QuantityBoundTests {
    let fixture: StationFixture
    init() throws { fixture = try StationFixture() }

    func receipt(_ quantity: Int, of item: String = "A4-70") -> StockChange {
        StockChange(kind: .receipt, itemCode: item, quantity: quantity, actorBadge: "K01", station: "hq-1", time: StationFixture.pickupTime)
    }

    /// The bug: a CSV stock of Int.max imported, and the next receipt trapped on overflow.
    @Test func aStockOfIntMaxIsRefusedAtItsLine() throws {
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importItems(csv: """
                code,barcodes,name,spec,unit,category,stock,threshold,bin
                BIG,,Big,,pcs,耗材,9223372036854775807,0,Z-1
                """, file: "items-big.csv", actorBadge: "C01", time: StationFixture.importTime)
        }
        #expect(problem?.description.hasPrefix(
            #"items-big.csv:2: column "stock": 9223372036854775807 is more than the station accepts (at most 1000000); check the figure"#) == true,
            "\(String(describing: problem))")
        #expect(try fixture.database.item(code: "BIG") == nil)
    }

    @Test func aReceiptThatWouldPassTheBoundIsRefusedAndRecordsNothing() throws {
        let top = QuantityLimit.maximum - 40
        #expect(try fixture.database.recordStockChange(receipt(top)).stock == QuantityLimit.maximum)
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) { try fixture.database.recordStockChange(receipt(1)) }
        #expect(problem?.kind == .invalidInput)
        #expect(problem?.message.contains("would pass 1000000") == true, "\(String(describing: problem))")
        #expect(throws: StationProblem.self) { try fixture.database.recordStockChange(receipt(Int.max)) }
        #expect(try fixture.snapshot() == before)
    }

    @Test func adjustmentsAndPicksAboveTheBoundAreRefused() throws {
        #expect(throws: StationProblem.self) {
            try fixture.database.adjustStock(itemCode: "PEN", newStock: QuantityLimit.maximum + 1, actorBadge: "K01",
                                             station: "hq-1", time: StationFixture.pickupTime, reason: "count")
        }
        #expect(throws: StationProblem.self) {
            try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", Int.max)]))
        }
        #expect(try fixture.database.item(code: "PEN")?.stock == 5)
    }

    @Test(arguments: [
        "UPDATE item SET stock = 1000001 WHERE code = 'A4-70';",
        "UPDATE item SET threshold = 9223372036854775807 WHERE code = 'A4-70';",
        "UPDATE requisition_line SET requested = 1000001 WHERE item_code = 'A4-70';",
        "INSERT INTO stock_movement (time, kind, item_code, quantity, actor_badge, station, journal_id) SELECT 0, 'adjustment', 'A4-70', 1000001, 'x', 'hq-1', id FROM journal LIMIT 1;",
    ])
    func theSchemaRefusesFiguresAboveTheBound(sql: String) throws {
        let before = try fixture.snapshot()
        let result = try SQLiteShell.run(sql, on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains("CHECK constraint failed"), "\(result.error)")
        #expect(try fixture.snapshot() == before)
    }
}

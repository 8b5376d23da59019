import Foundation
import QuartermasterCore
import Storage
import Testing

/// Receipts, returns and adjustments write an item's stock with one narrow `UPDATE` (as the
/// pickup does), not GRDB's full-row record update: every other column must stay exactly as
/// imported, and an update that changes no row must still refuse the whole change.
@Suite("Stock changes write only the stock")
struct StockColumnTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    static let time = Date(timeIntervalSince1970: 1_709_366_400)

    /// An office's own item: Chinese name and category, a spec with a comma and quotes, a bin
    /// with a comma, two barcodes.
    static let officeItem = """
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        ZH-01,6901234567809;6901234567816,"复印纸, 白色","A4 ""70 g"", 500 张",包,耗材,10,3,"库房 B,2"
        """

    init() throws {
        fixture = try StationFixture()
        _ = try fixture.database.importItems(csv: Self.officeItem, file: "物品.csv", actorBadge: StationFixture.clerk, time: StationFixture.importTime)
    }

    enum Change: String, CaseIterable { case receipt, `return`, adjustment }

    func record(_ change: Change, stock: Int) throws -> Item {
        switch change {
        case .receipt:
            try database.recordStockChange(StockChange(kind: .receipt, itemCode: "ZH-01", quantity: stock - 10, actorBadge: "K01", station: "hq-1", time: Self.time))
        case .return:
            try database.recordStockChange(StockChange(
                kind: .return, itemCode: "ZH-01", quantity: stock - 10, actorBadge: "K01", station: "hq-1", time: Self.time,
                requisitionNumber: "YPQ-2024-001"))
        case .adjustment:
            try database.adjustStock(itemCode: "ZH-01", newStock: stock, actorBadge: "C01", station: "hq-1", time: Self.time, reason: "盘点: 多 2 包")
        }
    }

    /// Every column of the row, read by `sqlite3` itself, not through the station's decoding.
    func rawRow() throws -> String {
        let result = try SQLiteShell.run(
            "SELECT quote(code), quote(name), quote(spec), quote(unit), quote(category), quote(stock), quote(threshold), quote(bin) FROM item WHERE code = 'ZH-01';"
                + " SELECT group_concat(barcode || '>' || item_code, ' ') FROM (SELECT * FROM item_barcode WHERE item_code = 'ZH-01' ORDER BY barcode);"
                + " SELECT group_concat(code || '>' || kind || '>' || owner, ' ') FROM (SELECT * FROM code WHERE owner = 'ZH-01' ORDER BY code);",
            on: fixture.path)
        #expect(result.status == 0, "\(result.error)")
        return result.output
    }

    @Test(arguments: Change.allCases)
    func everyOtherColumnStaysAsImported(change: Change) throws {
        let before = try #require(try database.item(code: "ZH-01"))
        let rowBefore = try rawRow()
        let item = try record(change, stock: 12)
        var expected = before
        expected.stock = 12
        #expect(item == expected)
        #expect(try database.item(code: "ZH-01") == expected)
        #expect(try rawRow() == rowBefore.replacingOccurrences(of: "|10|3|", with: "|12|3|"))
        #expect(rowBefore.contains("'ZH-01'|'复印纸, 白色'|'A4 \"70 g\", 500 张'|'包'|'耗材'|10|3|'库房 B,2'"), "\(rowBefore)")
        #expect(try database.movements(itemCode: "ZH-01").last?.quantity == 2)
    }

    /// A trigger added by hand that skips the update (`RAISE(IGNORE)`): the change is refused
    /// as a whole (no movement, no journal event), with the message the pickup gives.
    @Test(arguments: Change.allCases)
    func anUpdateThatChangesNoRowRecordsNothing(change: Change) throws {
        let trigger = try SQLiteShell.run("CREATE TRIGGER hand_made BEFORE UPDATE ON item BEGIN SELECT RAISE(IGNORE); END;", on: fixture.path)
        #expect(trigger.status == 0, "\(trigger.error)")
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) { try record(change, stock: 12) }
        #expect(problem?.kind == .system)
        #expect(problem?.message.contains("changed 0 rows of item ZH-01 instead of one; nothing was recorded") == true, "\(String(describing: problem))")
        #expect(try fixture.snapshot() == before)
    }
}

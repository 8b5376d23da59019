import Foundation
import QuartermasterCore
import Testing

/// An export is one typed table; CSV renders each cell as its text, so the same table gives
/// the workbook its numbers and dates and the CSV its text.
@Suite("Export tables")
struct ExportTableTests {
    @Test(arguments: [
        (FixedDecimal(units: 123_450, places: 2), "1234.50", 1234.5),
        (FixedDecimal(units: -5, places: 2), "-0.05", -0.05),
        (FixedDecimal(units: 5, places: 3), "0.005", 0.005),
        (FixedDecimal(units: 0, places: 2), "0.00", 0),
        (FixedDecimal(units: 7, places: 0), "7", 7),
        (FixedDecimal(units: -120, places: 1), "-12.0", -12),
        (FixedDecimal(units: Int.min, places: 2), "-92233720368547758.08", -92_233_720_368_547_758.08),
    ])
    func fixedDecimalsKeepEveryPlace(value: FixedDecimal, text: String, double: Double) {
        #expect(value.description == text)
        #expect(value.doubleValue == double)
    }

    @Test(arguments: [
        (ExportCell.text("张三, \"keeper\""), "张三, \"keeper\""),
        (.integer(-3), "-3"),
        (.decimal(FixedDecimal(units: 123_450, places: 2)), "1234.50"),
        (.date(CalendarDate("2024-03-01")!), "2024-03-01"),
        (.timestamp(Date(timeIntervalSince1970: 1_709_272_800.999)), "2024-03-01T06:00:00Z"),
    ])
    func cellsShowTheirCSVText(cell: ExportCell, text: String) {
        #expect(cell.text == text)
    }

    @Test func csvRendersTheTableLikeItsTextRows() {
        let table = ExportTable(sheetName: "stock", header: ["code", "name", "stock", "cost", "date"], rows: [
            [.text("A4"), .text("复印纸, 白"), .integer(-3), .decimal(FixedDecimal(units: 1250, places: 2)), .date(CalendarDate("2024-03-01")!)],
            [.text("=X"), .text("")],
        ])
        #expect(CSVWriter.document(table) == "code,name,stock,cost,date\r\nA4,\"复印纸, 白\",-3,12.50,2024-03-01\r\n'=X,\r\n")
        #expect(CSVWriter.document(table, byteOrderMark: true) == "\u{FEFF}" + CSVWriter.document(table))
    }

    /// Numbers stay numbers and dates stay dates in the tables the exports build, which is
    /// what lets a workbook hold them as such.
    @Test func exportTablesTypeTheirFigures() {
        let item = Item(code: "A4", barcodes: [], name: "A4 paper", spec: "", unit: "pack", category: .stationery, stock: 2, threshold: 5, bin: "")
        let stock = StockCSV.table([item])
        #expect(stock.sheetName == "stock")
        #expect(stock.header == StockCSV.columns)
        #expect(stock.rows == [[.text("A4"), .text("A4 paper"), .text(""), .text("pack"), .text("stationery"), .integer(2), .integer(5),
                                .text(""), .text("yes")]])
        let movement = StockMovement(time: Date(timeIntervalSince1970: 1_709_272_800), kind: .pickup, itemCode: "A4", quantity: -3,
                                     actorBadge: "K01", station: "hq-1")
        let movements = MovementsCSV.table([movement])
        #expect(movements.sheetName == "movements")
        #expect(movements.rows.first?[0] == .timestamp(Date(timeIntervalSince1970: 1_709_272_800)))
        #expect(movements.rows.first?[3] == .integer(-3))
        let requisition = Requisition(
            number: "YPQ-2024-001", applicantBadge: "100231", department: "总务部", date: CalendarDate("2024-03-01")!,
            purpose: "printing", approver: "李经理", status: .approved,
            lines: [RequisitionLine(itemCode: "A4", requested: 10, approved: 8)])
        let requisitions = RequisitionsCSV.table([requisition])
        #expect(requisitions.sheetName == "requisitions")
        #expect(requisitions.rows.first?[1] == .text("100231"))
        #expect(requisitions.rows.first?[3] == .date(CalendarDate("2024-03-01")!))
        #expect(requisitions.rows.first.map { [$0[8], $0[9], $0[11]] } == [.integer(10), .integer(8), .integer(0)])
    }
}

import Foundation
import QuartermasterCore
import Testing

/// Exports open in a spreadsheet: quoting must round-trip, and nothing typed at a kiosk may
/// become a formula on the office's computer.
@Suite("CSV writer")
struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("", ""),
        ("张三", "张三"),
    ])
    func quotesOnlyWhenNeeded(value: String, written: String) {
        #expect(CSVWriter.field(value) == written)
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+86 10 1234", "'+86 10 1234"),
        ("-cmd", "'-cmd"),
        ("@import", "'@import"),
        ("\tX", "'\tX"),
        ("=1,2", "\"'=1,2\""),
        ("-3", "-3"),
        ("+12", "+12"),
        ("-1.5", "-1.5"),
        ("-1.5e3", "-1.5e3"),
        ("-", "'-"),
        ("a=b", "a=b"),
        ("3-4", "3-4"),
    ])
    func guardsAgainstFormulas(value: String, written: String) {
        #expect(CSVWriter.field(value) == written)
    }

    /// Plain RFC 4180 by default (scripts read the first header as written); the mark only
    /// when asked, for Excel.
    @Test func documentIsPlainWithCRLFAndTakesAByteOrderMarkOnRequest() {
        let text = CSVWriter.document(header: ["a", "b"], rows: [["1", "x,y"]])
        #expect(text == "a,b\r\n1,\"x,y\"\r\n")
        #expect(Array(text.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(CSVWriter.document(header: ["a"], rows: [], byteOrderMark: true) == "\u{FEFF}a\r\n")
    }

    @Test func writtenDocumentReadsBackTheSame() throws {
        let rows = [["1001", "Zhang, San", "say \"hi\""], ["1002", "two\r\nlines", ""], ["1003", "张三", "-3"]]
        let table = try CSVTable.parse(CSVWriter.document(header: ["a", "b", "c"], rows: rows), file: "f.csv")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == [["1001", "Zhang, San", "say \"hi\""], ["1002", "two\nlines", ""], ["1003", "张三", "-3"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test func movementsExportUsesISO8601UTC() {
        let movement = StockMovement(
            time: Date(timeIntervalSince1970: 1_709_272_800), kind: .pickup, itemCode: "A4-70", quantity: -3,
            actorBadge: "K01", station: "hq-1", requisitionNumber: "YPQ-2024-001", recipientBadge: "1001", note: "=evil")
        let text = MovementsCSV.text([movement])
        #expect(text == "time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note\r\n"
            + "2024-03-01T06:00:00Z,pickup,A4-70,-3,YPQ-2024-001,K01,1001,hq-1,'=evil\r\n")
    }

    @Test func stockExportFlagsItemsBelowThreshold() {
        let items = [
            Item(code: "A4", barcodes: [], name: "A4 paper", spec: "70 g", unit: "pack", category: .stationery, stock: 2, threshold: 5, bin: "A-1"),
            Item(code: "PEN", barcodes: [], name: "Pen", spec: "", unit: "box", category: .stationery, stock: 5, threshold: 5, bin: ""),
        ]
        #expect(StockCSV.text(items) == "code,name,spec,unit,category,stock,threshold,bin,below_threshold\r\n"
            + "A4,A4 paper,70 g,pack,stationery,2,5,A-1,yes\r\nPEN,Pen,,box,stationery,5,5,,no\r\n")
    }
}

import Foundation
import QuartermasterCore
import QuartermasterTesting
import Spreadsheet
import Testing

/// How a workbook opens for the office: the header frozen above the rows, a filter on every
/// column, widths that fit Chinese text, and one sheet per table in order.
@Suite("Workbook layout")
struct SpreadsheetLayoutTests {
    @Test func headerIsFrozenAndEveryColumnFiltered() throws {
        let folder = try WorkbookFolder()
        let table = ExportTable(sheetName: "stock", header: ["code", "name", "stock"], rows: [
            [.text("A4"), .text("复印纸"), .integer(3)], [.text("PEN"), .text("pen"), .integer(5)],
        ])
        try SpreadsheetWriter.write(table, to: folder.file("stock.xlsx"))
        let sheet = try #require(try WorkbookReader.read(folder.file("stock.xlsx")).sheets.first)
        let pane = try #require(sheet.pane)
        #expect(pane.state == "frozen")
        #expect(pane.ySplit == "1")
        #expect(pane.xSplit == nil)
        #expect(pane.topLeftCell == "A2")
        #expect(sheet.autoFilter == "A1:C3")
    }

    /// Widths count display cells: six Chinese characters need about twice the room of six
    /// Latin ones; short columns keep room for the filter button; a long note is capped.
    @Test func columnWidthsFitTheirTextCountingChineseDouble() throws {
        let folder = try WorkbookFolder()
        let table = ExportTable(sheetName: "widths", header: ["department", "b", "c", "note"], rows: [
            [.text("中国人民银行"), .text("abcdef"), .text(""), .text(String(repeating: "x", count: 200))],
            [.text("GA"), .text("ab"), .text(""), .text("short")],
        ])
        try SpreadsheetWriter.write(table, to: folder.file("widths.xlsx"))
        let sheet = try #require(try WorkbookReader.read(folder.file("widths.xlsx")).sheets.first)
        // libxlsxwriter stores a width w as a little more than w (font padding), never a whole unit more.
        func stored(_ column: Int) throws -> Double { try #require(sheet.width(ofColumn: column)) }
        #expect(try (13..<14).contains(stored(0)))  // 12 cells of Chinese + 1; the header "department" + button is 12
        #expect(try (7..<8).contains(stored(1)))  // 6 Latin letters + 1
        #expect(try (7..<8).contains(stored(2)))  // empty: the minimum 6 + 1
        #expect(try (60..<61).contains(stored(3)))  // 200 letters, capped
    }

    @Test func headerWidthIncludesTheFilterButton() throws {
        let folder = try WorkbookFolder()
        let table = ExportTable(sheetName: "h", header: ["below_threshold"], rows: [[.text("no")]])
        try SpreadsheetWriter.write(table, to: folder.file("h.xlsx"))
        let sheet = try #require(try WorkbookReader.read(folder.file("h.xlsx")).sheets.first)
        #expect(try (18..<19).contains(#require(sheet.width(ofColumn: 0))))  // 15 + 2 + 1
    }

    @Test func severalTablesBecomeSheetsInOrder() throws {
        let folder = try WorkbookFolder()
        let tables = [
            ExportTable(sheetName: "stock", header: ["code"], rows: [[.text("A4")]]),
            ExportTable(sheetName: "领用", header: ["number"], rows: [[.text("YPQ-2024-001")]]),
            ExportTable(sheetName: "empty", header: [], rows: []),
        ]
        try SpreadsheetWriter.write(tables, to: folder.file("report.xlsx"))
        let workbook = try WorkbookReader.read(folder.file("report.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["stock", "领用", "empty"])
        #expect(workbook.sheets[1]["A2"]?.value == "YPQ-2024-001")
        #expect(workbook.sheets[2].cells.isEmpty)
        #expect(workbook.sheets[2].autoFilter == nil)
    }

    /// A second export replaces the first whole, and the file is created like any other (0666
    /// less the umask), so whoever reads the export folder can open it.
    @Test func writingAgainReplacesTheFileWithOrdinaryPermissions() throws {
        let folder = try WorkbookFolder()
        let path = folder.file("stock.xlsx")
        try SpreadsheetWriter.write(ExportTable(sheetName: "stock", header: ["v"], rows: [[.integer(1)]]), to: path)
        try SpreadsheetWriter.write(ExportTable(sheetName: "stock", header: ["v"], rows: [[.integer(2)]]), to: path)
        #expect(try WorkbookReader.read(path).sheets.first?["A2"]?.value == "2")
        #expect(try folder.contents() == ["stock.xlsx"])
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o666 & ~(try Self.umask()))
    }

    /// This process's umask, read without changing it (`umask(2)` can only set it).
    static func umask() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        return try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
    }
}

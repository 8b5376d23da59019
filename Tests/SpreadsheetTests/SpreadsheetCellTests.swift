import Foundation
import QuartermasterCore
import QuartermasterTesting
import Spreadsheet
import Testing

/// Every kind of cell an office export holds, written by libxlsxwriter and read back from the
/// file's XML by Python's standard library: each cell's stored type, value and number format.
@Suite("Workbook cells")
struct SpreadsheetCellTests {
    static let table = ExportTable(
        sheetName: "领用 stock",
        header: ["name", "note", "qty", "amount", "date", "time"],
        rows: [
            [.text("张三"), .text("Zhang, San \"the keeper\""), .integer(-3), .decimal(FixedDecimal(units: 123_450, places: 2)),
             .date(CalendarDate("2024-03-01")!), .timestamp(Date(timeIntervalSince1970: 1_709_272_800.750))],
            [.text("two\nlines"), .text(#"=HYPERLINK("http://example.com","click")"#), .integer(1_000_000),
             .decimal(FixedDecimal(units: -5, places: 2)), .date(CalendarDate("1900-01-01")!), .timestamp(Date(timeIntervalSince1970: 0))],
            [.text("bell\u{7}here"), .text("_x0041_ stays as typed"), .integer(0), .decimal(FixedDecimal(units: 7, places: 0)),
             .date(CalendarDate("1899-12-31")!), .text("")],
            [.text("nul\u{0}here, tab\tkept"), .text("cr\rhere"), .text("100231"), .text("+86 10 1234"),
             .text("-cmd"), .text("@import")],
            [.text("short row"), .text("noncharacters \u{FFFF}\u{FFFE}"), .timestamp(Date(timeIntervalSince1970: -2_208_988_801))],
        ])

    let sheet: WorkbookContents.Sheet

    init() throws {
        let folder = try WorkbookFolder()
        let path = folder.file("cells.xlsx")
        try SpreadsheetWriter.write(Self.table, to: path)
        let workbook = try WorkbookReader.read(path)
        try #require(workbook.sheets.count == 1)
        sheet = workbook.sheets[0]
    }

    @Test func sheetTakesTheTablesName() {
        #expect(sheet.name == "领用 stock")
    }

    @Test(arguments: [
        // Chinese, commas and quotes: text as recorded, no CSV quoting.
        ("A2", "s", "张三", "General"),
        ("B2", "s", "Zhang, San \"the keeper\"", "General"),
        // Text that looks like a formula, a phone number, an option or a code stays text, unguarded.
        ("B3", "s", #"=HYPERLINK("http://example.com","click")"#, "General"),
        ("C5", "s", "100231", "General"),
        ("D5", "s", "+86 10 1234", "General"),
        ("E5", "s", "-cmd", "General"),
        ("F5", "s", "@import", "General"),
        // Integers are numbers shown in digits.
        ("C2", "n", "-3", "0"),
        ("C3", "n", "1000000", "0"),
        ("C4", "n", "0", "0"),
        // Decimals are numbers with all their places.
        ("D2", "n", "1234.5", "0.00"),
        ("D3", "n", "-0.05", "0.00"),
        ("D4", "n", "7", "0"),
        // A literal _xHHHH_ is escaped so it reads back as typed, not as "A".
        ("B4", "s", "_x0041_ stays as typed", "General"),
        // Carriage return and tab are legal in XML and kept.
        ("B5", "s", "cr\rhere", "General"),
        // A date before 1900 has no spreadsheet date: it is written as its text.
        ("E4", "s", "1899-12-31", "General"),
        ("C6", "s", "1899-12-31T23:59:59Z", "General"),
        ("A6", "s", "short row", "General"),
    ])
    func cellReadsBackAsWritten(reference: String, type: String, value: String, format: String) throws {
        let cell = try #require(sheet[reference], "no cell at \(reference)")
        #expect(cell.type == type)
        #expect(cell.value == value)
        #expect(cell.format == format)
        #expect(!cell.formula)
        #expect(!cell.bold)
        #expect(cell.date == nil)
    }

    @Test(arguments: [
        ("E2", "2024-03-01T00:00:00", "yyyy-mm-dd"),
        ("E3", "1900-01-01T00:00:00", "yyyy-mm-dd"),
        // Times are UTC, cut to whole seconds as CSV writes them, shown in CSV's ISO form.
        ("F2", "2024-03-01T06:00:00", #"yyyy-mm-dd"T"hh:mm:ss"Z""#),
        ("F3", "1970-01-01T00:00:00", #"yyyy-mm-dd"T"hh:mm:ss"Z""#),
    ])
    func datesAndTimesAreDateNumbers(reference: String, date: String, format: String) throws {
        let cell = try #require(sheet[reference], "no cell at \(reference)")
        #expect(cell.type == "n")
        #expect(cell.date == date)
        #expect(cell.format == format)
    }

    /// The file parsed as XML (the reader would fail otherwise) and the characters XML cannot
    /// carry came back as U+FFFD, where they were.
    @Test func controlCharactersAreReplacedAndTheFileStaysValid() throws {
        #expect(sheet["A4"]?.value == "bell\u{FFFD}here")
        #expect(sheet["A5"]?.value == "nul\u{FFFD}here, tab\tkept")
        #expect(sheet["B6"]?.value == "noncharacters \u{FFFD}\u{FFFD}")
    }

    @Test func textWithALineBreakWrapsAndEmptyTextLeavesNoCell() throws {
        let wrapped = try #require(sheet["A3"])
        #expect(wrapped.value == "two\nlines")
        #expect(wrapped.wrap)
        #expect(sheet["B5"]?.wrap == true)
        #expect(sheet["A2"]?.wrap == false)
        #expect(sheet["F4"] == nil)
        #expect(sheet["D6"] == nil)
    }

    @Test func headerIsBoldText() {
        let header = sheet.cells.filter { $0.row == 0 }
        #expect(header.map(\.value) == Self.table.header)
        #expect(header.allSatisfy { $0.bold && $0.type == "s" })
    }
}

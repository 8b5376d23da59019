import Foundation
import QuartermasterCore
import QuartermasterTesting
import Spreadsheet
import Testing

/// A workbook that cannot be written says why and what to do, and leaves nothing behind: no
/// file under the name, no temporary file beside it, an earlier file untouched.
@Suite("Workbook failures")
struct SpreadsheetFailureTests {
    static let table = ExportTable(sheetName: "stock", header: ["code", "name"], rows: [[.text("A4"), .text("复印纸")]])

    @Test func missingFolderSaysSoAndWritesNothing() throws {
        let folder = try WorkbookFolder()
        let path = folder.file("no-such-folder/stock.xlsx")
        let error = try #require(throws: SpreadsheetError.self) { try SpreadsheetWriter.write(Self.table, to: path) }
        #expect(error.code == .cannotWrite)
        #expect(error.description == "Cannot write \(path): No such file or directory; check the folder exists and is writable.")
        #expect(try folder.contents().isEmpty)
    }

    @Test func aFileWhereTheFolderShouldBeSaysSo() throws {
        let folder = try WorkbookFolder()
        try Data("notes".utf8).write(to: URL(fileURLWithPath: folder.file("notes")))
        let path = folder.file("notes/stock.xlsx")
        let error = try #require(throws: SpreadsheetError.self) { try SpreadsheetWriter.write(Self.table, to: path) }
        #expect(error.description == "Cannot write \(path): Not a directory; check the folder exists and is writable.")
        #expect(try folder.contents() == ["notes"])
    }

    /// The workbook is complete before the rename fails (the name is taken by a folder): the
    /// temporary file it was written to is removed, and the folder is left as it was.
    @Test func aFailedRenameLeavesNoTemporaryFile() throws {
        let folder = try WorkbookFolder()
        try FileManager.default.createDirectory(atPath: folder.file("stock.xlsx/inside"), withIntermediateDirectories: true)
        let error = try #require(throws: SpreadsheetError.self) {
            try SpreadsheetWriter.write(Self.table, to: folder.file("stock.xlsx"))
        }
        #expect(error.code == .cannotWrite)
        #expect(error.description.hasSuffix("check the folder exists and is writable."))
        #expect(try folder.contents() == ["stock.xlsx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("stock.xlsx")) == ["inside"])
    }

    @Test func aRefusedTableKeepsTheEarlierFile() throws {
        let folder = try WorkbookFolder()
        let path = folder.file("stock.xlsx")
        try SpreadsheetWriter.write(Self.table, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let tooLong = ExportTable(sheetName: "stock", header: ["note"], rows: [[.text(String(repeating: "张", count: 32_768))]])
        #expect(throws: SpreadsheetError.self) { try SpreadsheetWriter.write(tooLong, to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try folder.contents() == ["stock.xlsx"])
    }

    @Test(arguments: [
        ("", "it is empty"),
        (String(repeating: "库", count: 32), "it is longer than 31 characters"),
        ("in/out", "it contains \"/\""),
        ("a:b", "it contains \":\""),
        ("'stock", "it starts or ends with an apostrophe"),
        ("tab\there", "it contains a control character"),
        ("history", "Excel reserves \"History\""),
    ])
    func badSheetNamesAreRefusedBeforeAnyFile(name: String, reason: String) throws {
        let folder = try WorkbookFolder()
        let error = try #require(throws: SpreadsheetError.self) {
            try SpreadsheetWriter.write(ExportTable(sheetName: name, header: ["a"], rows: []), to: folder.file("x.xlsx"))
        }
        #expect(error.code == .invalidSheetName)
        #expect(error.description.hasPrefix("The sheet name \"\(name)\" cannot be used in a workbook: \(reason)"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func thirtyOneCharactersAreEnoughForASheetName() throws {
        let folder = try WorkbookFolder()
        let name = String(repeating: "库", count: 31)
        try SpreadsheetWriter.write(ExportTable(sheetName: name, header: ["a"], rows: []), to: folder.file("x.xlsx"))
        #expect(try WorkbookReader.read(folder.file("x.xlsx")).sheets.map(\.name) == [name])
    }

    @Test func sheetNamesMustDifferIgnoringCase() throws {
        let folder = try WorkbookFolder()
        let tables = [ExportTable(sheetName: "Stock", header: [], rows: []), ExportTable(sheetName: "stock", header: [], rows: [])]
        let error = try #require(throws: SpreadsheetError.self) { try SpreadsheetWriter.write(tables, to: folder.file("x.xlsx")) }
        #expect(error.description.contains("another sheet in the workbook already has it"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func textLongerThanACellHoldsNamesItsPlace() throws {
        let folder = try WorkbookFolder()
        let table = ExportTable(sheetName: "movements", header: ["time", "note"], rows: [
            [.text("ok"), .text("fine")], [.text("ok"), .text(String(repeating: "张", count: 32_768))],
        ])
        let error = try #require(throws: SpreadsheetError.self) { try SpreadsheetWriter.write(table, to: folder.file("m.xlsx")) }
        #expect(error.code == .textTooLong)
        #expect(error.description == "Sheet \"movements\", row 3, column \"note\" holds 32768 characters, but a spreadsheet cell "
            + "holds at most 32767. Export as CSV instead, which has no such limit.")
        #expect(try folder.contents().isEmpty)
    }

    @Test func thirtyTwoThousandSevenHundredSixtySevenCharactersFit() throws {
        let folder = try WorkbookFolder()
        let text = String(repeating: "张", count: 32_767)
        try SpreadsheetWriter.write(ExportTable(sheetName: "s", header: ["note"], rows: [[.text(text)]]), to: folder.file("m.xlsx"))
        #expect(try WorkbookReader.read(folder.file("m.xlsx")).sheets.first?["A2"]?.value == text)
    }

    @Test(arguments: [
        ExportCell.integer(9_007_199_254_740_993), .integer(-9_007_199_254_740_993),
        .decimal(FixedDecimal(units: 9_007_199_254_740_993, places: 2)),
    ])
    func numbersASpreadsheetCannotHoldExactlyAreRefused(cell: ExportCell) throws {
        let folder = try WorkbookFolder()
        let error = try #require(throws: SpreadsheetError.self) {
            try SpreadsheetWriter.write(ExportTable(sheetName: "s", header: ["qty"], rows: [[cell]]), to: folder.file("n.xlsx"))
        }
        #expect(error.code == .numberTooLarge)
        #expect(error.description.hasPrefix("Sheet \"s\", row 2, column \"qty\" holds \(cell.text), which a spreadsheet cannot store exactly"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func twoToTheFiftyThirdIsStillExact() throws {
        let folder = try WorkbookFolder()
        try SpreadsheetWriter.write(
            ExportTable(sheetName: "s", header: ["qty"], rows: [[.integer(9_007_199_254_740_992)]]), to: folder.file("n.xlsx"))
        #expect(try WorkbookReader.read(folder.file("n.xlsx")).sheets.first?["A2"]?.value == "9007199254740992")
    }

    @Test func moreRowsThanAWorksheetHoldsAreRefused() throws {
        let folder = try WorkbookFolder()
        let rows = [[ExportCell]](repeating: [], count: 1_048_576)
        let error = try #require(throws: SpreadsheetError.self) {
            try SpreadsheetWriter.write(ExportTable(sheetName: "movements", header: ["time"], rows: rows), to: folder.file("m.xlsx"))
        }
        #expect(error.code == .tooManyCells)
        #expect(error.description == "Sheet \"movements\" has 1048576 rows, but a worksheet holds at most 1048575 below its header. "
            + "Export as CSV instead.")
        #expect(try folder.contents().isEmpty)
    }

    @Test func aFullWorksheetStillFits() throws {
        let folder = try WorkbookFolder()
        let rows = [[ExportCell]](repeating: [], count: 1_048_575)
        try SpreadsheetWriter.write(ExportTable(sheetName: "movements", header: ["time"], rows: rows), to: folder.file("m.xlsx"))
        #expect(try WorkbookReader.read(folder.file("m.xlsx")).sheets.first?.autoFilter == "A1:A1048576")
    }

    @Test func moreColumnsThanAWorksheetHoldsAreRefused() throws {
        let folder = try WorkbookFolder()
        let header = (0...16_384).map { "c\($0)" }
        let error = try #require(throws: SpreadsheetError.self) {
            try SpreadsheetWriter.write(ExportTable(sheetName: "wide", header: header, rows: []), to: folder.file("w.xlsx"))
        }
        #expect(error.code == .tooManyCells)
        #expect(error.description.hasPrefix("Sheet \"wide\" has 16385 columns"))
        #expect(try folder.contents().isEmpty)
    }
}

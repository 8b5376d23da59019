import Foundation
import QuartermasterCore
import QuartermasterTesting
import Testing

/// `quartermaster export … --format xlsx -o FILE` as an admin runs it: the workbook holds the
/// rows the CSV export holds, with numbers and dates typed, and refusals say what to do.
@Suite struct ExportEndToEndTests {
    /// Office data with commas, quotes, Chinese and a name that looks like a formula.
    static let items = """
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        ITM-PAPER,6901234000016,"A4 复印纸, 白色",70 g,pack,文具,40,35,A-01
        ITM-PEN,6901234000030,"中性笔 ""gel"" pen",0.5 mm,box,文具,20,25,A-02
        ITM-LINK,6901234000047,"=HYPERLINK(""http://example.com"",""x"")",CF258A,pcs,耗材,1,1,C-01

        """

    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        YPQ-2024-001,E2001,总务部,2024-03-01,"打印, 复印",李经理,approved,ITM-PEN,2,2

        """

    /// A station with stock, a requisition and one real pickup (a movement with a time).
    static func station() throws -> String {
        let data = try Harness.temporaryFolder("export-xlsx")
        try Harness.importAll(data: data, people: Storeroom.people, items: items, requisitions: requisitions)
        try Harness.write("E1001\nYPQ-2024-001\n6901234000030\n6901234000030\nE2001\n", to: data + "/session.txt")
        let run = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/session.txt", "--language", "en"])
        #expect(run.status == 0, "\(run.error)")
        return data
    }

    @Test(arguments: ["stock", "movements", "requisitions"])
    func workbookRowsEqualTheCSVExport(kind: String) throws {
        let data = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let csv = try Harness.run(Harness.binary, ["export", kind, "--format", "csv", "--data", data])
        #expect(csv.status == 0, "\(csv.error)")
        let file = data + "/\(kind).xlsx"
        let xlsx = try Harness.run(Harness.binary, ["export", kind, "--format", "xlsx", "-o", file, "--data", data])
        #expect(xlsx.status == 0, "\(xlsx.error)")
        #expect(xlsx.output.isEmpty)

        let expected = try CSVTable.parse(csv.output, file: "\(kind).csv")
        let sheet = try #require(try WorkbookReader.read(file).sheets.first)
        #expect(sheet.name == kind)
        let grid = sheet.grid
        #expect(grid.first?.map { $0?.value ?? "" } == expected.header)
        let rows = grid.dropFirst().map { row in row.map(Self.shown) + Array(repeating: "", count: max(0, expected.header.count - row.count)) }
        // CSV guards formula-looking text with '; the workbook holds it as plain text, unguarded.
        let unguarded = expected.rows.map { $0.fields.map { $0.hasPrefix("'=") ? String($0.dropFirst()) : $0 } }
        #expect(rows == unguarded)
        #expect(rows.count >= 1)
    }

    @Test func workbookKeepsNumbersAndDatesTyped() throws {
        let data = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: data) }
        for kind in ["stock", "movements", "requisitions"] {
            let result = try Harness.run(Harness.binary, ["export", kind, "--format", "xlsx", "-o", "\(data)/\(kind).xlsx", "--data", data])
            #expect(result.status == 0, "\(result.error)")
        }
        let stock = try #require(try WorkbookReader.read(data + "/stock.xlsx").sheets.first)
        // Rows in code order: ITM-LINK, ITM-PAPER, ITM-PEN.
        #expect(stock["A2"].map { [$0.type, $0.value] } == ["s", "ITM-LINK"])  // codes stay text
        #expect(stock["B2"].map { [$0.type, $0.value] } == ["s", #"=HYPERLINK("http://example.com","x")"#])
        #expect(stock["B2"]?.formula == false)
        #expect(stock["F3"].map { [$0.type, $0.value] } == ["n", "40"])  // stock
        #expect(stock["G4"].map { [$0.type, $0.value] } == ["n", "25"])  // threshold
        let movements = try #require(try WorkbookReader.read(data + "/movements.xlsx").sheets.first)
        let pickup = try #require(movements.cells.first { $0.row > 0 && $0.column == 3 && $0.value == "-2" })
        #expect(pickup.type == "n")
        #expect(movements[pickup.reference.replacingOccurrences(of: "D", with: "A")]?.date != nil)
        let requisitions = try #require(try WorkbookReader.read(data + "/requisitions.xlsx").sheets.first)
        #expect(requisitions["D2"]?.date == "2024-03-01T00:00:00")
        #expect(requisitions["B2"].map { [$0.type, $0.value] } == ["s", "E2001"])
        #expect(requisitions["L2"].map { [$0.type, $0.value] } == ["n", "2"])  // qty_picked
    }

    @Test func xlsxWithoutAFileIsRefusedAndNothingReachesTheTerminal() throws {
        let data = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let result = try Harness.run(Harness.binary, ["export", "stock", "--format", "xlsx", "--data", data])
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("An xlsx workbook is a binary file and is not written to standard output: add -o FILE.xlsx."))
        let bom = try Harness.run(Harness.binary, ["export", "stock", "--format", "xlsx", "--bom", "-o", data + "/s.xlsx", "--data", data])
        #expect(bom.status != 0)
        #expect(bom.error.contains("--bom is for CSV only"))
        #expect(!FileManager.default.fileExists(atPath: data + "/s.xlsx"))
    }

    @Test func anUnwritableFileSaysWhatToDo() throws {
        let data = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let target = data + "/no-such-folder/stock.xlsx"
        let result = try Harness.run(Harness.binary, ["export", "stock", "--format", "xlsx", "-o", target, "--data", data])
        #expect(result.status == 1)
        #expect(result.error.contains("Cannot write \(target): No such file or directory; check the folder exists and is writable."))
        #expect(!FileManager.default.fileExists(atPath: data + "/no-such-folder"))
    }

    /// Whole or not at all, as the real binary does it: the workbook is synced under a hidden
    /// temporary name beside FILE, renamed over FILE, then the folder is synced so the rename
    /// survives a power cut.
    @Test func workbookIsSyncedUnderATemporaryNameThenRenamedIntoPlace() throws {
        let data = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let file = data + "/stock.xlsx"
        let trace = data + "/strace.txt"
        let run = try Harness.run("strace", [
            "-f", "-y", "-e", "trace=fsync,rename,renameat,renameat2", "-o", trace,
            Harness.binary, "export", "stock", "--format", "xlsx", "-o", file, "--data", data,
        ])
        #expect(run.status == 0, "\(run.error)")
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { $0.contains("stock.xlsx") || $0.contains("fsync(") }
        let temporarySync = lines.firstIndex { $0.contains("fsync(") && $0.contains("/.stock.xlsx.") && $0.contains(".tmp>) = 0") }
        let rename = lines.firstIndex { $0.contains("rename") && $0.contains("/.stock.xlsx.") && $0.contains("\"\(file)\"") && $0.hasSuffix("= 0") }
        let folderSync = lines.firstIndex { $0.contains("fsync(") && $0.contains("<\(data)>) = 0") }
        let order = [temporarySync, rename, folderSync]
        #expect(order.allSatisfy { $0 != nil } && order.map { $0 ?? 0 } == order.map { $0 ?? 0 }.sorted(),
                "expected sync of the temporary file, rename, sync of the folder, in that order:\n\(lines.joined(separator: "\n"))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.contains("stock.xlsx") } == ["stock.xlsx"])
    }

    /// A cell as the CSV shows it: text as is, numbers in their stored digits, dates and
    /// times in the CSV's ISO form (the date format shows the day, the time format adds `Z`).
    static func shown(_ cell: WorkbookContents.Cell?) -> String {
        guard let cell else { return "" }
        guard let date = cell.date else { return cell.value }
        return cell.format == "yyyy-mm-dd" ? String(date.prefix(10)) : date + "Z"
    }
}

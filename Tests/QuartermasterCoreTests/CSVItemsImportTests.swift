import QuartermasterCore
import Testing

/// The item master: barcodes, categories and counts are checked before anything is stored.
/// A category is the office's own word, kept as written; only an empty one is refused.
@Suite("CSV items import")
struct CSVItemsImportTests {
    static let header = "code,barcodes,name,spec,unit,category,stock,threshold,bin\n"

    @Test func readsItemsWithBarcodes() throws {
        let rows = try ItemsCSV.read(Self.header + "A4-70,6901234567892;QM-A4,A4 copy paper,70 g,pack,Stationery,40,10,A-03-2\nPEN,,Gel pen,0.5 mm,box,stationery,0,0,\n", file: "items.csv").records()
        #expect(rows == [
            CSVRow(line: 2, record: Item(code: "A4-70", barcodes: ["6901234567892", "QM-A4"], name: "A4 copy paper", spec: "70 g", unit: "pack", category: "Stationery", stock: 40, threshold: 10, bin: "A-03-2")),
            CSVRow(line: 3, record: Item(code: "PEN", barcodes: [], name: "Gel pen", spec: "0.5 mm", unit: "box", category: .stationery, stock: 0, threshold: 0, bin: "")),
        ])
    }

    @Test(arguments: [
        ("4006381333931", true),   // EAN-13
        ("6901234567892", true),   // EAN-13
        ("96385074", true),        // EAN-8
        ("036000291452", true),    // UPC-A
        ("4006381333932", false),
        ("96385075", false),
        ("036000291453", false),
        ("1234567890", true),      // ten digits: not a GS1 shape, no check digit to test
        ("QM-000123", true),
    ])
    func checksGS1CheckDigits(barcode: String, accepted: Bool) {
        let result = ItemsCSV.read(Self.header + "X,\(barcode),Thing,,piece,equipment,1,0,\n", file: "items.csv")
        #expect(result.errors.isEmpty == accepted)
        if !accepted {
            #expect(result.errors.first?.column == "barcodes")
            #expect(result.errors.first?.message.contains("check digit wrong") == true)
        }
    }

    @Test(arguments: ["-1", "12.0", "1,200", "ten", ""])
    func stockMustBeAWholeNumberOfZeroOrMore(stock: String) {
        let result = ItemsCSV.read(Self.header + "X,,Thing,,piece,equipment,\"\(stock)\",0,\n", file: "items.csv")
        #expect(result.errors.map(\.column) == ["stock"])
        #expect(result.errors.map(\.line) == [2])
    }

    @Test func collectsEveryProblemInTheFile() {
        let text = Self.header + """
            A,,,,pack,stationery,1,0,
            B,,Thing,,pack,,1,-2,
            C,6901234567892,Thing,,pack,stationery,1,0,
            D,6901234567892,Thing,,pack,stationery,1,0,
            C,,Again,,pack,stationery,1,0,
            """
        let result = ItemsCSV.read(text, file: "items.csv")
        #expect(result.errors.map { "\($0.line) \($0.column ?? "-")" } == ["2 name", "3 category", "3 threshold", "5 barcodes", "6 code"])
        #expect(result.errors[2].description == "items.csv:3: column \"threshold\": \"-2\" is not a whole number of 0 or more")
        #expect(result.rows.map(\.record.code) == ["C"])
    }
}

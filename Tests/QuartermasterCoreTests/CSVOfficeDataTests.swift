import QuartermasterCore
import Testing

/// Item lists as offices keep them: their own categories, figures checked against the bound.
@Suite struct CSVOfficeDataTests {
    static let header = "code,barcodes,name,spec,unit,category,stock,threshold,bin\n"

    @Test func categoriesAreTheOfficesOwnWordsAsWritten() {
        let result = ItemsCSV.read(Self.header + """
            HC-1,,复印纸,,包,耗材,1,0,
            WJ-1,,中性笔,,盒,文具,1,0,
            SB-1,,投影仪,,台,设备,1,0,
            X-1,,Paper,,pack,Stationery,1,0,
            """, file: "items.csv")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.rows.map(\.record.category.rawValue) == ["耗材", "文具", "设备", "Stationery"])
    }

    @Test func anEmptyCategoryIsRefused() {
        let result = ItemsCSV.read(Self.header + "HC-1,,复印纸,,包,,1,0,\n", file: "items.csv")
        #expect(result.errors.map(\.description) == [
            #"items.csv:2: column "category": empty; give the item's category in the office's words (for example 文具, 耗材, 设备)"#,
        ])
    }

    @Test(arguments: [("stock", "1000001,0"), ("threshold", "5,1000001"), ("stock", "9223372036854775807,0"), ("stock", "99999999999999999999,0")])
    func figuresAboveTheBoundAreRefusedAtTheirLine(column: String, figures: String) {
        let result = ItemsCSV.read(Self.header + "HC-1,,复印纸,,包,耗材,\(figures),\n", file: "items.csv")
        #expect(result.rows.isEmpty)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.column == column)
        #expect(result.errors.first?.message.contains("more than the station accepts (at most 1000000)") == true, "\(result.errors)")
    }

    @Test func theBoundItselfIsAccepted() {
        let result = ItemsCSV.read(Self.header + "HC-1,,复印纸,,包,耗材,1000000,1000000,\n", file: "items.csv")
        #expect(result.rows.first?.record.stock == QuantityLimit.maximum)
    }

    @Test func requisitionQuantitiesAreBoundedToo() {
        let result = RequisitionsCSV.read("""
            number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
            R-1,100231,综合管理部,2024-03-01,打印,李经理,approved,HC-1,2000000,1
            """, file: "requisitions.csv")
        #expect(result.errors.map(\.column) == ["qty_requested"])
    }
}

/// A code no scanner can send (a control or invisible character in it) is refused at its line,
/// in every file that registers codes.
@Suite("Unscannable codes")
struct UnscannableCodeTests {
    @Test(arguments: ["YPQ-2024-\u{202E}001", "YPQ-2024-001\u{200B}", "YPQ\u{1B}[2J-2024-001"])
    func requisitionNumbers(number: String) {
        let csv = "number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved\n\"\(number)\",100231,行政部,2024-03-01,打印,李经理,approved,A4-70,1,1\n"
        let result = RequisitionsCSV.read(csv, file: "requisitions.csv")
        #expect(result.rows.isEmpty)
        #expect(result.errors.map(\.description).contains { $0.hasPrefix("requisitions.csv:2: column \"number\":") && $0.contains("no scanner sends") })
    }

    @Test func badgesItemCodesAndBarcodes() {
        let people = PeopleCSV.read("badge,name,department,roles\n\"1002\u{202E}31\",张三,行政部,employee\n", file: "people.csv")
        #expect(people.rows.isEmpty)
        #expect(people.errors.map(\.description).contains { $0.contains("column \"badge\"") && $0.contains("U+202E") })
        let items = ItemsCSV.read("code,barcodes,name,spec,unit,category,stock,threshold,bin\nA4\u{7},\"ITM-1\u{200B}\",纸,70g,包,文具,1,0,A\n", file: "items.csv")
        #expect(items.rows.isEmpty)
        #expect(items.errors.map(\.description).contains { $0.contains("column \"code\"") && $0.contains("U+0007") })
        #expect(items.errors.map(\.description).contains { $0.contains("column \"barcodes\"") && $0.contains("U+200B") })
    }
}

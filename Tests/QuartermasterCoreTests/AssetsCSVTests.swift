import Foundation
import QuartermasterCore
import Testing

/// Asset files in both dialects: ours and Snipe-IT's export, told apart by the header; every
/// value checked the way offices and Snipe-IT write it, and every bad cell named by its column.
@Suite struct AssetsCSVTests {
    static let header = "tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost\n"
    static let snipeIT = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snipe-it-asset-export.csv").path

    static func row(cost: String = "", date: String = "", status: String = "in_use") -> String {
        header + "FA-000001,笔记本电脑,X1,S1,电脑,LOC-HQ,\(status),100231,\(date),\(cost)\n"
    }

    // MARK: Costs

    @Test(arguments: [
        ("1234.56", 123_456), ("1,234.56", 123_456), ("8,999.00", 899_900), ("3450.5", 345_050), ("12,000", 1_200_000),
        ("0", 0), ("¥1,234.56", 123_456), ("$12", 1200), ("10000000000.00", 1_000_000_000_000), ("1,000,000", 100_000_000),
    ])
    func costsAreReadToTheCent(text: String, cents: Int) {
        let result = AssetsCSV.read(Self.row(cost: "\"\(text)\""), file: "assets.csv")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.rows.first?.record.asset.costCents == cents)
    }

    @Test func anEmptyCostIsNoCost() {
        #expect(AssetsCSV.read(Self.row(), file: "assets.csv").rows.first?.record.asset.costCents == nil)
    }

    @Test(arguments: [
        ("-5", "is negative"), ("¥-5", "is negative"), ("1,234.567", "more than two decimals"), ("0.001", "more than two decimals"),
        ("1,23", "is not a price"), ("12,34,567", "is not a price"), ("1.234,56", "is not a price"), ("abc", "is not a price"),
        ("1e5", "is not a price"), ("10000000000.01", "more than the station accepts"), ("99999999999999999999999", "more than the station accepts"),
    ])
    func absurdCostsAreRefusedAtTheirCell(text: String, message: String) {
        let result = AssetsCSV.read(Self.row(cost: "\"\(text)\""), file: "assets.csv")
        #expect(result.rows.isEmpty)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.description.hasPrefix("assets.csv:2: column \"cost\": \"\(text)\"") == true, "\(result.errors)")
        #expect(result.errors.first?.message.contains(message) == true, "\(result.errors)")
    }

    // MARK: Dates and statuses

    @Test(arguments: [("2024-03-01", "2024-03-01"), ("2024-03-01 09:30:00", "2024-03-01"), ("2021/6/1", "2021-06-01"), ("2024/12/31", "2024-12-31")])
    func datesAsSpreadsheetsWriteThem(text: String, date: String) {
        let result = AssetsCSV.read(Self.row(date: text), file: "assets.csv")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.rows.first?.record.asset.purchaseDate?.description == date)
    }

    @Test(arguments: ["01/03/2024", "2024-02-30", "2024-3-1", "March 1 2024", "2024-03-01 noon"])
    func ambiguousOrImpossibleDatesAreRefused(text: String) {
        let result = AssetsCSV.read(Self.row(date: text), file: "assets.csv")
        #expect(result.errors.map(\.column) == ["purchase_date"], "\(result.errors)")
        #expect(result.errors.first?.message.contains("YYYY-MM-DD") == true)
    }

    @Test(arguments: [
        ("in_use", AssetStatus.inUse), ("在用", .inUse), ("Deployed", .inUse), ("Ready to Deploy (deployable)", .inStore),
        ("闲置", .idle), ("Archived", .idle), ("under-repair", .underRepair), ("Broken", .underRepair), ("报废", .disposed),
    ])
    func statusesAsOfficesAndSnipeITWriteThem(text: String, status: AssetStatus) {
        let result = AssetsCSV.read(Self.row(status: "\"\(text)\""), file: "assets.csv")
        #expect(result.rows.first?.record.asset.status == status, "\(result.errors)")
    }

    // MARK: Our dialect

    @Test func officeRowsKeepCommasQuotesAndChinese() {
        let result = AssetsCSV.read(Self.header + """
            FA-000001,"笔记本电脑, 14"" 屏",ThinkPad X1,PF2ABC01,"电脑, 便携",LOC-HQ-3F-301,在用,100231,2023-05-12,"8,999.00"
            FA-000002,会议桌,,,家具,,in_store,,,
            """, file: "assets.csv")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.rows.map(\.line) == [2, 3])
        let first = result.rows[0].record
        #expect(first.asset == Asset(tag: "FA-000001", name: "笔记本电脑, 14\" 屏", model: "ThinkPad X1", serial: "PF2ABC01",
                                     category: "电脑, 便携", status: .inUse, purchaseDate: CalendarDate("2023-05-12"), costCents: 899_900))
        #expect(first.location == "LOC-HQ-3F-301")
        #expect(first.custodian == "100231")
        #expect(!first.custodianMayBeName)
        #expect(result.rows[1].record.location == "")
    }

    @Test func duplicateTagsEmptyNamesAndUnknownColumnsAreRefused() {
        let duplicate = AssetsCSV.read(Self.header + "FA-1,桌,,,,,in_use,,,\nFA-1,椅,,,,,in_use,,,\n,柜,,,,,in_use,,,\nFA-3,,,,,,in_use,,,\n", file: "a.csv")
        #expect(duplicate.errors.map(\.description) == [
            #"a.csv:3: column "tag": tag FA-1 is already on line 2; one tag names one thing (一物一卡)"#,
            #"a.csv:4: column "tag": empty; every asset needs the number on its tag (for example FA-000123)"#,
            #"a.csv:5: column "name": empty; every asset needs a name (for example 笔记本电脑)"#,
        ])
        let typo = AssetsCSV.read("tag,name,model,serial,category,locaton,status,custodian_badge,purchase_date,cost\n", file: "a.csv")
        #expect(typo.errors.map(\.column).contains("locaton"))
    }

    @Test func malformedCSVIsReportedAtItsLine() {
        let result = AssetsCSV.read(Self.header + "FA-1,\"桌,,,,,in_use,,,\n", file: "a.csv")
        #expect(result.rows.isEmpty)
        #expect(result.errors.map(\.line) == [2])
        #expect(result.errors.first?.message.contains("never closed") == true, "\(result.errors)")
    }

    @Test func theExportImportsBack() throws {
        let entries = [
            RegisterEntry(asset: Asset(tag: "FA-000001", name: "笔记本电脑, 14\"", model: "=X1", serial: "S1", category: "电脑",
                                       locationCode: "LOC-HQ", status: .inUse, custodianBadge: "100231",
                                       purchaseDate: CalendarDate("2023-05-12"), costCents: 899_905, nextMaintenance: CalendarDate("2025-01-01"),
                                       lastCounted: CalendarDate("2024-01-10")), tagPrinted: 2),
            RegisterEntry(asset: Asset(tag: "FA-000002", name: "椅子", status: .disposed)),
        ]
        let text = AssetsCSV.text(entries, locationNames: ["LOC-HQ": "总部"])
        #expect(text.hasPrefix("tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost,next_maintenance,location_name,last_counted,next_count,tag_printed\r\n"))
        #expect(text.contains(#"FA-000001,"笔记本电脑, 14""",'=X1,S1,电脑,LOC-HQ,in_use,100231,2023-05-12,8999.05,2025-01-01,总部,2024-01-10,,2"#), "\(text)")
        let back = AssetsCSV.read(text, file: "export.csv")
        #expect(back.errors.isEmpty, "\(back.errors)")
        #expect(back.rows.map(\.record.asset.costCents) == [899_905, nil])
        #expect(back.rows.map(\.record.asset.nextMaintenance) == [CalendarDate("2025-01-01"), nil])
        #expect(back.rows.map(\.record.asset.status) == [.inUse, .disposed])
    }

    // MARK: Snipe-IT's dialect

    @Test func snipeITsExportIsReadByItsHeader() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.snipeIT))
        let table = CSVTable(parsing: [UInt8](data), file: "snipe-it-asset-export.csv")
        #expect(AssetsCSVDialect.detect(header: table.header) == .snipeIT)
        let result = AssetsCSV.read(table)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let records = result.rows.map(\.record)
        #expect(records.map(\.asset.tag) == ["FA-000101", "FA-000102", "FA-000103", "FA-000104"])
        #expect(records.map(\.asset.name) == ["ThinkPad X1 Carbon, 第9代", "Dell U2720Q 27\"", "办公椅", "投影仪 \"会议室\""])
        #expect(records.map(\.asset.status) == [.inUse, .inStore, .idle, .underRepair])
        #expect(records.map(\.asset.costCents) == [899_900, 345_050, 1_200_000, 123_456])
        #expect(records.map(\.asset.purchaseDate?.description) == ["2023-05-12", "2022-11-01", "2019-03-15", "2021-06-01"])
        #expect(records.map(\.asset.category) == ["笔记本电脑", "显示器", "家具, 椅子", "设备"])
        #expect(records.map(\.location) == ["总部 3楼 301", "总部 仓库", "LOC-HQ-3F-301", "总部 3楼 301"])
        #expect(records.map(\.custodian) == ["张三", "", "李四", ""])
        #expect(records.allSatisfy { $0.custodianMayBeName })
        #expect(records[0].asset.lastCounted == CalendarDate("2024-01-10"))
        #expect(records[0].asset.nextCount == CalendarDate("2024-07-10"))
        #expect(records[0].columns.location == "Location")
    }

    @Test func snipeITCellsAreNamedAsTheHeaderSpellsThem() {
        let result = AssetsCSV.read("""
            Asset Tag,Asset Name,Purchase Cost,Status,Purchase Date,Notes,Checked Out To
            FA-1,桌,"-1,000.00",Deployed,2024-01-01,"any, ""notes"" here",
            FA-2,椅,5,Lost,01/02/2024,,
            """, file: "snipe.csv")
        #expect(result.errors.map(\.description) == [
            #"snipe.csv:2: column "Purchase Cost": "-1,000.00" is negative; a purchase cost is 0 or more"#,
            #"snipe.csv:3: column "Status": unknown status "Lost" (expected one of in_use, in_store, under_repair, idle, disposed, or 在用, 在库, 维修, 闲置, 报废)"#,
            #"snipe.csv:3: column "Purchase Date": "01/02/2024" is not a date the station can read without guessing; write it as YYYY-MM-DD (for example 2024-03-01) — in Snipe-IT, set the date display format to Y-m-d before exporting"#,
        ])
    }

    @Test func snipeITEmployeeNumbersAreBadges() {
        let result = AssetsCSV.read("Asset Tag,Name,Status,Checked Out To,Employee Number\nFA-1,桌,Deployed,张三,100231\nFA-2,椅,Deployed,李四,\n", file: "s.csv")
        #expect(result.rows.map(\.record.custodian) == ["100231", "李四"])
        #expect(result.rows.map(\.record.custodianMayBeName) == [false, true])
        #expect(result.rows.map(\.record.columns.custodian) == ["Employee Number", "Checked Out To"])
    }

    @Test func aSnipeITHeaderWithoutNameOrModelIsRefused() {
        let result = AssetsCSV.read("Asset Tag,Serial,Status\nFA-1,S,Deployed\n", file: "s.csv")
        #expect(result.rows.isEmpty)
        #expect(result.errors.map(\.line) == [1])
        let twice = AssetsCSV.read("Asset Tag,Name,Asset Name,Status\nFA-1,a,b,Deployed\n", file: "s.csv")
        #expect(twice.errors.map(\.description) == [#"s.csv:1: column "Asset Name": gives the same value as column "Name"; remove one of them"#])
    }
}

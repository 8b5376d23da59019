import Foundation
import QuartermasterCore
import Station
import Storage
import Testing

/// An office's own files, as they come: employee numbers as badges, Chinese names, departments
/// and categories, cells with commas and quotes. Scanned through the real resolver against the
/// real database.
@Suite("Office data")
struct OfficeDataTests {
    static let time = Date(timeIntervalSince1970: 1_709_366_400)
    static let people = #"""
        badge,name,department,roles
        100231,王库管,行政后勤部,keeper;employee
        100232,"张三, 小组长",综合管理部,employee
        100233,"李四 ""Lee""",综合管理部,employee
        """#
    static let items = #"""
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        HC-0001,6901234000016,"A4 复印纸, 70 g",70 g,包,耗材,40,10,A-01
        WJ-0001,WJ0001-LABEL,"中性笔 ""0.5""",0.5 mm,盒,文具,20,5,A-02
        SB-0001,,投影仪,EB-X05,台,设备,1,0,C-01
        """#
    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        2024/031,100232,综合管理部,2024-03-01,部门打印,李经理,approved,HC-0001,10,10
        """

    let fixture: StationFixture
    init() throws {
        fixture = try StationFixture(seeded: false)
        try fixture.database.importPeople(csv: Self.people, file: "人员.csv", actorBadge: "admin", time: Self.time)
        try fixture.database.importItems(csv: Self.items, file: "物品.csv", actorBadge: "admin", time: Self.time)
        try fixture.database.importRequisitions(csv: Self.requisitions, file: "申领单.csv", actorBadge: "admin", time: Self.time)
    }

    var resolver: ScanResolver<StationDatabase> {
        ScanResolver(classifier: ScanClassifier(), store: fixture.database)
    }

    // MARK: As written

    @Test func valuesAndCategoriesAreKeptAsWritten() throws {
        let paper = try #require(try fixture.database.item(code: "HC-0001"))
        #expect(paper.category.rawValue == "耗材")
        #expect(paper.name == "A4 复印纸, 70 g")
        #expect(try fixture.database.item(code: "WJ-0001")?.name == #"中性笔 "0.5""#)
        #expect(try fixture.database.items().map(\.category.rawValue) == ["耗材", "设备", "文具"])
        #expect(try fixture.database.person(badge: "100232")?.name == "张三, 小组长")
        let stock = try CSVTable.parse(try fixture.database.exportStock(), file: "stock.csv")
        #expect(stock.rows.map { $0.fields[4] } == ["耗材", "设备", "文具"])
        #expect(stock.rows.first?.fields[1] == "A4 复印纸, 70 g")
    }

    // MARK: Recognised by what they are

    /// The default badge pattern is `^E\d{3,10}$` and requisitions `^YPQ-…`: the database
    /// knows better.
    @Test func registeredCodesAreWhatTheDatabaseSaysWhateverTheirShape() throws {
        guard case .badge(let keeper) = resolver.resolve("100231") else {
            Issue.record("100231 is not a badge: \(resolver.resolve("100231"))")
            return
        }
        #expect(keeper.name == "王库管")
        guard case .requisition(let detail) = resolver.resolve("2024/031") else {
            Issue.record("2024/031 is not a requisition: \(resolver.resolve("2024/031"))")
            return
        }
        #expect(detail.applicant?.name == "张三, 小组长")
        guard case .item(let pen) = resolver.resolve("WJ0001-LABEL"), case .item(let paper) = resolver.resolve("6901234000016") else {
            Issue.record("item codes not found")
            return
        }
        #expect(pen.code == "WJ-0001")
        #expect(paper.code == "HC-0001")
        #expect(resolver.resolve("SB-0001") == .item(try #require(try fixture.database.item(code: "SB-0001"))))
        #expect(try fixture.database.code("nothing-like-it") == nil)
    }

    /// An in-house item code with the shape of an EAN-8 but not its check digit is still the
    /// item it was imported as: the shape's complaint is for codes the station does not know.
    @Test func aRegisteredCodeWithAWrongLookingShapeIsStillWhatItIs() throws {
        try fixture.database.importItems(csv: """
            code,barcodes,name,spec,unit,category,stock,threshold,bin
            12345678,,胶水,,瓶,文具,3,1,B-01
            """, file: "物品-5.csv", actorBadge: "admin", time: Self.time)
        #expect(ScanClassifier().classify("12345678").problem == .badCheckDigit)
        #expect(resolver.resolve("12345678") == .item(try #require(try fixture.database.item(code: "12345678"))))
        #expect(resolver.resolve("12345679") == .invalid("12345679", .badCheckDigit))
    }

    /// Unknown codes are still told apart by their shape; typed numbers stay quantities.
    @Test func patternsClassifyOnlyCodesTheStationHasNotSeen() {
        #expect(resolver.resolve("10") == .quantity(10))
        #expect(resolver.resolve("E9999") == .notFound(.badge, "E9999"))
        #expect(resolver.resolve("YPQ-2024-999") == .notFound(.requisition, "YPQ-2024-999"))
        #expect(resolver.resolve("FA-000123") == .otherKind(.assetTag, "FA-000123"))
        #expect(resolver.resolve("999999") == .notFound(.unknown, "999999"))
    }

    // MARK: One code, one thing

    @Test func anItemBarcodeThatIsABadgeIsRefusedAtItsLine() throws {
        let before = try fixture.snapshot()
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importItems(csv: """
                code,barcodes,name,spec,unit,category,stock,threshold,bin
                HC-0002,,订书钉,24/6,盒,耗材,5,1,A-03
                HC-0003,100232,回形针,,盒,耗材,5,1,A-04
                """, file: "物品-2.csv", actorBadge: "admin", time: Self.time)
        }
        guard case .file(let failure) = problem else { Issue.record("\(String(describing: problem))"); return }
        #expect(failure.errors.map(\.description) == [
            #"物品-2.csv:3: column "barcodes": barcode 100232 is already the badge of person 100232, and a code may name one thing only; remove it from this item, or change the other code first"#,
        ])
        #expect(try fixture.snapshot() == before)
    }

    @Test(arguments: [
        ("badge,name,department,roles\nHC-0001,王五,综合管理部,employee\n", "badge", "the code of item HC-0001"),
        ("badge,name,department,roles\n6901234000016,王五,综合管理部,employee\n", "badge", "a barcode of item HC-0001"),
        ("badge,name,department,roles\n2024/031,王五,综合管理部,employee\n", "badge", "the number of requisition 2024/031"),
    ])
    func aBadgeThatIsAlreadyAnotherCodeIsRefused(csv: String, column: String, owner: String) throws {
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importPeople(csv: csv, file: "人员-2.csv", actorBadge: "admin", time: Self.time)
        }
        guard case .file(let failure) = problem else { Issue.record("\(String(describing: problem))"); return }
        #expect(failure.errors.count == 1)
        #expect(failure.errors.first?.line == 2)
        #expect(failure.errors.first?.column == column)
        #expect(failure.errors.first?.message.contains("is already \(owner)") == true, "\(failure)")
    }

    @Test func aRequisitionNumberThatIsAnItemCodeIsRefused() throws {
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importRequisitions(csv: """
                number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
                WJ-0001,100232,综合管理部,2024-03-02,部门打印,李经理,approved,HC-0001,1,1
                """, file: "申领单-2.csv", actorBadge: "admin", time: Self.time)
        }
        guard case .file(let failure) = problem else { Issue.record("\(String(describing: problem))"); return }
        #expect(failure.errors.map(\.column) == ["number"])
    }

    /// The schema itself keeps one code to one thing: not even a hand-run `sqlite3` can add a
    /// barcode that is a badge.
    @Test(arguments: [
        "INSERT INTO item_barcode (barcode, item_code) VALUES ('100231', 'SB-0001');",
        "INSERT INTO person (badge, name, department, roles, active) VALUES ('WJ0001-LABEL', 'x', '', 'employee', 1);",
        "UPDATE person SET badge = '2024/031' WHERE badge = '100233';",
    ])
    func theSchemaRefusesACodeForTwoThings(sql: String) throws {
        let before = try fixture.snapshot()
        let result = try SQLiteShell.run(sql, on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains("UNIQUE constraint failed: code.code"), "\(result.error)")
        #expect(try fixture.snapshot() == before)
    }

    /// Moving a barcode from one item to another in one file is fine: it is freed first.
    @Test func aBarcodeMovesBetweenItemsOfOneFile() throws {
        try fixture.database.importItems(csv: #"""
            code,barcodes,name,spec,unit,category,stock,threshold,bin
            WJ-0001,,"中性笔 ""0.5""",0.5 mm,盒,文具,20,5,A-02
            SB-0001,WJ0001-LABEL,投影仪,EB-X05,台,设备,1,0,C-01
            """#, file: "物品-3.csv", actorBadge: "admin", time: Self.time)
        #expect(try fixture.database.code("WJ0001-LABEL") == .item(try #require(try fixture.database.item(code: "SB-0001"))))
    }

    // MARK: Typed quantities

    /// A 1–4 digit code would take the place of the quantity the keeper types: refused, with
    /// the way out (a narrower quantity pattern), which then lets it in and keeps both apart.
    @Test func aCodeWithTheShapeOfATypedQuantityIsRefusedUnlessThePatternIsNarrowed() throws {
        let people = "badge,name,department,roles\n1001,赵六,综合管理部,employee\n"
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importPeople(csv: people, file: "人员-4.csv", actorBadge: "admin", time: Self.time)
        }
        guard case .file(let failure) = problem else { Issue.record("\(String(describing: problem))"); return }
        #expect(failure.errors.first?.description.hasPrefix(#"人员-4.csv:2: column "badge": badge 1001 has the shape of a quantity"#) == true, "\(failure)")

        let narrow = try ScanPatterns([.quantity: #"^\d{1,2}$"#])
        try fixture.database.importPeople(csv: people, file: "人员-4.csv", actorBadge: "admin", time: Self.time, patterns: narrow)
        let resolver = ScanResolver(classifier: ScanClassifier(patterns: narrow), store: fixture.database)
        #expect(resolver.resolve("1001") == .badge(try #require(try fixture.database.person(badge: "1001"))))
        #expect(resolver.resolve("12") == .quantity(12))
    }

    // MARK: Journal

    /// The import events carry every added or changed record with its values: enough for the
    /// centre to replay them without the files.
    @Test func importsJournalTheRecordsTheyChanged() throws {
        let entries = try fixture.database.journal()
        #expect(entries.map(\.kind) == [.peopleImported, .itemsImported, .requisitionsImported])
        let items = try JSONSerialization.jsonObject(with: Data(entries[1].payload.utf8)) as? [String: Any]
        let records = try #require(items?["items"] as? [[String: Any]])
        #expect(records.map { $0["code"] as? String } == ["HC-0001", "WJ-0001", "SB-0001"])
        #expect(records[0]["category"] as? String == "耗材")
        #expect(records[0]["name"] as? String == "A4 复印纸, 70 g")
        #expect(records[0]["barcodes"] as? [String] == ["6901234000016"])
        #expect(records[0]["stock"] as? Int == 40)
        #expect(records[0]["change"] as? String == "added")
        #expect(entries[2].payload.contains(#""requisitions":[{"applicantBadge":"100232","approver":"李经理","change":"added","date":"2024-03-01","department":"综合管理部","lines":[{"approved":10,"itemCode":"HC-0001","requested":10}],"number":"2024/031","purpose":"部门打印","status":"approved"}]"#), "\(entries[2].payload)")

        // Changing one item journals that one, as updated; the unchanged ones are left out.
        try fixture.database.importItems(csv: Self.items.replacingOccurrences(of: "投影仪", with: "投影仪 (会议室)"),
                                         file: "物品.csv", actorBadge: "admin", time: Self.time)
        let last = try #require(try fixture.database.journal().last)
        let changed = try JSONSerialization.jsonObject(with: Data(last.payload.utf8)) as? [String: Any]
        let updated = try #require(changed?["items"] as? [[String: Any]])
        #expect(updated.map { $0["code"] as? String } == ["SB-0001"])
        #expect(updated.first?["change"] as? String == "updated")
        #expect(updated.first?["name"] as? String == "投影仪 (会议室)")
    }
}

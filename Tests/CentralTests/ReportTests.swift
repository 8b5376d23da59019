import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Spreadsheet
import Testing

/// The centre's reports from office data, against both stores: the exact CSV bytes, and the
/// same cells read back from the workbook by Python's zipfile and XML parser.
@Suite("Central reports: consumption, count accuracy, visitors per day")
struct ReportTests {
    static let november: Int64 = 1_793_671_200_000  // 2026-11-03T02:00:00Z
    static let lastOfOctober: Int64 = 1_793_491_140_000  // 2026-10-31T23:59:00Z

    /// Two departments (one with a comma and quotes in its name), two items, pickups in
    /// November and one in October, a receipt, and one pickup against a requisition the centre
    /// never held (counted under the recipient's department).
    static func seededConsumption(_ kind: StoreKind) async throws -> StoreUnderTest {
        let under = try await StoreUnderTest.make(kind)
        let admin = CentralAdmin(store: under.store, admin: "李娜")
        try await admin.put(person: Person(badge: "100231", name: "张伟", department: "行政部", roles: [.employee]))
        try await admin.put(person: Person(badge: "100232", name: "李强", department: "财务部, \"二组\"", roles: [.employee]))
        try await admin.put(item: CentralAdminTests.paper)
        try await admin.put(item: Item(code: "PEN-GEL", barcodes: [], name: "中性笔", spec: "0.5mm", unit: "支", category: "文具", stock: 0, threshold: 5, bin: "B-1"))
        for (number, badge, department) in [("YPQ-2026-001", "100231", "行政部"), ("YPQ-2026-002", "100232", "财务部, \"二组\"")] {
            _ = try await admin.createRequisition(RequisitionDraft(
                number: number, department: department, requesterBadge: badge,
                lines: [.init(itemCode: "A4-70G", quantity: 20), .init(itemCode: "PEN-GEL", quantity: 5)]))
            _ = try await admin.approve(number)
        }
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        events.time = lastOfOctober
        let october = [events.stocked("A4-70G", 100), events.pickup("YPQ-2026-001", "A4-70G", 7)]
        events.time = november
        let batch = october + [
            events.pickup("YPQ-2026-001", "A4-70G", 10), events.pickup("YPQ-2026-001", "A4-70G", 5),
            events.pickup("YPQ-2026-001", "PEN-GEL", 3), events.pickup("YPQ-2026-002", "A4-70G", 4),
            events.pickup("YPQ-2025-OLD", "PEN-GEL", 1, recipient: "100232"),
        ]
        _ = try await under.store.push(batch, from: station)
        return under
    }

    static let consumptionCSV = #"""
        month,department,item_code,item_name,unit,quantity,pickups\#r
        2026-11,行政部,A4-70G,"A4复印纸, ""70g""",包,15,2\#r
        2026-11,行政部,PEN-GEL,中性笔,支,3,1\#r
        2026-11,"财务部, ""二组""",A4-70G,"A4复印纸, ""70g""",包,4,1\#r
        2026-11,"财务部, ""二组""",PEN-GEL,中性笔,支,1,1\#r

        """#

    @Test("Consumption: units picked up in the month by department and item, exact CSV bytes", arguments: StoreKind.allCases)
    func consumptionCSV(kind: StoreKind) async throws {
        let under = try await Self.seededConsumption(kind)
        let table = try await CentralReports(store: under.store).consumption(month: try ReportMonth("2026-11", timeZone: .gmt))
        #expect(Array(CSVWriter.document(table).utf8) == Array(Self.consumptionCSV.utf8))
        let october = try await CentralReports(store: under.store).consumption(month: try ReportMonth("2026-10", timeZone: .gmt))
        #expect(october.rows.count == 1)
        #expect(october.rows.first?[5] == .integer(7))
        #expect(try await CentralReports(store: under.store).consumption(month: try ReportMonth("2026-12", timeZone: .gmt)).rows.isEmpty)
    }

    @Test("Consumption by the office's calendar: 23:59 UTC on 31 October is 1 November in Taipei", arguments: StoreKind.allCases)
    func consumptionInTheOfficesTimeZone(kind: StoreKind) async throws {
        let under = try await Self.seededConsumption(kind)
        let taipei = try ReportMonth.timeZone(named: "Asia/Taipei")
        let november = try await CentralReports(store: under.store).consumption(month: try ReportMonth("2026-11", timeZone: taipei))
        let paper = try #require(november.rows.first { $0[1] == .text("行政部") && $0[2] == .text("A4-70G") })
        #expect(paper[5] == .integer(22))
        #expect(paper[6] == .integer(3))
        #expect(try await CentralReports(store: under.store).consumption(month: try ReportMonth("2026-10", timeZone: taipei)).rows.isEmpty)
        // The centre's own zone when none is named; an unknown name is refused, not read as UTC.
        #expect(try ReportMonth.timeZone(named: nil) == TimeZone.current)
        #expect(throws: CentralStoreError.self) { try ReportMonth.timeZone(named: "Asia/台北") }
    }

    @Test("Consumption as a workbook: the same cells, quantities as numbers", arguments: StoreKind.allCases)
    func consumptionWorkbook(kind: StoreKind) async throws {
        let under = try await Self.seededConsumption(kind)
        let table = try await CentralReports(store: under.store).consumption(month: try ReportMonth("2026-11", timeZone: .gmt))
        let folder = NSTemporaryDirectory() + "qm-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/consumption.xlsx"
        try Data(try SpreadsheetWriter.data(table)).write(to: URL(fileURLWithPath: path))
        let sheet = try #require(try WorkbookReader.read(path).sheets.first)
        #expect(sheet.name == "consumption")
        #expect(sheet.grid.map { $0.map { $0?.value ?? "" } } == Self.rows(Self.consumptionCSV))
        #expect(sheet["F2"]?.type == "n")
        #expect(sheet["B4"]?.type == "s")
    }

    @Test("Count accuracy: found, moved, missing, surplus and disposed per campaign, session and location", arguments: StoreKind.allCases)
    func countAccuracy(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let admin = CentralAdmin(store: under.store, admin: "李娜")
        try await admin.put(location: Location(code: "LOC-HQ", name: "总部"))
        try await admin.put(location: Location(code: "LOC-HQ-301", name: "301 会议室, \"大\"", parentCode: "LOC-HQ"))
        try await admin.put(location: Location(code: "LOC-HQ-302", name: "302 办公室", parentCode: "LOC-HQ"))
        for (tag, location, status) in [("FA-1", "LOC-HQ-301", AssetStatus.inUse), ("FA-2", "LOC-HQ-301", .inUse), ("FA-3", "LOC-HQ-302", .inUse),
                                        ("FA-4", "LOC-HQ-302", .idle), ("FA-5", "LOC-HQ-302", .disposed)] {
            try await admin.put(asset: Asset(tag: tag, name: "电脑 \(tag)", locationCode: location, status: status))
        }
        let day = CalendarDate(year: 2026, month: 11, day: 3)!
        try await admin.put(campaign: CountCampaign(id: "2026-Q4-总部", name: "2026年第四季度盘点", locations: ["LOC-HQ"], starts: day, ends: day.adding(days: 30)))
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        // The station names the campaign as it was when the count opened; the report says it
        // as the centre holds it now.
        let campaign = CountSession.Campaign(id: "2026-Q4-总部", name: "四季度盘点（旧名）")
        _ = try await under.store.push([
            events.countOpened(session: "CNT-20261103-7K2M9Q", locations: ["LOC-HQ-301", "LOC-HQ-302"], campaign: campaign),
            events.countScan(session: "CNT-20261103-7K2M9Q", tag: "FA-1", location: "LOC-HQ-301"),
            events.countScan(session: "CNT-20261103-7K2M9Q", tag: "FA-3", location: "LOC-HQ-301", outcome: .moved),
            events.countScan(session: "CNT-20261103-7K2M9Q", tag: "FA-9", location: "LOC-HQ-302", outcome: .surplus),
            events.countScan(session: "CNT-20261103-7K2M9Q", tag: "FA-5", location: "LOC-HQ-302", outcome: .disposed),
            events.countOpened(session: "CNT-20261104-AAAAAA", locations: ["LOC-HQ-302"]),
        ], from: station)
        let table = try await CentralReports(store: under.store).countAccuracy()
        #expect(CSVWriter.document(table) == #"""
            campaign,campaign_name,session,station,location,location_name,found,moved,missing,surplus,disposed\#r
            ,,CNT-20261104-AAAAAA,st-a,LOC-HQ-302,302 办公室,0,0,2,0,0\#r
            2026-Q4-总部,2026年第四季度盘点,CNT-20261103-7K2M9Q,st-a,LOC-HQ-301,"301 会议室, ""大""",1,1,1,0,0\#r
            2026-Q4-总部,2026年第四季度盘点,CNT-20261103-7K2M9Q,st-a,LOC-HQ-302,302 办公室,0,0,1,1,1\#r

            """#)
        let one = try await CentralReports(store: under.store).countAccuracy(session: "CNT-20261104-AAAAAA")
        #expect(one.rows.count == 1)
        let byCampaign = try await CentralReports(store: under.store).countAccuracy(campaign: "2026-Q4-总部")
        #expect(byCampaign.rows.count == 2)
        #expect(byCampaign.rows.allSatisfy { $0[2] == .text("CNT-20261103-7K2M9Q") })
    }

    @Test("Visitors per day: each visit once, in its last state, over every station", arguments: StoreKind.allCases)
    func visitors(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "前台", station: "st-a")
        let b = try await under.enrolled(name: "分部前台", station: "st-b", site: "分部")
        var onA = Events(station: "st-a")
        var onB = Events(station: "st-b")
        _ = try await under.store.push([
            onA.visit(1, "invited", status: "expected", date: "2026-11-20"), onA.visit(1, "signed_in", status: "on_site", date: "2026-11-20"),
            onA.visit(1, "signed_out", status: "left", date: "2026-11-20"), onA.visit(2, "signed_in", status: "on_site", date: "2026-11-20"),
            onA.visit(3, "invited", status: "expected", date: "2026-11-21"), onA.visit(3, "no_show", status: "no_show", date: "2026-11-21"),
            onA.visit(4, "invited", status: "expected", date: "2026-12-01"),
        ], from: a)
        _ = try await under.store.push([onB.visit(1, "refused", status: "refused", date: "2026-11-20")], from: b)
        let table = try await CentralReports(store: under.store).visitorsPerDay(month: try ReportMonth("2026-11", timeZone: .gmt))
        let csv = #"""
            date,visits,arrived,on_site,left,not_signed_out,no_show,refused,expected\#r
            2026-11-20,3,2,1,1,0,0,1,0\#r
            2026-11-21,1,0,0,0,0,1,0,0\#r

            """#
        #expect(CSVWriter.document(table) == csv)
        let folder = NSTemporaryDirectory() + "qm-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SpreadsheetWriter.write(table, to: folder + "/visitors.xlsx")
        let sheet = try #require(try WorkbookReader.read(folder + "/visitors.xlsx").sheets.first)
        #expect(sheet["A2"]?.date?.hasPrefix("2026-11-20") == true)  // a date, not text
        #expect(sheet["B2"]?.value == "3")
    }

    @Test("Visitors per day: a visitor the centre invited is one visit, however many receptions held the invite", arguments: StoreKind.allCases)
    func oneVisitPerInvite(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let lobby = try await under.enrolled(name: "一楼前台", station: "st-lobby")
        let tower = try await under.enrolled(name: "二号楼前台", station: "st-tower")
        _ = try await under.store.putReference(ReferenceUpdate(kind: .invite, key: "INV-7K2M9Q", site: "总部", body: #"{"code":"INV-7K2M9Q"}"#))
        _ = try await under.store.putReference(ReferenceUpdate(kind: .invite, key: "INV-9T5V6W", site: "总部", body: #"{"code":"INV-9T5V6W"}"#))
        var atLobby = Events(station: "st-lobby")
        var atTower = Events(station: "st-tower")
        // INV-7K2M9Q: signed in and out at the lobby; the tower's closing finds it unused.
        // INV-9T5V6W: nobody came. INV-LOCAL1: each desk's own invite, two visitors.
        _ = try await under.store.push([
            atLobby.visit(1, "invited", status: "expected", date: "2026-11-20", invite: "INV-7K2M9Q"),
            atLobby.visit(1, "signed_in", status: "on_site", date: "2026-11-20", invite: "INV-7K2M9Q"),
            atLobby.visit(1, "signed_out", status: "left", date: "2026-11-20", invite: "INV-7K2M9Q"),
            atLobby.visit(2, "invited", status: "expected", date: "2026-11-20", invite: "INV-9T5V6W"),
            atLobby.visit(2, "no_show", status: "no_show", date: "2026-11-20", invite: "INV-9T5V6W"),
            atLobby.visit(3, "signed_in", status: "on_site", date: "2026-11-20", invite: "INV-LOCAL1"),
        ], from: lobby)
        _ = try await under.store.push([
            atTower.visit(1, "invited", status: "expected", date: "2026-11-20", invite: "INV-7K2M9Q"),
            atTower.visit(1, "no_show", status: "no_show", date: "2026-11-20", invite: "INV-7K2M9Q"),
            atTower.visit(2, "invited", status: "expected", date: "2026-11-20", invite: "INV-9T5V6W"),
            atTower.visit(2, "no_show", status: "no_show", date: "2026-11-20", invite: "INV-9T5V6W"),
            atTower.visit(3, "signed_in", status: "on_site", date: "2026-11-20", invite: "INV-LOCAL1"),
            // Anonymised later, the payload has no code any more: the visit keeps the one it had.
            atTower.visit(1, "anonymised", status: "no_show", date: "2026-11-20"),
        ], from: tower)
        _ = try await under.store.push([atLobby.visit(1, "anonymised", status: "left", date: "2026-11-20")], from: lobby)  // a later batch too
        let table = try await CentralReports(store: under.store).visitorsPerDay(month: try ReportMonth("2026-11", timeZone: .gmt))
        #expect(CSVWriter.document(table) == "date,visits,arrived,on_site,left,not_signed_out,no_show,refused,expected\r\n2026-11-20,4,3,2,1,0,1,0,0\r\n")
        #expect(try await under.store.visit(station: "st-tower", number: 1)?.invite == "INV-7K2M9Q")
        #expect(try await under.store.visit(station: "st-lobby", number: 1)?.invite == "INV-7K2M9Q")
    }

    @Test("A month that is not YYYY-MM is refused with the form to use")
    func badMonth() {
        for text in ["2026-13", "2026-1", "11/2026", "", "2026-11-01"] {
            #expect(throws: CentralStoreError.self) { _ = try ReportMonth(text) }
        }
    }

    /// A CSV without quoted line ends, as rows of unquoted fields (for comparing with a sheet).
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\r\n").map { line in
            let characters = Array(line)
            var fields: [String] = []
            var field = ""
            var quoted = false
            var index = 0
            while index < characters.count {
                let character = characters[index]
                if quoted, character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else if !quoted, character == "\"" {
                    quoted = true
                } else if !quoted, character == "," {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
                index += 1
            }
            fields.append(field)
            return fields
        }
    }
}

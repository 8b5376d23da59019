import QuartermasterCore
import Storage
import Testing

/// What the kiosk looks up after a scan.
@Suite("Lookups")
struct LookupTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    init() throws { fixture = try StationFixture() }

    @Test(arguments: [("6901234567892", "A4-70"), ("A4-70", "A4-70"), ("PEN", "PEN")])
    func itemByBarcodeOrCode(scanned: String, code: String) throws {
        #expect(try database.item(barcode: scanned)?.code == code)
    }

    @Test func unknownThingsAreNil() throws {
        #expect(try database.item(barcode: "0000000000000") == nil)
        #expect(try database.item(code: "NOPE") == nil)
        #expect(try database.person(badge: "9999") == nil)
        #expect(try database.requisition(number: "NOPE") == nil)
        #expect(try database.requisitionDetail(number: "NOPE") == nil)
    }

    /// A requisition's lines come back in the order its file listed them, not by item code.
    @Test func linesKeepTheOrderTheyWereImportedIn() throws {
        _ = try database.importRequisitions(csv: """
            number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
            YPQ-2024-009,100232,IT,2024-03-01,notes,Manager Wu,approved,TONER,1,1
            YPQ-2024-009,100232,IT,2024-03-01,notes,Manager Wu,approved,PEN,1,1
            YPQ-2024-009,100232,IT,2024-03-01,notes,Manager Wu,approved,A4-70,1,1
            """, file: "more.csv", actorBadge: StationFixture.clerk, time: StationFixture.importTime)
        #expect(try database.requisition(number: "YPQ-2024-009")?.lines.map(\.itemCode) == ["TONER", "PEN", "A4-70"])
        #expect(try database.requisitionDetail(number: "YPQ-2024-009")?.requisition.lines.map(\.itemCode) == ["TONER", "PEN", "A4-70"])
    }

    @Test func requisitionDetailCarriesApplicantAndItems() throws {
        let detail = try #require(try database.requisitionDetail(number: "YPQ-2024-001"))
        #expect(detail.applicant?.name == "Zhang San")
        #expect(detail.requisition.lines.map(\.itemCode) == ["A4-70", "PEN"])
        #expect(detail.items["A4-70"]?.barcodes == ["6901234567892"])
        #expect(detail.items["PEN"]?.stock == 5)
        #expect(detail.requisition.date.description == "2024-03-01")
    }

    @Test func listsAreOrderedByKey() throws {
        #expect(try database.people().map(\.badge) == ["100231", "100232", "C01", "K01"])
        #expect(try database.items().map(\.code) == ["A4-70", "PEN", "TONER"])
        #expect(try database.requisitions().map(\.number) == ["YPQ-2024-001", "YPQ-2024-002", "YPQ-2024-003", "YPQ-2024-004"])
    }
}

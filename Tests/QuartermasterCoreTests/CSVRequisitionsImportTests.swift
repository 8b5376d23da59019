import QuartermasterCore
import Testing

/// Requisitions arrive one row per line; rows with one number make one requisition.
@Suite("CSV requisitions import")
struct CSVRequisitionsImportTests {
    static let header = "number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved\n"

    @Test func rowsWithOneNumberMakeOneRequisition() throws {
        let text = Self.header + """
            YPQ-2024-001,1001,General Affairs,2024-03-01,department printing,Manager Li,approved,A4-70,10,8
            YPQ-2024-002,1002,IT,2024-03-02,toner,Manager Wu,draft,TONER,1,0
            YPQ-2024-001,1001,General Affairs,2024-03-01,department printing,Manager Li,approved,PEN,2,2
            """
        let rows = try RequisitionsCSV.read(text, file: "requisitions.csv").records()
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows.first?.record.lineNumbers == [2, 4])
        #expect(rows.first?.record.requisition == Requisition(
            number: "YPQ-2024-001", applicantBadge: "1001", department: "General Affairs",
            date: CalendarDate(year: 2024, month: 3, day: 1)!, purpose: "department printing", approver: "Manager Li",
            status: .approved, lines: [
                RequisitionLine(itemCode: "A4-70", requested: 10, approved: 8),
                RequisitionLine(itemCode: "PEN", requested: 2, approved: 2),
            ]))
        #expect(rows.last?.record.requisition.status == .draft)
    }

    @Test func disagreeingRowIsReportedAtThatRow() {
        let text = Self.header + """
            YPQ-1,1001,General Affairs,2024-03-01,printing,Manager Li,approved,A4-70,10,8
            YPQ-1,1001,Finance,2024-03-01,printing,Manager Li,approved,PEN,2,2
            """
        let result = RequisitionsCSV.read(text, file: "requisitions.csv")
        #expect(result.errors.map(\.description) == [
            "requisitions.csv:3: column \"department\": \"Finance\" differs from \"General Affairs\" on line 2; every row of requisition YPQ-1 must give the same value",
        ])
        #expect(result.rows.isEmpty)
    }

    @Test func collectsEveryProblemInTheFile() {
        let text = Self.header + """
            YPQ-1,1001,GA,2024-3-1,printing,Li,approved,A4-70,10,8
            YPQ-2,1001,GA,2024-03-01,printing,Li,done,A4-70,10,8
            YPQ-3,1001,GA,2024-03-01,printing,Li,approved,A4-70,10,12
            YPQ-4,1001,GA,2024-03-01,printing,Li,approved,A4-70,10,8
            YPQ-4,1001,GA,2024-03-01,printing,Li,approved,A4-70,1,1
            ,1001,GA,2024-03-01,printing,Li,approved,A4-70,1,1
            YPQ-5,,GA,2024-03-01,printing,Li,approved,,x,1
            """
        let result = RequisitionsCSV.read(text, file: "requisitions.csv")
        #expect(result.errors.map { "\($0.line) \($0.column ?? "-")" } == [
            "2 date", "3 status", "4 qty_approved", "6 item_code", "7 number", "8 applicant_badge", "8 item_code", "8 qty_requested",
        ])
        #expect(result.rows.isEmpty)
    }

    @Test func rejectionReasonIsOptionalAndQtyPickedIsIgnored() throws {
        let text = "number,applicant_badge,department,date,purpose,approver,status,rejection_reason,item_code,qty_requested,qty_approved,qty_picked\n"
            + "YPQ-9,1001,GA,2024-03-01,party,Li,rejected,exceeds quarterly budget,CAKE,3,0,0\n"
        let requisition = try RequisitionsCSV.read(text, file: "requisitions.csv").records().first?.record.requisition
        #expect(requisition?.status == .rejected)
        #expect(requisition?.rejectionReason == "exceeds quarterly budget")
        #expect(requisition?.lines == [RequisitionLine(itemCode: "CAKE", requested: 3, approved: 0)])
    }

    @Test func exportReadsBack() throws {
        let requisition = Requisition(
            number: "YPQ-2024-001", applicantBadge: "1001", department: "General Affairs",
            date: CalendarDate(year: 2024, month: 3, day: 1)!, purpose: "printing, binding", approver: "Manager Li",
            status: .partlyPicked, lines: [
                RequisitionLine(itemCode: "A4-70", requested: 10, approved: 8, picked: 5),
                RequisitionLine(itemCode: "PEN", requested: 2, approved: 2, picked: 2),
            ])
        let back = try RequisitionsCSV.read(RequisitionsCSV.text([requisition]), file: "export.csv").records()
        var unpicked = requisition
        unpicked.lines = requisition.lines.map { RequisitionLine(itemCode: $0.itemCode, requested: $0.requested, approved: $0.approved) }
        #expect(back.map(\.record.requisition) == [unpicked])
    }
}

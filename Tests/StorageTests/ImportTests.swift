import Foundation
import QuartermasterCore
import Storage
import Testing

/// Imports are all or nothing, and report every problem with its line and column.
@Suite("Imports")
struct ImportTests {
    static let time = Date(timeIntervalSince1970: 1_709_366_400)
    static let itemsHeader = "code,barcodes,name,spec,unit,category,stock,threshold,bin\n"

    // MARK: All or nothing

    @Test func badRowInTheMiddleImportsNothing() throws {
        let fixture = try StationFixture(seeded: false)
        let text = Self.itemsHeader + """
            A4-70,6901234567892,A4 copy paper,70 g,pack,stationery,40,10,A-03-2
            PEN,,Gel pen,0.5 mm,box,stationery,9223372036854775807,4,A-01-1
            TONER,,Toner,HP 26A,piece,consumables,2,1,B-02-1
            """
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importItems(csv: text, file: "items.csv", actorBadge: "C01", time: Self.time)
        }
        guard case .file(let failure) = problem else {
            Issue.record("expected a file problem, got \(String(describing: problem))")
            return
        }
        #expect(failure.errors.count == 1)
        #expect(failure.errors.first?.line == 3)
        #expect(failure.errors.first?.column == "stock")
        #expect(failure.errors.first?.columnIndex == 7)
        #expect(failure.errors.first?.description
            == #"items.csv:3: column "stock": 9223372036854775807 is more than the station accepts (at most 1000000); check the figure"#)
        #expect(problem?.description.hasSuffix("Nothing was imported: correct the file and import it again.") == true)
        #expect(try fixture.database.items().isEmpty)
        #expect(try fixture.database.movements().isEmpty)
        #expect(try fixture.database.journal().isEmpty)
    }

    @Test func unknownReferencesAreReportedAtTheirRowsAndImportNothing() throws {
        let fixture = try StationFixture()
        let before = try fixture.snapshot()
        let text = """
            number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
            YPQ-2024-010,100231,General Affairs,2024-03-05,printing,Manager Li,approved,A4-70,5,5
            YPQ-2024-011,9999,General Affairs,2024-03-05,printing,Manager Li,approved,A4-70,5,5
            YPQ-2024-010,100231,General Affairs,2024-03-05,printing,Manager Li,approved,STAPLER,1,1
            YPQ-2024-012,100231,General Affairs,2024-03-05,printing,Manager Li,draft,A4-70,1,2
            """
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importRequisitions(csv: text, file: "requisitions.csv", actorBadge: "C01", time: Self.time)
        }
        guard case .file(let failure) = problem else {
            Issue.record("expected a file problem, got \(String(describing: problem))")
            return
        }
        #expect(failure.errors.map { "\($0.line) \($0.column ?? "-")" } == ["3 applicant_badge", "4 item_code", "5 qty_approved"])
        #expect(try fixture.snapshot() == before)
    }

    // MARK: Upserts

    @Test func peopleAreUpsertedAndCounted() throws {
        let fixture = try StationFixture()
        let summary = try fixture.database.importPeople(csv: 
            "badge,name,department,roles\n100231,Zhang San,Finance,employee;approver\n100232,Li Si,IT,employee\n100233,Sun Qi,IT,auditor\n",
            file: "people-2.csv", actorBadge: "C01", time: Self.time)
        #expect(summary == ImportSummary(file: "people-2.csv", count: 3, added: 1, updated: 1, unchanged: 1))
        #expect(try fixture.database.person(badge: "100231") == Person(badge: "100231", name: "Zhang San", department: "Finance", roles: [.employee, .approver]))
        #expect(try fixture.database.person(badge: "K01")?.roles == [.employee, .keeper])
        #expect(try fixture.database.people().count == 5)
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .peopleImported)
        // Every changed person with all their values, so the centre can replay the import.
        #expect(entry.payload == #"{"added":1,"count":3,"file":"people-2.csv","people":["#
            + #"{"active":true,"badge":"100231","change":"updated","department":"Finance","name":"Zhang San","roles":["approver","employee"]},"#
            + #"{"active":true,"badge":"100233","change":"added","department":"IT","name":"Sun Qi","roles":["auditor"]}"#
            + #"],"station":"hq-1","unchanged":1,"updated":1}"#)
    }

    @Test func leaverKeepsTheirRecordsAndLosesTheirBadge() throws {
        let fixture = try StationFixture()
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("PEN", 1)]))
        let summary = try fixture.database.importPeople(
            csv: "badge,name,department,roles,active\n100231,Zhang San,General Affairs,employee,no\n",
            file: "people-leavers.csv", actorBadge: "C01", time: Self.time)
        #expect(summary.updated == 1)
        #expect(try fixture.database.person(badge: "100231")?.active == false)
        #expect(try fixture.database.movements().contains { $0.recipientBadge == "100231" }, "their pickups stay")
    }

    @Test func itemsImportRecordsEveryStockChangeAsAMovement() throws {
        let fixture = try StationFixture()
        let initial = try fixture.database.movements()
        #expect(initial.map(\.itemCode) == ["A4-70", "PEN", "TONER"])
        #expect(initial.allSatisfy { $0.kind == .adjustment && $0.note == "initial stock (import items.csv)" })
        #expect(initial.map(\.quantity) == [40, 5, 2])

        let text = Self.itemsHeader + """
            A4-70,6901234567892,A4 copy paper,70 g,pack,stationery,35,10,A-03-2
            PEN,QM-PEN-1,Gel pen,0.5 mm black,box,stationery,5,4,A-01-1
            CLIP,,Paper clips,28 mm,box,stationery,0,2,A-01-2
            """
        let summary = try fixture.database.importItems(csv: text, file: "items-march.csv", actorBadge: "C01", time: Self.time, setStock: true)
        #expect(summary == ImportSummary(file: "items-march.csv", count: 3, added: 1, updated: 2, unchanged: 0))
        let later = try fixture.database.movements().dropFirst(3)
        #expect(Array(later) == [StockMovement(time: Self.time, kind: .adjustment, itemCode: "A4-70", quantity: -5, actorBadge: "C01",
                                               station: "hq-1", note: "stock set by import (items-march.csv)")])
        #expect(try fixture.database.item(code: "PEN")?.barcodes == ["QM-PEN-1"])
        #expect(try fixture.database.item(code: "CLIP")?.stock == 0)
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .itemsImported)
        #expect(entry.payload.contains(#""adjustments":[{"actorBadge":"C01","after":35,"before":40,"itemCode":"A4-70","quantity":-5"#))

        // The same file again changes nothing and records no movement.
        let again = try fixture.database.importItems(csv: text, file: "items-march.csv", actorBadge: "C01", time: Self.time, setStock: true)
        #expect(again == ImportSummary(file: "items-march.csv", count: 3, added: 0, updated: 0, unchanged: 3))
        #expect(try fixture.database.movements().count == 4)
    }

    @Test func itemsImportKeepsTheStationsStockByDefault() throws {
        let fixture = try StationFixture()
        let text = Self.itemsHeader + """
            A4-70,6901234567892,A4 copy paper (new name),70 g,pack,stationery,999,10,A-03-2
            """
        let summary = try fixture.database.importItems(csv: text, file: "items-stale.csv", actorBadge: "C01", time: Self.time)
        #expect(summary == ImportSummary(file: "items-stale.csv", count: 1, added: 0, updated: 1, unchanged: 0, stockKept: 1))
        let item = try #require(try fixture.database.item(code: "A4-70"))
        #expect(item.stock == 40, "a stale item list must not reset counted stock")
        #expect(item.name == "A4 copy paper (new name)")
        #expect(try fixture.database.movements().count == 3, "no adjustment is recorded")
    }

    @Test func barcodeOfAnotherItemIsRefusedAtItsRow() throws {
        let fixture = try StationFixture()
        let before = try fixture.snapshot()
        let text = Self.itemsHeader + "CLIP,,Paper clips,28 mm,box,stationery,0,2,\nPAD,6901234567892,Notepad,A5,piece,stationery,10,2,\n"
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importItems(csv: text, file: "items.csv", actorBadge: "C01", time: Self.time)
        }
        guard case .file(let failure) = problem else {
            Issue.record("expected a file problem")
            return
        }
        #expect(failure.errors.map(\.description) == [
            "items.csv:3: column \"barcodes\": barcode 6901234567892 already belongs to item A4-70; remove it there first, or list item A4-70 in this file without it",
        ])
        #expect(try fixture.snapshot() == before)
    }

    @Test func barcodeMovedBetweenItemsInTheSameFileIsFine() throws {
        let fixture = try StationFixture()
        let text = Self.itemsHeader + """
            A4-70,,A4 copy paper,70 g,pack,stationery,40,10,A-03-2
            A4-80,6901234567892,A4 copy paper,80 g,pack,stationery,0,5,A-03-3
            """
        _ = try fixture.database.importItems(csv: text, file: "items.csv", actorBadge: "C01", time: Self.time)
        #expect(try fixture.database.item(barcode: "6901234567892")?.code == "A4-80")
        #expect(try fixture.database.item(code: "A4-70")?.barcodes == [])
    }

    @Test func requisitionWithPickupsIsNotReplacedButTheSameFileMayComeAgain() throws {
        let fixture = try StationFixture()
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 3)]))

        let same = try fixture.database.importRequisitions(csv: StationFixture.requisitions, file: "requisitions.csv", actorBadge: "C01", time: Self.time)
        #expect(same == ImportSummary(file: "requisitions.csv", count: 4, added: 0, updated: 0, unchanged: 4))
        #expect(try fixture.database.requisition(number: "YPQ-2024-001")?.status == .partlyPicked)

        let before = try fixture.snapshot()
        let changed = StationFixture.requisitions.replacingOccurrences(of: "department printing,Manager Li,approved,A4-70,10,8", with: "department printing,Manager Li,approved,A4-70,10,10")
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importRequisitions(csv: changed, file: "requisitions.csv", actorBadge: "C01", time: Self.time)
        }
        guard case .file(let failure) = problem else {
            Issue.record("expected a file problem")
            return
        }
        #expect(failure.errors.map { "\($0.line) \($0.column ?? "-")" } == ["2 number"])
        #expect(failure.errors.first?.message.contains("cannot be replaced") == true)
        #expect(try fixture.snapshot() == before)
    }

    @Test func requisitionWithoutPickupsIsReplaced() throws {
        let fixture = try StationFixture()
        let text = """
            number,applicant_badge,department,date,purpose,approver,status,rejection_reason,item_code,qty_requested,qty_approved
            YPQ-2024-002,100232,IT,2024-03-01,spare toner,Manager Wu,rejected,exceeds quarterly budget,TONER,1,0
            """
        let summary = try fixture.database.importRequisitions(csv: text, file: "decisions.csv", actorBadge: "C01", time: Self.time)
        #expect(summary == ImportSummary(file: "decisions.csv", count: 1, added: 0, updated: 1, unchanged: 0))
        let requisition = try #require(try fixture.database.requisition(number: "YPQ-2024-002"))
        #expect(requisition.status == .rejected)
        #expect(requisition.rejectionReason == "exceeds quarterly budget")
        #expect(requisition.lines == [RequisitionLine(itemCode: "TONER", requested: 1, approved: 0)])
    }
}

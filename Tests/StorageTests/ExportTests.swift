import Foundation
import QuartermasterCore
import Storage
import Testing

/// Exports are CSV text for the office's spreadsheets, taken from one consistent snapshot.
@Suite("Exports")
struct ExportTests {
    let fixture: StationFixture
    init() throws {
        fixture = try StationFixture()
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 5), ("PEN", 2)]))
    }

    @Test func movementsExportListsEveryMovement() throws {
        let table = try CSVTable.parse(try fixture.database.exportMovements(), file: "movements.csv")
        #expect(table.header == MovementsCSV.columns)
        #expect(table.rows.count == 5)
        #expect(table.rows.last?.fields == ["2024-03-01T14:00:00Z", "pickup", "PEN", "-2", "YPQ-2024-001", "K01", "100231", "hq-1", ""])
    }

    @Test func stockExportFlagsWhatToReorder() throws {
        let table = try CSVTable.parse(try fixture.database.exportStock(), file: "stock.csv")
        #expect(table.rows.map { [$0.fields[0], $0.fields[5], $0.fields[8]] } == [["A4-70", "35", "no"], ["PEN", "3", "yes"], ["TONER", "2", "no"]])
    }

    @Test func requisitionsExportShowsPickedAndReimportsUnchanged() throws {
        let text = try fixture.database.exportRequisitions()
        let table = try CSVTable.parse(text, file: "requisitions.csv")
        #expect(table.header == RequisitionsCSV.exportColumns)
        #expect(table.rows.first?.fields == [
            "YPQ-2024-001", "100231", "General Affairs", "2024-03-01", "department printing", "Manager Li", "partly_picked",
            "A4-70", "10", "8", "", "5",
        ])
        let summary = try fixture.database.importRequisitions(csv: text, file: "requisitions.csv", actorBadge: "C01", time: .now)
        #expect(summary.unchanged == 4)
    }

    /// Plain UTF-8 for scripts by default; the byte order mark only for Excel, on request.
    @Test func exportsArePlainUTF8UnlessAByteOrderMarkIsAskedFor() throws {
        for text in [try fixture.database.exportStock(), try fixture.database.exportMovements(), try fixture.database.exportRequisitions()] {
            #expect(Array(text.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
            #expect(text.hasPrefix("code,") || text.hasPrefix("time,") || text.hasPrefix("number,"))
        }
        for text in [try fixture.database.exportStock(byteOrderMark: true), try fixture.database.exportMovements(byteOrderMark: true),
                     try fixture.database.exportRequisitions(byteOrderMark: true)] {
            #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        }
    }
}

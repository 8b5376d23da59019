import Foundation
import Testing

/// What a whole pickup of YPQ-2024-001 (the sequence of `wholePickupInATerminal`) leaves in the
/// station database and the slip folder, checked the same way whichever input drove the kiosk.
enum PickupChecks {
    /// A recording made by ScanningTests (`EvdevFixtureTests`): the pickup's scans typed by a
    /// scanner set to the German layout.
    static var germanPickupRecording: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ScanningTests/Fixtures/kiosk-pickup-de.evemu").path
    }

    static func expectPickupRecorded(data: String) throws {
        let db = data + "/station.sqlite"
        #expect(try Harness.sql(db, "select stock from item where code='ITM-PAPER'") == "34")
        #expect(try Harness.sql(db, "select stock from item where code='ITM-PEN'") == "18")
        #expect(try Harness.sql(db, "select stock from item where code='ITM-TONER'") == "0")
        #expect(try Harness.sql(db, "select status from requisition where number='YPQ-2024-001'") == "partly_picked")
        #expect(try Harness.sql(db, "select group_concat(item_code || ':' || picked, ' ') from (select * from requisition_line order by item_code)")
                == "ITM-PAPER:6 ITM-PEN:2 ITM-TONER:1")
        #expect(try Harness.sql(db, """
            select group_concat(item_code || ':' || quantity || ':' || recipient_badge || ':' || actor_badge || ':' || station, ' ')
            from (select * from stock_movement where kind='pickup' order by item_code)
            """) == "ITM-PAPER:-6:E2001:E1001:E2E ITM-PEN:-2:E2001:E1001:E2E ITM-TONER:-1:E2001:E1001:E2E")
        #expect(try Harness.sql(db, "select count(*) from journal where kind='pickup.confirmed' and json_extract(payload, '$.requisitionNumber')='YPQ-2024-001'") == "1")
        #expect(try Harness.sql(db, "select count(*) from stock_movement m join journal j on j.id = m.journal_id where m.kind='pickup' and j.kind='pickup.confirmed'") == "3")
        #expect(try Harness.sql(db, "select group_concat(json_extract(payload, '$.itemCode')) from journal where kind='replenishment.requested'") == "ITM-PAPER,ITM-TONER")

        let slips = try FileManager.default.contentsOfDirectory(atPath: data + "/out").filter { $0.hasSuffix(".pdf") }
        #expect(slips.count == 1)
        #expect(slips.first?.hasPrefix("YPQ-2024-001-") == true)
    }
}

import Foundation
import Testing

/// "A restart loses nothing" for the paper: the slip is owed in the pickup's transaction, so a
/// slip that could not be written is written when the station starts again, once; a reprint is
/// a new slip, journalled with who asked.
@Suite struct SlipOwedEndToEndTests {
    @Test func aSlipThatCouldNotBeWrittenIsWrittenAtTheNextStartAndCanBeReprinted() throws {
        let data = try Harness.temporaryFolder("slip-owed")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let db = data + "/station.sqlite"
        // A file where the slip folder should be: the slip cannot be saved.
        try Harness.write("not a folder", to: data + "/out")
        try Harness.write("E1001\nYPQ-2024-001\n6901234000030\nE2001\n", to: data + "/session.txt")

        let first = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/session.txt", "--language", "en"])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Recorded: YPQ-2024-001 collected by 张三."), "\(first.output)")
        #expect(first.output.contains("Slip: The pickup slip could not be saved"), "\(first.output)")
        #expect(try Harness.sql(db, "select json_extract(j.payload, '$.requisitionNumber') || ':' || o.attempts from slip_owed o join journal j on j.id = o.id where j.kind = 'pickup.confirmed'") == "YPQ-2024-001:1",
                "the slip is owed by the pickup's own journal entry")
        #expect(try Harness.sql(db, "select count(*) from slip") == "0")

        try FileManager.default.removeItem(atPath: data + "/out")
        let restart = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", "/dev/null", "--language", "en"])
        #expect(restart.status == 0, "\(restart.error)")
        let owed = restart.output.split(separator: "\n").filter { $0.hasPrefix("Slip owed for YPQ-2024-001: ") }
        #expect(owed.count == 1, "\(restart.output)")
        let path = try #require(owed.first.map { String($0.dropFirst("Slip owed for YPQ-2024-001: ".count)) })
        #expect(path.hasPrefix(data + "/out/YPQ-2024-001-") && path.hasSuffix(".pdf"), "\(path)")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try Harness.sql(db, "select state || ':' || requisition_number || ':' || attempts || ':' || json_extract(content, '$.recipientName') from slip") == "produced:YPQ-2024-001:1:张三")
        #expect(try Harness.sql(db, "select count(*) from slip_owed") == "0")

        let again = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", "/dev/null", "--language", "en"])
        #expect(!again.output.contains("Slip owed"), "produced once: \(again.output)")

        let reprint = try Harness.run(Harness.binary, ["slip", "reprint", "YPQ-2024-001", "--by", "E1001", "--data", data])
        #expect(reprint.status == 0, "\(reprint.error)")
        #expect(reprint.output.contains("Reprint for YPQ-2024-001: \(data)/out/YPQ-2024-001-"), "\(reprint.output)")
        #expect(reprint.output.contains("-reprint-"), "\(reprint.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/out").filter { $0.hasSuffix(".pdf") }.count == 2)
        #expect(try Harness.sql(db, "select actor from journal where kind = 'slip.reprinted'") == "E1001")
        #expect(try Harness.sql(db, "select count(*) from slip where state = 'produced' and reprint_of is not null") == "1")

        let unknown = try Harness.run(Harness.binary, ["slip", "reprint", "YPQ-2024-999", "--data", data])
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("Requisition YPQ-2024-999 is not at this station"), "\(unknown.error)")
    }
}

import Foundation
import QuartermasterCore
import Storage
import Testing

/// "Recorded" on the kiosk screen must mean on the disk: every commit syncs the WAL
/// (`synchronous = FULL`). GRDB's pool switches its writer to NORMAL when it sets up WAL, after
/// any `prepareDatabase` hook, so the setting is checked where it matters: on the writer, and
/// in the system calls of a real kiosk.
@Suite("Durability")
struct DurabilityTests {
    @Test func theWriterRunsAtSynchronousFull() throws {
        let fixture = try StationFixture()
        #expect(try fixture.database.synchronousLevel() == 2)
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 1)]))
        #expect(try fixture.database.synchronousLevel() == 2)
        try fixture.reopen()
        #expect(try fixture.database.synchronousLevel() == 2)
    }

    /// Three pickups confirmed by the real binary under `strace`: the WAL is synced at least
    /// once per pickup. A checkpoint (at close, whatever the setting) syncs the WAL and then the
    /// database file, so each sync of the database file cancels one of the WAL's: at NORMAL
    /// the count is 0, at FULL one per commit.
    @Test func everyConfirmedPickupSyncsTheWAL() throws {
        let strace = try ChildProgram.which("strace")
        let binary = try ChildProgram.quartermaster()
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("qm-durability-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let database = try StationDatabase(path: data + "/station.sqlite", stationID: "DURABLE")
        try database.importPeople(csv: Self.people, file: "people.csv", actorBadge: "C01", time: StationFixture.importTime)
        try database.importItems(csv: Self.items, file: "items.csv", actorBadge: "C01", time: StationFixture.importTime)
        try database.importRequisitions(csv: Self.requisitions, file: "requisitions.csv", actorBadge: "C01", time: StationFixture.importTime)
        try database.close()

        let pickups = 3
        var script = "E1001\n"
        for number in 1...pickups { script += "YPQ-2024-00\(number)\n6901234000016\nE2001\n" }
        try script.write(toFile: data + "/session.txt", atomically: true, encoding: .utf8)
        let trace = data + "/strace.txt"
        let run = try ChildProgram.run(strace, [
            "-f", "-y", "-e", "trace=fsync,fdatasync", "-o", trace,
            binary, "kiosk", "--data", data, "--station", "DURABLE", "--script", data + "/session.txt", "--language", "en",
        ])
        #expect(run.status == 0, "kiosk --script under strace failed: \(run.error)")
        let after = try StationDatabase(path: data + "/station.sqlite", stationID: "DURABLE")
        #expect(try after.movements().filter { $0.kind == .pickup }.count == pickups, "the kiosk said:\n\(run.output)")
        try after.close()

        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").filter { !$0.contains("= -1") }
        #expect(!lines.isEmpty, "strace recorded nothing: can it trace here?")
        let walSyncs = lines.filter { $0.contains("/station.sqlite-wal>") }.count
        let databaseSyncs = lines.filter { $0.contains("/station.sqlite>") }.count
        #expect(walSyncs - databaseSyncs >= pickups,
                "\(pickups) confirmed pickups: \(walSyncs) syncs of the WAL, \(databaseSyncs) of the database file (checkpoints):\n\(lines.joined(separator: "\n"))")
    }

    static let people = """
        badge,name,department,roles
        E1001,王库管,Storeroom,keeper
        E2001,张三,General Affairs,employee
        """
    static let items = """
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        ITM-PAPER,6901234000016,A4 复印纸,70 g,pack,stationery,40,5,A-01
        """
    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        YPQ-2024-001,E2001,General Affairs,2024-03-01,printing,Manager Li,approved,ITM-PAPER,1,1
        YPQ-2024-002,E2001,General Affairs,2024-03-01,printing,Manager Li,approved,ITM-PAPER,1,1
        YPQ-2024-003,E2001,General Affairs,2024-03-01,printing,Manager Li,approved,ITM-PAPER,1,1
        """
}

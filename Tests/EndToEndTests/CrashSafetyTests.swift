import Foundation
import QuartermasterTesting
import Testing

/// SIGKILL in the middle of confirmed pickups: every pickup is in the database whole, or not
/// at all. The kiosk runs a long script of pickups; it is killed at random moments, checked,
/// and started again on the same database.
@Suite struct CrashSafetyTests {
    static let requisitionCount = 400

    /// The requisitions, in script order, with the units of item A each approves.
    static let requisitions: [(number: String, a: Int)] = (1...requisitionCount).map { n in
        ("YPQ-2025-\(String(1000 + n).suffix(3 + (n >= 1000 ? 1 : 0)))", n % 5 + 1)
    }

    /// The keeper's work from here: sign in, drop a pickup a restart brought back (its kept
    /// scans would otherwise be confirmed by the next block's recipient badge, one pickup in two
    /// parts), then every requisition not yet picked up, whole.
    static func script(remaining: Set<String>) -> String {
        var script = "E1001\n@cancel\n"
        for (number, a) in requisitions where remaining.contains(number) {
            script += "\(number)\n\(a)\n6901234000016\n6901234000030\n6901234000030\nE2001\n"
        }
        return script
    }

    static func csv() -> (people: String, items: String, requisitions: String) {
        let items = """
            code,barcodes,name,spec,unit,category,stock,threshold,bin
            ITM-A,6901234000016,Paper,70 g,pack,stationery,5000,100,A-01
            ITM-B,6901234000030,Pens,0.5 mm,box,stationery,5000,100,A-02

            """
        var csv = "number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved\n"
        for (number, a) in requisitions {
            csv += "\(number),E2001,General Affairs,2025-01-02,test,Manager Li,approved,ITM-A,\(a),\(a)\n"
            csv += "\(number),E2001,General Affairs,2025-01-02,test,Manager Li,approved,ITM-B,2,2\n"
        }
        return (Storeroom.people, items, csv)
    }

    /// The invariants a crash must never break, as SQL that counts violations.
    static let violations: [(String, String)] = [
        ("a line's picked units differ from its pickup movements", """
            select count(*) from requisition_line l where l.picked <> coalesce((select -sum(quantity) from stock_movement m
              where m.kind = 'pickup' and m.requisition_number = l.requisition_number and m.item_code = l.item_code), 0)
            """),
        ("a requisition is half picked (one line picked, the other not)", """
            select count(*) from requisition r where (select count(distinct picked > 0) from requisition_line where requisition_number = r.number) > 1
            """),
        ("a status does not match the picked lines", """
            select count(*) from requisition r where r.status <> case
              when (select sum(picked) from requisition_line where requisition_number = r.number) = 0 then 'approved'
              when (select sum(picked = approved) from requisition_line where requisition_number = r.number) = 2 then 'picked_up'
              else 'partly_picked' end
            """),
        ("a pickup has no journal event, or more than one", """
            select count(*) from requisition r where (select count(*) from journal j where j.kind = 'pickup.confirmed'
              and json_extract(j.payload, '$.requisitionNumber') = r.number) <> (case when r.status = 'approved' then 0 else 1 end)
            """),
        ("stock differs from the sum of its movements", """
            select count(*) from item i where i.stock <> (select coalesce(sum(quantity), 0) from stock_movement m where m.item_code = i.code)
            """),
        ("station sequence numbers have a gap", """
            select count(*) from (select max(sequence) - min(sequence) + 1 - count(*) as gap from journal group by station) where gap <> 0
            """),
    ]

    /// Every kill lands in the middle of the work: a round waits until the kiosk has reported
    /// a random number of new pickups, then kills it at once, while it works on the next one.
    /// After each kill the invariants hold and nothing recorded is lost; a last run without a
    /// kill finishes the script, and then every requisition is picked up exactly once.
    @Test func sigkillDuringPickupsLeavesEachWholeOrAbsent() throws {
        let data = try Harness.temporaryFolder("crash")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let files = Self.csv()
        try Harness.importAll(data: data, people: files.people, items: files.items, requisitions: files.requisitions)
        let db = data + "/station.sqlite"
        let seed = UInt64.random(in: 0...UInt64.max)
        var generator = SplitMix64(seed: seed)

        var previous = 0
        for round in 1...6 {
            let wanted = Int.random(in: 1...25, using: &generator)
            let kiosk = try Self.startKiosk(data: data, script: try Self.remainingScript(db))
            let seen = Self.readRecorded(kiosk, until: wanted)
            let wasRunning = !kiosk.hasEnded
            let status = kiosk.kill(SIGKILL)
            #expect(seen == wanted, "round \(round) (seed \(seed)): the kiosk reported \(seen) pickups, not \(wanted), before it stopped")
            #expect(wasRunning && status == 128 + SIGKILL,
                    "round \(round) (seed \(seed)): the kill must land while the kiosk runs")

            #expect(try Harness.sql(db, "pragma integrity_check") == "ok")
            for (what, query) in Self.violations {
                #expect(try Harness.sql(db, query) == "0", "round \(round) (seed \(seed)): \(what)")
            }
            let done = Int(try Harness.sql(db, "select count(*) from requisition where status <> 'approved'")) ?? -1
            // What the screen reported as recorded is in the database: the kill cannot undo it.
            #expect(done >= previous + seen, "round \(round) (seed \(seed)): \(done) pickups recorded, \(previous) before and \(seen) reported since")
            #expect(done < Self.requisitionCount, "round \(round): the script must not be finished yet")
            previous = done
        }

        // Unkilled, the script runs to its end: every requisition once, nothing twice.
        let last = try Self.startKiosk(data: data, script: try Self.remainingScript(db))
        _ = Self.readRecorded(last, until: Int.max)
        #expect(last.wait() == 0)
        for (what, query) in Self.violations {
            #expect(try Harness.sql(db, query) == "0", "after the last run: \(what)")
        }
        #expect(try Harness.sql(db, "select count(*) from requisition where status = 'picked_up'") == "\(Self.requisitionCount)")
        #expect(try Harness.sql(db, "select count(*) from journal where kind = 'pickup.confirmed'") == "\(Self.requisitionCount)")
        #expect(try Harness.sql(db, "select count(*) from stock_movement where kind = 'pickup'") == "\(2 * Self.requisitionCount)")
    }

    static func remainingScript(_ db: String) throws -> String {
        let remaining = try Harness.sql(db, "select number from requisition where status = 'approved'")
        return script(remaining: Set(remaining.split(separator: "\n").map(String.init)))
    }

    /// The kiosk on a pickup script, its standard output in a file. Through `SpawnedProcess`
    /// (posix_spawn, waitpid), not Foundation's `Process`, whose wait can miss a child's end
    /// and hang the test run.
    static func startKiosk(data: String, script: String) throws -> SpawnedProcess {
        try Harness.write(script, to: data + "/pickups.txt")
        return try SpawnedProcess(
            Harness.binary,
            ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/pickups.txt", "--language", "en", "--print-wait", "0"])
    }

    /// Reads the kiosk's messages (each on a line of its own, written as it happens) until
    /// `count` pickups were reported recorded or the kiosk ended; returns how many were, at most
    /// `count`.
    static func readRecorded(_ kiosk: SpawnedProcess, until count: Int) -> Int {
        while true {
            let ended = kiosk.hasEnded
            let recorded = kiosk.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .filter { $0.hasPrefix("Recorded: ") }.count
            if recorded >= count || ended { return min(recorded, count) }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }
}

import Central
import CentralServer
import Foundation
import QuartermasterCore
import Storage
import Sync
import Testing

/// Batches sized by bytes as well as by count: a backlog of large imports still drains, and
/// the station never journals an entry the centre could not take, so a sync cannot be stuck on
/// a batch refused (413) on every retry.
@Suite struct BatchBytesTests {
    /// A people file of `count` rows with long Chinese names, departments with commas and
    /// quotes, and digit badges: its `people.imported` entry grows about 150 bytes a row.
    static func people(_ count: Int, from first: Int) -> String {
        var csv = "badge,name,department,roles\n"
        for index in first..<(first + count) {
            csv += "\(300_000 + index),欧阳·\(index)号 同事,\"行政部, 总务组 \"\"一楼\"\"\",employee\n"
        }
        return csv
    }

    static let limit = 16 << 10

    /// Whether an import of `rows` people is accepted (false: refused as too large to send).
    static func imports(_ station: SyncStation, _ rows: Int) throws -> Bool {
        do {
            _ = try station.database.importPeople(csv: people(rows, from: 0), file: "全员.csv", actorBadge: SyncStation.clerk, time: Date())
            return true
        } catch {
            guard case .station(let problem) = error, problem.kind == .invalidInput, problem.message.contains("too large") else { throw error }
            return false
        }
    }

    @Test func aBacklogOfLargeImportsDrainsInBatchesUnderTheCentresLimit() async throws {
        let centre = try await CentreFixture.start(maxBodyBytes: Self.limit)
        defer { centre.remove() }
        let station = try SyncStation(journalEntryLimit: Self.limit)
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("五楼库房"))
        // Twelve imports of 60 rows: each entry about 9 KB, twelve far above the 16 KB limit.
        for file in 0..<12 {
            _ = try station.database.importPeople(
                csv: Self.people(60, from: file * 60), file: "人员-\(file).csv", actorBadge: SyncStation.clerk, time: Date())
        }
        try station.receive(30)
        let events = try station.database.syncEvents(after: 0, limit: .max)
        #expect(PushRequest(events: events).json().count > 4 * Self.limit)

        let report = try await SyncRun(database: station.database, batchSize: 1_000, batchBytes: Self.limit).run()
        let ids = try station.journalIDs()
        #expect(report.acknowledged == Int64(ids.count))
        #expect(report.sent == ids.count)
        #expect(Reconciliation(station: ids, centre: try await centre.storedEvents(station.id)).isExact)
        #expect(try station.database.syncBacklog().count == 0)
        await centre.stop()
    }

    /// A centre from before batches of 5,000 takes 1,000 at a time and refuses more (413): the
    /// station sends the same events again in halves, and everything arrives exactly once.
    @Test func aCentreThatTakesFewerEventsPerBatchGetsThemInHalves() async throws {
        let centre = try await CentreFixture.start(maxBatch: 1_000)
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("老中心的库房"))
        try station.backfillJournal(2_600)
        let ids = try station.journalIDs()
        #expect(ids.count > 2 * 1_000)

        let run = SyncRun(database: station.database)
        let report = try await run.run()
        #expect(report.acknowledged == Int64(ids.count))
        #expect(report.sent == ids.count)  // the refused batches are not counted as sent
        #expect(report.tooLarge == 2, "\(ids.count) events, then half of them, were refused; a quarter went")
        #expect(Reconciliation(station: ids, centre: try await centre.storedEvents(station.id)).isExact)
        #expect(try station.database.syncBacklog().count == 0)

        // The run's next pass (the sync client's, 15 s later) starts at the size the centre
        // took, and is refused nothing on the way.
        try station.backfillJournal(2_600)
        let more = try await run.run()
        #expect(more.tooLarge == 0)
        #expect(more.acknowledged == Int64(try station.journalIDs().count))
        #expect(Reconciliation(station: try station.journalIDs(), centre: try await centre.storedEvents(station.id)).isExact)
        await centre.stop()
    }

    @Test func anImportTooLargeToSendIsRefusedWithNothingWrittenAndTheLargestAcceptedOneDrains() async throws {
        let centre = try await CentreFixture.start(maxBodyBytes: Self.limit)
        defer { centre.remove() }
        let station = try SyncStation(journalEntryLimit: Self.limit)
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("六楼库房"))
        let journalBefore = try station.journalIDs()

        // 150 rows: about 22 KB of entry, more than the centre reads in one body.
        var refusal: ImportProblem?
        do {
            _ = try station.database.importPeople(csv: Self.people(150, from: 0), file: "全员.csv", actorBadge: SyncStation.clerk, time: Date())
        } catch {
            refusal = error
        }
        guard case .station(let problem) = try #require(refusal) else {
            Issue.record("expected the station's refusal, got \(String(describing: refusal))")
            return
        }
        #expect(problem.kind == .invalidInput)
        #expect(problem.message.contains("too large"))
        #expect(problem.advice.contains("Split the file"))
        #expect(try station.journalIDs() == journalBefore)
        #expect(try station.database.person(badge: "300000") == nil)

        // The largest file in steps of 5 rows that is accepted: its entry is near the limit.
        var rows = 150
        var accepted = false
        while !accepted, rows > 5 {
            rows -= 5
            accepted = try Self.imports(station, rows)
        }
        #expect(accepted)
        let largest = try #require(try station.database.syncEvents(after: 0, limit: .max).last)
        #expect(largest.kind == JournalEventKind.peopleImported.rawValue)
        #expect(PushRequest.bodyBytes(of: largest) <= Self.limit)
        #expect(PushRequest.bodyBytes(of: largest) > Self.limit * 9 / 10)

        // Sent in batches of the limit: it goes alone, the largest body the centre takes.
        let report = try await SyncRun(database: station.database, batchBytes: Self.limit).run()
        #expect(report.acknowledged == Int64(try station.journalIDs().count))
        #expect(Reconciliation(station: try station.journalIDs(), centre: try await centre.storedEvents(station.id)).isExact)
        await centre.stop()
    }

    @Test func aCentreReadingLessThanTheStationSendsIsNamedNotRetriedSilently() async throws {
        // A centre configured with a smaller body limit than the station's journal allows.
        let centre = try await CentreFixture.start(maxBodyBytes: 4 << 10)
        defer { centre.remove() }
        let station = try SyncStation(journalEntryLimit: Self.limit)
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("七楼库房"))
        _ = try station.database.importPeople(csv: Self.people(50, from: 0), file: "人员.csv", actorBadge: SyncStation.clerk, time: Date())
        let failure = await syncFailure { _ = try await SyncRun(database: station.database).run() }
        let refused = try #require(failure)
        #expect(refused.kind == .refused(status: 413))
        #expect(refused.message.contains("larger than the centre reads"))
        let lastError: String = try #require(try station.database.syncLink()?.lastError)
        #expect(lastError.contains("413"))
        await centre.stop()
    }

    @Test func theDefaultsFitTogether() throws {
        // What the product runs with: the centre reads every entry a station may journal, and
        // the station's batches stay within it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-defaults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = CentralServer(store: try SQLiteCentralStore(path: folder.appendingPathComponent("central.sqlite").path))
        let station = try SyncStation()
        #expect(station.database.journalEntryLimit <= server.maxBodyBytes)
        #expect(SyncRun(database: station.database).batchBytes <= server.maxBodyBytes)
    }
}

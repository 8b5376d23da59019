import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Testing

/// What goes wrong between a station and its centre, and that every fact still arrives
/// exactly once: the centre down for a long backlog, batches resent and out of order, the
/// link cut in the middle of an answer.
@Suite struct FaultTests {
    @Test func aBacklogOf100000EventsWithTheCentreDownArrivesExactlyOnceWhenItIsBack() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("分部库房"))
        await centre.stop()

        try station.backfillJournal(100_000)
        try station.receive(3)
        let down = await failure { _ = try await SyncRun(database: station.database).run() }
        #expect(down?.kind == .offline)
        #expect(try station.database.syncBacklog().count == 100_000 + 3 + 2)

        let back = try await centre.restarted()
        let report = try await SyncRun(database: station.database).run()
        let ids = try station.journalIDs()
        #expect(report.acknowledged == Int64(ids.count))
        let stored = try await back.storedEvents(station.id)
        let reconciliation = Reconciliation(station: ids, centre: stored)
        #expect(reconciliation.isExact, "\(reconciliation)")
        #expect(stored.count == 100_005)
        await back.stop()
    }

    @Test func duplicatedAndReorderedBatchesAreStoredOnce() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("分部库房"))
        try station.receive(28)
        let token = try #require(try station.database.syncLink()?.token)
        let connection = CentreConnection(centreURL: centre.url, token: token)
        let events = try station.database.syncEvents(after: 0, limit: 100)
        let first = Array(events[0..<10]), second = Array(events[10..<20]), third = Array(events[20...])

        #expect(try await connection.push(first).acknowledged == 10)
        #expect(try await connection.push(first).acknowledged == 10)  // resent whole: nothing new
        let early = await failure { _ = try await connection.push(third) }  // ahead of the mark: a gap
        #expect(early?.kind == .gap(PushGap(acknowledged: 10, received: 21)))
        #expect(try await connection.push(second.reversed()).acknowledged == 20)  // reordered inside
        #expect(try await connection.push(Array(events[15..<30])).acknowledged == 30)  // overlapping the mark
        #expect(try await connection.push(third + first).acknowledged == 30)

        let reconciliation = Reconciliation(station: events.map(\.id), centre: try await centre.storedEvents(station.id))
        #expect(reconciliation.isExact, "\(reconciliation)")
        await centre.stop()
    }

    @Test func aLinkCutInTheMiddleOfEachAnswerLosesAndDuplicatesNothing() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let proxy = try DroppingProxy(upstreamPort: centre.port)
        defer { proxy.stop() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: "http://127.0.0.1:\(proxy.port)", code: try await centre.addStation("分部库房"))
        try station.receive(150)

        // Each pass asks for the centre's mark (answer 1), then pushes batches of 7: one of the
        // first pushes' answers is cut part-way (its head, or inside it). The centre stored the
        // batch, the station never heard so, and its next pass must pick up from the centre's
        // mark instead of losing or repeating anything.
        var generator = SplitMix64(seed: 10)
        let passes = 6
        for pass in 1...passes {
            let stored = try await centre.storedEvents(station.id).count
            proxy.cutAnswer(Int.random(in: 2...4, using: &generator), after: Int.random(in: 0...100, using: &generator))
            let cut = await failure { _ = try await SyncRun(database: station.database, batchSize: 7).run() }
            #expect(cut?.kind == .offline, "pass \(pass)")
            #expect(proxy.cuts == pass)
            // The cut answer was a push's: the centre holds more than the station has heard.
            let now = try await centre.storedEvents(station.id).count
            #expect(now > stored, "pass \(pass): the centre stored nothing new")
            #expect(Int64(now) > (try station.database.syncLink()?.acknowledged ?? 0), "pass \(pass): the station heard the cut answer")
        }
        proxy.stopCutting()
        let report = try await SyncRun(database: station.database, batchSize: 7).run()
        let ids = try station.journalIDs()
        #expect(report.acknowledged == Int64(ids.count))
        #expect(proxy.cuts == passes)
        let reconciliation = Reconciliation(station: ids, centre: try await centre.storedEvents(station.id))
        #expect(reconciliation.isExact, "\(reconciliation)")
        await centre.stop()
    }

    private func failure(_ body: () async throws -> Void) async -> SyncFailure? {
        do {
            try await body()
            return nil
        } catch let failure as SyncFailure {
            return failure
        } catch {
            Issue.record("expected a SyncFailure, got \(error)")
            return nil
        }
    }
}

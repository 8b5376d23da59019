import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Testing

/// What goes wrong between a station and its centre, and that every fact still arrives
/// exactly once: the centre down for a long backlog, batches resent and out of order, the
/// link cut in the middle of an answer or a request.
@Suite struct FaultTests {
    @Test func aBacklogOf100000EventsWithTheCentreDownArrivesExactlyOnceWhenItIsBack() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("分部库房"))
        await centre.stop()

        try station.backfillJournal(100_000)
        try station.receive(3)
        let down = await syncFailure { _ = try await SyncRun(database: station.database).run() }
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
        let early = await syncFailure { _ = try await connection.push(third) }  // ahead of the mark: a gap
        #expect(early?.kind == .gap(PushGap(acknowledged: 10, received: 21)))
        #expect(try await connection.push(second.reversed()).acknowledged == 20)  // reordered inside
        #expect(try await connection.push(Array(events[15..<30])).acknowledged == 30)  // overlapping the mark
        #expect(try await connection.push(third + first).acknowledged == 30)

        let reconciliation = Reconciliation(station: events.map(\.id), centre: try await centre.storedEvents(station.id))
        #expect(reconciliation.isExact, "\(reconciliation)")
        await centre.stop()
    }

    /// With one batch in flight the numbers stored after each cut are exact; with two (the
    /// default) the batch beside the cut one may or may not have been stored, and only the end
    /// result is held to: every event once. With two, a pass can also finish despite its cut:
    /// the cut exchange may belong to a batch the pass no longer waits for (cancelled because
    /// the centre already held it, or the answer to a batch an earlier pass gave up on), so
    /// every pass gets new events to push, and a pass may end either way.
    @Test(arguments: [1, 2])
    func aLinkCutInTheMiddleOfAnAnswerOrARequestLosesAndDuplicatesNothing(inFlight: Int) async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let proxy = try DroppingProxy(upstreamPort: centre.port)
        defer { proxy.stop() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: "http://127.0.0.1:\(proxy.port)", code: try await centre.addStation("分部库房"))
        // Enough that every pass still has batches left to cut, even with two in flight (a pass
        // stores at most the cut batch's predecessors and the one beside it).
        try station.receive(400)

        // Each pass asks for the centre's mark (exchange 1), then pushes batches of 7; one of
        // the first pushes is cut part-way. An answer cut (its head, or inside it): the centre
        // stored the batch and the station never heard so. A request cut: the centre got part
        // of a batch and must store none of it. Either way the next pass must carry on from
        // what the centre really holds, losing and repeating nothing.
        var generator = SplitMix64(seed: 10)
        let passes = 8
        var failed = 0
        for pass in 1...passes {
            if inFlight > 1 { try station.receive(50) }
            let before = try await centre.storedEvents(station.id).count
            let answer = pass % 2 == 1
            let push = Int.random(in: 2...4, using: &generator)
            if answer {
                proxy.cutAnswer(push, after: Int.random(in: 0...100, using: &generator))
            } else {
                proxy.cutRequest(push, after: Int.random(in: 0...1_500, using: &generator))
            }
            let cut = await syncFailure { _ = try await SyncRun(database: station.database, batchSize: 7, batchesInFlight: inFlight).run() }
            #expect(proxy.cuts == pass)
            if cut != nil { failed += 1 }
            guard inFlight == 1 else {
                #expect(cut == nil || cut?.kind == .offline, "pass \(pass): \(String(describing: cut))")
                continue
            }
            #expect(cut?.kind == .offline, "pass \(pass)")
            let stored = try await centre.storedEvents(station.id).count
            let heard = try #require(try station.database.syncLink()).acknowledged
            #expect(stored == before + 7 * (push - 1 - (answer ? 0 : 1)), "pass \(pass): the centre stored \(stored - before) event(s)")
            if answer {
                #expect(Int64(stored) == heard + 7, "pass \(pass): the station should not have heard the cut answer")
            } else {
                #expect(Int64(stored) == heard, "pass \(pass): the station and the centre disagree after a cut request")
            }
        }
        #expect(failed > 0, "no pass heard of its cut")
        proxy.stopCutting()
        let report = try await SyncRun(database: station.database, batchSize: 7, batchesInFlight: inFlight).run()
        let ids = try station.journalIDs()
        #expect(report.acknowledged == Int64(ids.count))
        #expect(proxy.cuts == passes)
        let reconciliation = Reconciliation(station: ids, centre: try await centre.storedEvents(station.id))
        #expect(reconciliation.isExact, "\(reconciliation)")
        await centre.stop()
    }
}

import Central
import Foundation
import QuartermasterCore
import Testing

@Suite("Central store: push, exactly once")
struct PushTests {
    @Test("Duplicate, overlapping and reordered batches store every event once, payloads byte for byte", arguments: StoreKind.allCases)
    func exactlyOnce(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        let all = events.filler(12)
        let store = under.store

        #expect(try await store.push(Array(all[0..<5]), from: station).acknowledged == 5)
        #expect(try await store.push(Array(all[0..<5]), from: station).acknowledged == 5)  // the same batch again
        #expect(try await store.push(Array(all[2..<8]).reversed(), from: station).acknowledged == 8)  // overlapping, reordered
        #expect(try await store.push(Array(all[0..<3]), from: station).acknowledged == 8)  // wholly known
        #expect(try await store.push([], from: station).acknowledged == 8)
        #expect(try await store.push(Array(all[8..<12]).shuffled() + [all[9]], from: station).acknowledged == 12)
        #expect(try await store.acknowledged(station: "st-a") == 12)

        #expect(try under.count("event") == 12)
        #expect(try under.query("SELECT COUNT(DISTINCT id) FROM event") == ["12"])
        let stored = try await store.events(station: "st-a", after: 0, limit: 100)
        #expect(stored == all)
        #expect(try await store.events(station: "st-a", after: 10, limit: 1) == [all[10]])
    }

    @Test("A batch that leaves a hole is refused with the mark and the sequence it started at", arguments: StoreKind.allCases)
    func gap(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        let all = events.filler(10)
        await #expect(throws: PushGap(acknowledged: 0, received: 6)) { _ = try await under.store.push(Array(all[5..<10]), from: station) }
        #expect(try await under.store.push(Array(all[0..<3]), from: station).acknowledged == 3)
        await #expect(throws: PushGap(acknowledged: 3, received: 8)) { _ = try await under.store.push(Array(all[7..<10]), from: station) }
        // A hole inside a batch is refused whole.
        await #expect(throws: CentralStoreError.self) { _ = try await under.store.push([all[3], all[5]], from: station) }
        #expect(try await under.store.acknowledged(station: "st-a") == 3)
        #expect(try under.count("event") == 3)
        // The batch that was refused first arrives in order after the missing ones.
        #expect(try await under.store.push(Array(all[3..<5]), from: station).acknowledged == 5)
        #expect(try await under.store.push(Array(all[5..<10]), from: station).acknowledged == 10)
        #expect(try under.count("event") == 10)
    }

    @Test("Another station's events are refused, and nothing of the batch is stored", arguments: StoreKind.allCases)
    func foreignStation(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var own = Events(station: "st-a")
        var other = Events(station: "st-b")
        do {
            _ = try await under.store.push([own.filler(1)[0], other.filler(1)[0]], from: station)
            Issue.record("another station's event was accepted")
        } catch let error as CentralStoreError {
            #expect(error.kind == .foreignStation)
        }
        #expect(try under.count("event") == 0)
        #expect(try await under.store.acknowledged(station: "st-a") == 0)
    }

    @Test("Backslashes, tabs, line breaks and Chinese in any field are stored byte for byte", arguments: StoreKind.allCases)
    func awkwardText(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        // The PostgreSQL store streams events in COPY's text format, where these bytes are
        // the format's own: each must arrive as sent, not as a column break or an escape.
        let awkward = "a\\b\\N\tc\nd\r\ne \\. \"引号\" 耗材,文具 \\\\t"
        let batch = [
            events.event("station.noted", Events.json(["note": awkward, "path": "C:\\slips\\新建"]), actor: awkward),
            events.event("kind\twith\\tab", #"{"raw":"\\N"}"#, actor: "\\N"),
            events.event("file.noted", "{\"file\":\"物品\\t.csv\"}\n", actor: "100231\r"),
        ]
        #expect(try await under.store.push(batch, from: station).acknowledged == 3)
        #expect(try await under.store.events(station: "st-a", after: 0, limit: 10) == batch)
    }

    @Test("Movements keep their texts byte for byte, and a missing requisition or recipient stays missing", arguments: StoreKind.allCases)
    func awkwardMovements(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        // The PostgreSQL store streams movements in COPY's text format too, with \N for NULL.
        let reason = "盘点\t调整 \\N a\\b\nc \"引号\", 耗材"
        let adjusted = events.event("items.imported", """
            {"added":1,"adjustments":[{"actorBadge":"100231","after":5,"before":0,"itemCode":"A4-80","quantity":5,"reason":\(Events.json(reason)),"station":"st-a","time":\(events.time)}],"count":1,"file":"物品.csv","station":"st-a","unchanged":0,"updated":0}
            """)
        let picked = events.pickup("R-2026\t001\\", "A4-80", 2, recipient: "\\N")
        #expect(try await under.store.push([adjusted, picked], from: station).acknowledged == 2)
        let movements = try await under.store.movements().map(\.movement)
        try #require(movements.count == 2)
        #expect(movements[0].note == reason)
        #expect(movements[0].requisitionNumber == nil)
        #expect(movements[0].recipientBadge == nil)
        #expect(movements[1].requisitionNumber == "R-2026\t001\\")
        #expect(movements[1].recipientBadge == "\\N")
        #expect(movements[1].note == nil)
    }

    @Test("A failing event aborts its whole batch: no event, no ledger row, the mark unchanged", arguments: StoreKind.allCases)
    func atomicBatch(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼库房", station: "st-a")
        let b = try await under.enrolled(name: "二楼库房", station: "st-b")
        var eventsA = Events(station: "st-a")
        let first = eventsA.stocked("A4-80", 10)
        #expect(try await under.store.push([first], from: a).acknowledged == 1)

        var eventsB = Events(station: "st-b")
        let pickup = eventsB.pickup("R-2026-001", "A4-80", 3)
        var stolen = eventsB.filler(1)[0]
        stolen.id = first.id  // the id of an event already stored for another station
        do {
            _ = try await under.store.push([pickup, stolen], from: b)
            Issue.record("an event with a taken id was stored")
        } catch let error as CentralStoreError {
            #expect(error.kind == .conflict)
        }
        #expect(try await under.store.acknowledged(station: "st-b") == 0)
        #expect(try under.count("event", "station = 'st-b'") == 0)
        #expect(try under.count("movement", "station = 'st-b'") == 0)
        #expect(try await under.store.stock(item: "A4-80").total == 10)

        // A resent sequence with another id (a rewritten journal) is refused too.
        var rewritten = first
        rewritten.id = UUID().uuidString.lowercased()
        await #expect(throws: CentralStoreError.self) { _ = try await under.store.push([rewritten], from: a) }
    }

    @Test("Two events of one batch under one id are refused: no sequence is acknowledged unstored", arguments: StoreKind.allCases)
    func idTwiceInBatch(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        var batch = events.filler(3)
        batch[2].id = batch[0].id  // a damaged journal: sequence 3 reuses sequence 1's id
        do {
            _ = try await under.store.push(batch, from: station)
            Issue.record("a batch with one id under two sequences was stored")
        } catch let error as CentralStoreError {
            #expect(error.kind == .conflict)
            #expect(error.message.contains("sequence 3"))
        }
        #expect(try await under.store.acknowledged(station: "st-a") == 0)
        #expect(try under.count("event") == 0)
    }

    @Test("Unknown kinds from a newer station are stored, not refused", arguments: StoreKind.allCases)
    func unknownKind(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        let future = events.event("drone.delivered", #"{"whatever":[1,2,3],"名":"张伟"}"#)
        #expect(try await under.store.push([future], from: station).acknowledged == 1)
        #expect(try await under.store.events(station: "st-a", after: 0, limit: 10) == [future])
        #expect(try await under.store.anomalies().isEmpty)
    }
}

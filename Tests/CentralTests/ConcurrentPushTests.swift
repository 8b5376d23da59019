import Central
import Foundation
import QuartermasterCore
import Testing

@Suite("Central store: pushes at the same time")
struct ConcurrentPushTests {
    @Test("The same batch pushed eight times at once is stored once, and every push acknowledges all of it", arguments: StoreKind.allCases)
    func sameBatchAtOnce(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        let batch = [events.stocked("A4-80", 100)] + (0..<50).map { _ in events.pickup("R-1", "A4-80", 1) } + events.filler(49)
        let store = under.store
        let acknowledgements = try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<8 { group.addTask { try await store.push(batch, from: station).acknowledged } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(acknowledgements == Array(repeating: 100, count: 8))
        #expect(try under.count("event") == 100)
        #expect(try under.count("movement") == 51)
        #expect(try await store.stock(item: "A4-80").total == 50)
    }

    @Test("Two stations taking the same last units at the same moment: every time an anomaly", arguments: StoreKind.allCases)
    func lastUnitsAtOnce(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼", station: "st-a")
        let b = try await under.enrolled(name: "二楼", station: "st-b")
        var eventsA = Events(station: "st-a")
        var eventsB = Events(station: "st-b")
        let rounds = 20
        let items = (0..<rounds).map { "耗材-\($0)" }
        _ = try await under.store.push(items.map { eventsA.stocked($0, 5) }, from: a)
        let store = under.store
        for item in items {
            let takeA = eventsA.pickup("R-A-\(item)", item, 5)
            let takeB = eventsB.pickup("R-B-\(item)", item, 5)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await store.push([takeA], from: a) }
                group.addTask { _ = try await store.push([takeB], from: b) }
                try await group.waitForAll()
            }
        }
        let anomalies = try await store.anomalies()
        #expect(anomalies.count == rounds)
        #expect(Set(anomalies.map(\.subject)) == Set(items))
        for item in items { #expect(try await store.stock(item: item).total == -5) }
    }
}

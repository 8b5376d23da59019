import Central
import Foundation
import QuartermasterCore
import Testing

@Suite("Central store: reference data pulled after a cursor")
struct ReferenceTests {
    @Test("Pages follow the cursor, hold the station's site and every-site data, and see each change once", arguments: StoreKind.allCases)
    func pages(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a", site: "总部")
        let store = under.store
        let person = Events.json(Person(badge: "100231", name: "张伟", department: "行政部", roles: [.keeper]))
        let c1 = try await store.putReference(ReferenceUpdate(kind: .person, key: "100231", body: person))
        let c2 = try await store.putReference(ReferenceUpdate(kind: .item, key: "A4-80", body: #"{"code":"A4-80","name":"复印纸, \"A4\""}"#))
        let c3 = try await store.putReference(ReferenceUpdate(kind: .location, key: "分部-101", site: "分部", body: #"{"code":"分部-101"}"#))
        let c4 = try await store.putReference(ReferenceUpdate(kind: .requisition, key: "R-2026-001", site: "总部", body: #"{"number":"R-2026-001"}"#))
        #expect([c1, c2, c3, c4] == [c1, c1 + 1, c1 + 2, c1 + 3])

        let first = try await store.reference(for: station, after: 0, limit: 2)
        #expect(first.changes.map(\.key) == ["100231", "A4-80"])
        #expect(first.changes.first?.body == person)
        #expect(first.more)
        #expect(first.cursor == c2)
        let second = try await store.reference(for: station, after: first.cursor, limit: 2)
        #expect(second.changes.map(\.key) == ["R-2026-001"])  // 分部's location is not this site's
        #expect(!second.more)
        #expect(second.cursor == c4)
        let caughtUp = try await store.reference(for: station, after: second.cursor, limit: 2)
        #expect(caughtUp.changes.isEmpty)
        #expect(caughtUp.cursor == c4)

        // A change to a known key comes again under a new cursor; a withdrawal has no body.
        let c5 = try await store.putReference(ReferenceUpdate(kind: .person, key: "100231", body: nil))
        let withdrawn = try await store.reference(for: station, after: c4, limit: 10)
        #expect(withdrawn.changes == [ReferenceChange(cursor: c5, kind: "person", key: "100231", body: nil)])
        // From the beginning, the station sees each key once, in its latest form.
        let everything = try await store.reference(for: station, after: 0, limit: 1000)
        #expect(everything.changes.map(\.key) == ["A4-80", "R-2026-001", "100231"])
    }
}

@Suite("Central store: typed reference records")
struct TypedReferenceTests {
    @Test("A person with a Chinese name and a digit badge comes back as the same record", arguments: StoreKind.allCases)
    func personRoundTrip(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        let person = Person(badge: "100231", name: "张伟", department: "行政部", roles: [.keeper, .employee])
        let cursor = try await under.store.put(person: person)
        let page = try await under.store.reference(for: station, after: cursor - 1, limit: 10)
        let change = try #require(page.changes.first)
        #expect(change.kind == "person")
        #expect(change.key == "100231")
        #expect(try ReferenceBody.decode(Person.self, from: try #require(change.body)) == person)
        let withdrawn = try await under.store.withdraw(.person, key: "100231")
        #expect(withdrawn == cursor + 1)
        #expect(try await under.store.reference(for: station, after: cursor, limit: 10).changes.first?.body == nil)
    }
}

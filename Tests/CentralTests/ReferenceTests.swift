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

@Suite("Central store: records that move between sites")
struct DepartureTests {
    @Test("A record moved to another site is withdrawn at the site it left, and comes back if it returns", arguments: StoreKind.allCases)
    func departures(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let store = under.store
        let headOffice = try await under.enrolled(name: "总部库房", station: "st-hq", site: "总部")
        let branch = try await under.enrolled(name: "分部库房", station: "st-br", site: "分部")
        let lab = try await under.enrolled(name: "研发中心前台", station: "st-lab", site: "研发中心")
        let laptop = #"{"tag":"FA-000123","name":"联想笔记本电脑, \"X1\""}"#
        func pulled(_ station: AuthenticatedStation, after cursor: Int64) async throws -> [ReferenceChange] {
            try await store.reference(for: station, after: cursor, limit: 100).changes
        }

        // 总部's laptop goes to 分部: 总部 pulls a withdrawal under a cursor of its own, 分部 the record.
        let atHeadOffice = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", site: "总部", body: laptop))
        let atBranch = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", site: "分部", body: laptop))
        #expect(atBranch == atHeadOffice + 2)
        #expect(try await pulled(headOffice, after: atHeadOffice) == [ReferenceChange(cursor: atHeadOffice + 1, kind: "asset", key: "FA-000123", body: nil)])
        #expect(try await pulled(branch, after: 0) == [ReferenceChange(cursor: atBranch, kind: "asset", key: "FA-000123", body: laptop)])
        #expect(try await pulled(lab, after: 0).isEmpty)  // it was never 研发中心's

        // An item for every site kept by one: every other site is told, the one keeping it is not.
        let everywhere = try await store.putReference(ReferenceUpdate(kind: .item, key: "A4-70", body: #"{"code":"A4-70"}"#))
        let kept = try await store.putReference(ReferenceUpdate(kind: .item, key: "A4-70", site: "分部", body: #"{"code":"A4-70"}"#))
        let gone = ReferenceChange(cursor: kept - 1, kind: "item", key: "A4-70", body: nil)
        #expect(try await pulled(headOffice, after: everywhere) == [gone])
        #expect(try await pulled(lab, after: everywhere) == [gone])
        #expect(try await pulled(branch, after: everywhere).map(\.cursor) == [kept])

        // The laptop comes back: 总部 pulls it again, 分部 is told it left.
        let back = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", site: "总部", body: laptop))
        #expect(try await pulled(headOffice, after: kept) == [ReferenceChange(cursor: back, kind: "asset", key: "FA-000123", body: laptop)])
        #expect(try await pulled(branch, after: kept) == [ReferenceChange(cursor: back - 1, kind: "asset", key: "FA-000123", body: nil)])
        // A station offline all along ends where the record is: withdrawn, then back.
        #expect(try await pulled(headOffice, after: 0).map(\.cursor) == [atHeadOffice + 1, kept - 1, back])
        #expect(try await pulled(headOffice, after: 0).last?.body == laptop)

        // Put again for the site it is at, or for every site: no departure.
        let again = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", site: "总部", body: laptop))
        #expect(again == back + 1)
        let shared = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", body: laptop))
        #expect(shared == again + 1)
        #expect(try await pulled(branch, after: again).map(\.cursor) == [shared])
        #expect(try under.count("reference_departure") == 3)  // one per (record, site it left), the latest kept
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

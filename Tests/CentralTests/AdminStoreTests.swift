import Central
import Foundation
import QuartermasterCore
import Testing

/// The admin side of the store, against PostgreSQL and SQLite alike: admin tokens (stored as
/// hashes, never opening a station's door nor a station's token opening theirs), conditional
/// reference writes, and anomaly resolutions kept in the store with who, when and a note.
@Suite("Central store: admins, conditional reference writes, anomaly resolutions")
struct AdminStoreTests {
    @Test("An admin token authenticates its admin only; it is stored as a hash; revoked, it is dead", arguments: StoreKind.allCases)
    func adminTokens(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let store = under.store
        let token = try await store.addAdmin(name: "李娜")
        #expect(token.hasPrefix("qma_"))
        #expect(try await store.authenticateAdmin(token: token) == AuthenticatedAdmin(name: "李娜"))
        #expect(try await store.authenticate(token: token) == nil)  // not a station
        // The token appears nowhere in the table, only its SHA-256.
        let rows = try under.query("SELECT name || '|' || token_hash FROM admin")
        #expect(rows.count == 1)
        #expect(rows.first?.contains(token) == false)
        #expect(rows.first?.hasPrefix("李娜|") == true)
        #expect(rows.first?.split(separator: "|").last?.count == 64)

        // A station's token is not an admin's.
        let station = try await under.store.addStation(name: "一楼库房", site: "总部")
        let enrolled = try await store.enrol(EnrolRequest(code: station, station: "st-a"))
        #expect(try await store.authenticateAdmin(token: enrolled.token) == nil)
        #expect(try await store.authenticateAdmin(token: "qma_forged") == nil)

        await #expect(throws: CentralStoreError.self) { _ = try await store.addAdmin(name: "李娜") }
        let taken = await storeError { _ = try await store.addAdmin(name: "李娜") }
        #expect(taken?.kind == .conflict)
        let badName = await storeError { _ = try await store.addAdmin(name: "a\nb") }
        #expect(badName?.kind == .invalidInput)

        try await store.revokeAdmin(name: "李娜")
        #expect(try await store.authenticateAdmin(token: token) == nil)
        let twice = await storeError { try await store.revokeAdmin(name: "李娜") }
        #expect(twice?.kind == .notFound)
        // The name is free again once revoked, with a new token.
        let again = try await store.addAdmin(name: "李娜")
        #expect(again != token)
        #expect(try await store.authenticateAdmin(token: again) == AuthenticatedAdmin(name: "李娜"))
    }

    @Test("A conditional write stores only when the key holds what was read", arguments: StoreKind.allCases)
    func conditionalWrites(kind: StoreKind) async throws {
        let store = try await StoreUnderTest.make(kind).store
        let update = ReferenceUpdate(kind: .requisition, key: "YPQ-2026-001", body: #"{"number":"YPQ-2026-001","purpose":"打印, \"急\""}"#)
        let first = try await store.putReference(update, expecting: .absent)
        let duplicate = await storeError { _ = try await store.putReference(update, expecting: .absent) }
        #expect(duplicate?.kind == .conflict)
        let record = try #require(try await store.referenceRecord(.requisition, key: "YPQ-2026-001"))
        #expect(record.cursor == first)
        #expect(record.body == update.body)
        let second = try await store.putReference(update, expecting: .at(first))
        #expect(second > first)
        let stale = await storeError { _ = try await store.putReference(update, expecting: .at(first)) }
        #expect(stale?.kind == .conflict)
        #expect(try await store.referenceRecord(.requisition, key: "YPQ-2026-001")?.cursor == second)
        #expect(try await store.referenceRecord(.requisition, key: "YPQ-2026-404") == nil)
        _ = try await store.putReference(ReferenceUpdate(kind: .requisition, key: "YPQ-2026-000", body: "{}"))
        #expect(try await store.referenceRecords(.requisition).map(\.key) == ["YPQ-2026-000", "YPQ-2026-001"])
        #expect(try await store.referenceRecords(.item).isEmpty)
    }

    @Test("Of 32 concurrent creators of one number only one succeeds", arguments: StoreKind.allCases)
    func concurrentCreators(kind: StoreKind) async throws {
        let store = try await StoreUnderTest.make(kind).store
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<32 {
                group.addTask {
                    let update = ReferenceUpdate(kind: .requisition, key: "YPQ-2026-777", body: #"{"by":\#(index)}"#)
                    return (try? await store.putReference(update, expecting: .absent)) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
    }

    @Test("A resolution is stored with who, when and the note exactly; twice or unknown is refused", arguments: StoreKind.allCases)
    func resolutions(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let store = under.store
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        _ = try await store.push([events.pickup("YPQ-2026-001", "A4-80", 3)], from: station)  // no stock: below zero
        let raised = try #require(try await store.anomalies().first)
        #expect(raised.isOpen)
        let note = "盘点后确认, \"两站同时领用\"，已补录"
        let resolved = try await store.resolveAnomaly(id: raised.id, by: "李娜", note: note)
        #expect(resolved.resolution?.by == "李娜")
        #expect(resolved.resolution?.note == note)
        let listed = try #require(try await store.anomalies().first)
        #expect(listed.resolution == resolved.resolution)
        #expect(!listed.isOpen)
        // Kept by the database itself, not only by what the store hands back.
        #expect(try under.query("SELECT resolved_by || '|' || resolution FROM anomaly WHERE id = \(raised.id)") == ["李娜|" + note])

        let twice = await storeError { _ = try await store.resolveAnomaly(id: raised.id, by: "王强", note: "again") }
        #expect(twice?.kind == .conflict)
        #expect(try await store.anomalies().first?.resolution?.by == "李娜")
        let unknown = await storeError { _ = try await store.resolveAnomaly(id: 999_999, by: "李娜", note: "x") }
        #expect(unknown?.kind == .notFound)
        let empty = await storeError { _ = try await store.resolveAnomaly(id: raised.id, by: "李娜", note: "  ") }
        #expect(empty?.kind == .unprocessable)
    }
}

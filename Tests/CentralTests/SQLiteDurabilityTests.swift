import Central
import Foundation
import Testing

@Suite("Central store: SQLite durability")
struct SQLiteDurabilityTests {
    @Test("The writer runs with synchronous = FULL (read back from the connection)")
    func synchronousFull() async throws {
        let path = NSTemporaryDirectory() + "qm-central-\(UUID().uuidString)/central.sqlite"
        let store = try SQLiteCentralStore(path: path)
        try await store.migrate()
        #expect(try await store.synchronousLevel() == 2)
    }
}

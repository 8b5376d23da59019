import Central
import Foundation
import QuartermasterCore
import Sync
import Testing

extension CentreFixture {
    /// Every event the centre stores for `station`, in sequence order.
    func storedEvents(_ station: String) async throws -> [SyncEvent] {
        var all: [SyncEvent] = []
        while true {
            let page = try await store.events(station: station, after: Int64(all.count), limit: 10_000)
            all += page
            if page.count < 10_000 { return all }
        }
    }
}

/// Lost, duplicated and out-of-place ids between what a station recorded and what the centre
/// stores: all three empty is "every fact exactly once".
struct Reconciliation: Equatable, CustomStringConvertible {
    var lost: [String]
    var duplicated: [String]
    var misplaced: Int

    init(station ids: [String], centre events: [SyncEvent]) {
        let stored = events.map(\.id)
        var seen = Set<String>()
        duplicated = stored.filter { !seen.insert($0).inserted }
        lost = ids.filter { !seen.contains($0) }
        misplaced = zip(ids, stored).filter { $0 != $1 }.count + abs(ids.count - stored.count)
    }

    var isExact: Bool { lost.isEmpty && duplicated.isEmpty && misplaced == 0 }
    var description: String { "lost \(lost.count), duplicated \(duplicated.count), misplaced \(misplaced)" }
}

/// The SyncFailure `body` throws, or nil when it succeeds; any other error is recorded as an issue.
func syncFailure(_ body: () async throws -> Void) async -> SyncFailure? {
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

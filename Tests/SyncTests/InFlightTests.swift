import Central
import CentralServer
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Synchronization
import Testing

/// Two batches in flight (`SyncRun.batchesInFlight`): the later one may reach the centre's
/// store before the one it follows. The store refuses it as a gap (the events before it are not
/// stored yet); the centre makes it wait for the earlier batch, or, where it cannot (several
/// centre processes behind one address), the station sends it again. Either way every event
/// arrives once and no pass fails.
@Suite struct InFlightTests {
    /// One pass of three batches of 10 (the journal's two imports and 28 receipts): the second
    /// reached the store first, and every event is stored once, none left at the station.
    static func passDrainsOnce(_ station: SyncStation, _ centre: CentreFixture, _ store: OvertakenStore) async throws {
        let report = try await SyncRun(database: station.database, batchSize: 10).run()
        let ids = try station.journalIDs()
        #expect(ids.count == 30)
        #expect(store.gapsRefused >= 1, "the second batch should have reached the store first")
        #expect(report.acknowledged == Int64(ids.count))
        let reconciliation = Reconciliation(station: ids, centre: try await centre.storedEvents(station.id))
        #expect(reconciliation.isExact, "\(reconciliation)")
        #expect(try station.database.syncBacklog().count == 0)
    }

    @Test func aBatchThatOvertakesTheOneBeforeItWaitsAtTheCentre() async throws {
        let store = try OvertakenStore(base: SQLiteCentralStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-overtaken-\(UUID().uuidString).sqlite").path))
        let centre = try await CentreFixture.start(store: store)
        defer { centre.remove() }
        let proxy = try DroppingProxy(upstreamPort: centre.port)
        defer { proxy.stop() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("三楼库房"))
        try station.useCentre(at: "http://127.0.0.1:\(proxy.port)")
        try station.receive(28)

        try await Self.passDrainsOnce(station, centre, store)
        #expect(proxy.requests == 5, "the mark, three batches once each, and one reference page; the store saw \(store.arrivals)")
        await centre.stop()
    }

    @Test func behindTwoCentreProcessesTheOvertakingBatchIsSentAgain() async throws {
        let store = try OvertakenStore(base: SQLiteCentralStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-overtaken-\(UUID().uuidString).sqlite").path))
        let first = try await CentreFixture.start(store: store)
        defer { first.remove() }
        let second = try await first.restarted(port: 0)
        // Connections alternate between the two servers: the two batches in flight travel on
        // two connections, so each reaches another process, and neither knows of the other.
        let proxy = try DroppingProxy(upstreamPorts: [first.port, second.port])
        defer { proxy.stop() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: first.url, code: try await first.addStation("四楼库房"))
        try station.useCentre(at: "http://127.0.0.1:\(proxy.port)")
        try station.receive(28)

        try await Self.passDrainsOnce(station, first, store)
        #expect(proxy.requests > 5, "the refused batch is sent again")
        await second.stop()
        await first.stop()
    }
}

extension SyncStation {
    /// Points the station's enrolment at another address of the same centre (a proxy).
    func useCentre(at url: String) throws {
        let link = try #require(try database.syncLink())
        try database.saveSyncLink(centreURL: url, stationName: link.stationName, token: link.token, at: Date())
    }
}

/// A real central store whose push holds a station's first batch (the one starting at
/// sequence 1) until a later batch has been refused as a gap, or 10 s have passed: the order in
/// which two batches in flight reach the store when the later overtakes. Everything else goes
/// straight to `base`.
final class OvertakenStore: CentralStore {
    let base: any CentralStore
    private let gaps = Mutex(0)
    private let firsts = Mutex<[Int64]>([])

    /// The first sequence of every batch that reached the store, in order.
    var arrivals: [Int64] { firsts.withLock { $0 } }

    /// Pushes `base` refused as a gap so far.
    var gapsRefused: Int { gaps.withLock { $0 } }

    init(base: any CentralStore) {
        self.base = base
    }

    func push(_ events: [SyncEvent], from station: AuthenticatedStation) async throws -> PushAcknowledgement {
        firsts.withLock { $0.append(events.map(\.sequence).min() ?? 0) }
        if events.map(\.sequence).min() == 1 {
            let clock = ContinuousClock(), deadline = clock.now + .seconds(10)
            while gapsRefused == 0, clock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        }
        do {
            return try await base.push(events, from: station)
        } catch let gap as PushGap {
            gaps.withLock { $0 += 1 }
            throw gap
        }
    }

    func migrate() async throws { try await base.migrate() }
    func addStation(name: String, site: String) async throws -> String { try await base.addStation(name: name, site: site) }
    func revokeStation(name: String) async throws { try await base.revokeStation(name: name) }
    func enrol(_ request: EnrolRequest) async throws -> EnrolResponse { try await base.enrol(request) }
    func authenticate(token: String) async throws -> AuthenticatedStation? { try await base.authenticate(token: token) }
    func acknowledged(station: String) async throws -> Int64 { try await base.acknowledged(station: station) }
    func reference(for station: AuthenticatedStation, after cursor: Int64, limit: Int) async throws -> ReferencePage {
        try await base.reference(for: station, after: cursor, limit: limit)
    }
    func stations() async throws -> [CentralStation] { try await base.stations() }
    func putReference(_ update: ReferenceUpdate) async throws -> Int64 { try await base.putReference(update) }
    func putReference(_ update: ReferenceUpdate, expecting expected: ReferenceExpectation) async throws -> Int64 {
        try await base.putReference(update, expecting: expected)
    }
    func referenceRecord(_ kind: ReferenceKind, key: String) async throws -> StoredReference? { try await base.referenceRecord(kind, key: key) }
    func referenceRecords(_ kind: ReferenceKind) async throws -> [StoredReference] { try await base.referenceRecords(kind) }
    func addAdmin(name: String) async throws -> String { try await base.addAdmin(name: name) }
    func revokeAdmin(name: String) async throws { try await base.revokeAdmin(name: name) }
    func authenticateAdmin(token: String) async throws -> AuthenticatedAdmin? { try await base.authenticateAdmin(token: token) }
    func resolveAnomaly(id: Int64, by: String, note: String) async throws -> CentralAnomaly { try await base.resolveAnomaly(id: id, by: by, note: note) }
    func movements() async throws -> [CentralMovement] { try await base.movements() }
    func stock(item: String) async throws -> CentralStock { try await base.stock(item: item) }
    func asset(tag: String) async throws -> CentralAssetState? { try await base.asset(tag: tag) }
    func visit(station: String, number: Int64) async throws -> CentralVisit? { try await base.visit(station: station, number: number) }
    func anomalies() async throws -> [CentralAnomaly] { try await base.anomalies() }
    func pickedUp(requisition: String) async throws -> Bool { try await base.pickedUp(requisition: requisition) }
    func visits() async throws -> [CentralVisit] { try await base.visits() }
    func events(kinds: [String]) async throws -> [SyncEvent] { try await base.events(kinds: kinds) }
    func events(station: String, after sequence: Int64, limit: Int) async throws -> [SyncEvent] {
        try await base.events(station: station, after: sequence, limit: limit)
    }
}

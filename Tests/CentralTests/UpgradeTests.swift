@testable import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Testing

/// A centre made by an older release, with its stations and records in it, upgraded in place by
/// the next start: what it held is still there, and what the new schema adds works on it.
@Suite("Central store: upgrading an older centre")
struct UpgradeTests {
    /// The store of `kind` with its schema as the release before `central-departures` left it.
    static func older(_ kind: StoreKind) async throws -> any CentralStore {
        switch kind {
        case .sqlite:
            let folder = NSTemporaryDirectory() + "qm-central-upgrade-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let store = try SQLiteCentralStore(path: folder + "/central.sqlite")
            try await store.migrate(upTo: "central-v2-admin")
            return store
        case .postgres:
            let store = try PostgresCentralStore(url: try await PrivatePostgres.shared().makeDatabase())
            try await store.migrate(upTo: "central-v3-ledger-keys")
            return store
        }
    }

    @Test("Stations, tokens and records kept; a record moved after the upgrade is withdrawn where it was", arguments: StoreKind.allCases)
    func departuresAfterTheUpgrade(kind: StoreKind) async throws {
        let store = try await Self.older(kind)
        let code = try await store.addStation(name: "总部库房", site: "总部")
        let token = try await store.enrol(EnrolRequest(code: code, station: "st-hq")).token
        let laptop = #"{"tag":"FA-000123","name":"联想笔记本电脑, \"X1\""}"#
        let before = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", site: "总部", body: laptop))
        var events = Events(station: "st-hq")
        let pushed = (0..<3).map { index in events.event("slip.reprinted", #"{"note":"张伟 第\#(index) 张, \"补打\"","station":"st-hq"}"#) }
        let old = try #require(await store.authenticate(token: token))
        #expect(try await store.push(pushed, from: old).acknowledged == 3)

        try await store.migrate()
        try await store.migrate()  // a second start finds nothing to do
        let station = try #require(await store.authenticate(token: token))
        // The events from before: a resend is recognised by id, and the sequence goes on.
        #expect(try await store.push(pushed, from: station).acknowledged == 3)
        #expect(try await store.push([events.event("slip.reprinted", #"{"note":"升级后","station":"st-hq"}"#)], from: station).acknowledged == 4)
        var forged = pushed[0]
        forged.sequence = 5
        await #expect(throws: CentralStoreError.self) { try await store.push([forged], from: station) }  // its id is taken
        #expect(try await store.reference(for: station, after: 0, limit: 10).changes == [ReferenceChange(cursor: before, kind: "asset", key: "FA-000123", body: laptop)])
        let moved = try await store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000123", site: "分部", body: laptop))
        #expect(try await store.reference(for: station, after: before, limit: 10).changes == [ReferenceChange(cursor: moved - 1, kind: "asset", key: "FA-000123", body: nil)])
    }
}

import Central
import Foundation
import QuartermasterCore
import Testing

@Suite("Central store: the ledger and its anomalies")
struct LedgerTests {
    @Test("Two stations taking the same last units: both pickups kept, an anomaly raised", arguments: StoreKind.allCases)
    func sameLastUnits(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼库房", station: "st-a")
        let b = try await under.enrolled(name: "二楼库房", station: "st-b")
        var eventsA = Events(station: "st-a")
        var eventsB = Events(station: "st-b")
        let stocked = eventsA.stocked("A4-80", 5)
        let pickupA = eventsA.pickup("R-2026-001", "A4-80", 5)
        let pickupB = eventsB.pickup("R-2026-002", "A4-80", 5)
        _ = try await under.store.push([stocked, pickupA], from: a)
        #expect(try await under.store.anomalies().isEmpty)
        _ = try await under.store.push([pickupB], from: b)

        let stock = try await under.store.stock(item: "A4-80")
        #expect(stock.total == -5)
        #expect(stock.byStation == ["st-a": 0, "st-b": -5])
        let movements = try await under.store.movements()
        #expect(movements.map(\.eventID) == [stocked.id, pickupA.id, pickupB.id])
        #expect(movements.map(\.movement.quantity) == [5, -5, -5])
        #expect(movements[2].movement.recipientBadge == "100232")
        #expect(movements[2].movement.requisitionNumber == "R-2026-002")
        #expect(movements[0].movement.note == "导入, \"初始\"")
        let anomalies = try await under.store.anomalies()
        #expect(anomalies.count == 1)
        #expect(anomalies.first?.kind == .stockBelowZero)
        #expect(anomalies.first?.eventID == pickupB.id)
        #expect(anomalies.first?.station == "st-b")
        #expect(anomalies.first?.subject == "A4-80")
    }

    @Test("One requisition picked up at two stations raises one anomaly; both pickups kept, and later ones at either", arguments: StoreKind.allCases)
    func requisitionAtTwoStations(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼库房", station: "st-a")
        let b = try await under.enrolled(name: "二楼库房", station: "st-b")
        var eventsA = Events(station: "st-a")
        var eventsB = Events(station: "st-b")
        _ = try await under.store.push([eventsA.stocked("笔-01", 10), eventsA.pickup("R-7", "笔-01", 1), eventsA.pickup("R-7", "笔-01", 1)], from: a)
        #expect(try await under.store.anomalies().isEmpty)
        let second = eventsB.pickup("R-7", "笔-01", 2)
        _ = try await under.store.push([second, eventsB.pickup("R-7", "笔-01", 1)], from: b)
        let anomalies = try await under.store.anomalies()
        #expect(anomalies.map(\.kind) == [.requisitionAtTwoStations])
        #expect(anomalies.first?.eventID == second.id)
        #expect(anomalies.first?.subject == "R-7")
        #expect(try await under.store.stock(item: "笔-01").total == 5)
        // Station A picks against R-7 again, in a later batch: stored, and nothing new raised.
        #expect(try await under.store.push([eventsA.pickup("R-7", "笔-01", 1)], from: a).acknowledged == 4)
        #expect(try await under.store.anomalies().count == 1)
        #expect(try under.count("requisition_pickup") == 2)
        #expect(try await under.store.stock(item: "笔-01").total == 4)
    }

    @Test("An asset seen in two places in one count raises an anomaly; a later count does not", arguments: StoreKind.allCases)
    func assetInTwoPlaces(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼", station: "st-a")
        let b = try await under.enrolled(name: "二楼", station: "st-b")
        var eventsA = Events(station: "st-a")
        var eventsB = Events(station: "st-b")
        _ = try await under.store.push([eventsA.countScan(session: "C-2026-12", tag: "IT-000123", location: "行政部-301")], from: a)
        let there = eventsB.countScan(session: "C-2026-12", tag: "IT-000123", location: "财务部-402")
        _ = try await under.store.push([there, eventsB.countScan(session: "C-2027-01", tag: "IT-000123", location: "仓库")], from: b)
        let anomalies = try await under.store.anomalies()
        #expect(anomalies.map(\.kind) == [.assetInTwoPlaces])
        #expect(anomalies.first?.eventID == there.id)
        #expect(anomalies.first?.detail.contains("行政部-301") == true)
    }

    @Test("An asset a station registers joins the register for its site; one the register holds or withdrew is an anomaly", arguments: StoreKind.allCases)
    func registeredAssets(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let counter = try await under.enrolled(name: "总部库房", station: "st-hq", site: "总部")
        let neighbour = try await under.enrolled(name: "总部前台", station: "st-desk", site: "总部")
        let branch = try await under.enrolled(name: "分部库房", station: "st-br", site: "分部")
        let monitor = Asset(tag: "FA-900001", name: "显示器 27\", \"戴尔\"", locationCode: "LOC-ZB-301", status: .inUse)
        let projector = Asset(tag: "FA-000124", name: "投影仪", locationCode: "LOC-ZB-301", status: .inUse)
        _ = try await under.store.putReference(ReferenceUpdate(kind: .asset, key: "FA-000124", site: "总部", body: nil))  // withdrawn by the admin
        func registration(_ events: inout Events, _ asset: Asset) -> SyncEvent {
            events.event("asset.registered", #"{"asset":\#(Events.json(asset)),"reason":"surplus found in count CNT-20261203-7K2M9Q","session":"CNT-20261203-7K2M9Q"}"#)
        }
        var atCounter = Events(station: "st-hq")
        var atBranch = Events(station: "st-br")
        let first = registration(&atCounter, monitor)
        let withdrawn = registration(&atCounter, projector)
        _ = try await under.store.push([first, withdrawn], from: counter)
        #expect(try await under.store.asset(tag: "FA-900001")?.locationCode == "LOC-ZB-301")
        let again = registration(&atBranch, Asset(tag: "FA-900001", name: "显示器", locationCode: "LOC-FB-1F", status: .inUse))
        _ = try await under.store.push([again], from: branch)

        // In the register, for 总部: the site's other station pulls it; 分部's does not.
        let record = try #require(try await under.store.referenceRecord(.asset, key: "FA-900001"))
        #expect(record.site == "总部")
        #expect(try ReferenceBody.decode(Asset.self, from: try #require(record.body)) == monitor)
        #expect(try await under.store.reference(for: neighbour, after: 0, limit: 10).changes.map(\.key).contains("FA-900001"))
        #expect(!(try await under.store.reference(for: branch, after: 0, limit: 10).changes.map(\.key).contains("FA-900001")))
        #expect(try await under.store.asset(tag: "FA-900001")?.locationCode == "LOC-FB-1F")  // the latest fact, as ever
        // The withdrawn one stays withdrawn, and 分部's second registration changes nothing.
        #expect(try await under.store.referenceRecord(.asset, key: "FA-000124")?.body == nil)
        let anomalies = try await under.store.anomalies()
        #expect(anomalies.map(\.kind) == [.assetRegisteredAgain, .assetRegisteredAgain])
        #expect(anomalies.map(\.eventID) == [withdrawn.id, again.id])
        #expect(anomalies.first?.detail.contains("withdrawn") == true)
        #expect(anomalies.last?.detail.contains("for site 总部") == true)
    }

    @Test("Asset moves and visits are applied; an unreadable payload is kept and flagged", arguments: StoreKind.allCases)
    func assetsAndVisits(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼", station: "st-a")
        var events = Events(station: "st-a")
        let moved = events.event("asset.moved", #"{"after":"财务部-402","before":"行政部-301","field":"location","reason":"盘点","station":"st-a","tag":"IT-000123"}"#)
        let repaired = events.event("asset.status_changed", #"{"after":"under_repair","before":"in_use","field":"status","reason":"坏了","station":"st-a","tag":"IT-000123"}"#)
        let invited = events.event("visit.invited", #"{"expectedDate":"2026-12-03","hostBadge":"100231","purpose":"面试","station":"st-a","status":"invited","visit":7}"#)
        let signedIn = events.event("visit.signed_in", #"{"arrival":1764640000000,"expectedDate":"2026-12-03","hostBadge":"100231","purpose":"面试","station":"st-a","status":"signed_in","visit":7}"#)
        let broken = events.event("pickup.confirmed", #"{"picks":"none"}"#)
        #expect(try await under.store.push([moved, repaired, invited, signedIn, broken], from: a).acknowledged == 5)

        #expect(try await under.store.asset(tag: "IT-000123") == CentralAssetState(tag: "IT-000123", locationCode: "财务部-402", status: "under_repair", station: "st-a", eventID: repaired.id))
        #expect(try await under.store.asset(tag: "IT-999") == nil)
        let visit = try await under.store.visit(station: "st-a", number: 7)
        #expect(visit?.status == "signed_in")
        #expect(visit?.eventID == signedIn.id)
        let anomalies = try await under.store.anomalies()
        #expect(anomalies.map(\.kind) == [.unreadablePayload])
        #expect(anomalies.first?.eventID == broken.id)
        #expect(try under.count("event") == 5)
    }

    /// PostgreSQL's ledger tables have no foreign key to `event` (central-v3): this is what
    /// holds them to it instead. Every kind of ledger row, written by resent, overlapping and
    /// refused batches of two stations, names an event stored under its own station.
    @Test("Every ledger row names an event stored under its own station, refused batches leaving none", arguments: StoreKind.allCases)
    func ledgerRowsHaveTheirEvents(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼库房", station: "st-a")
        let b = try await under.enrolled(name: "二楼库房", station: "st-b")
        var eventsA = Events(station: "st-a")
        var eventsB = Events(station: "st-b")
        let journalA = [
            eventsA.stocked("A4-80", 2), eventsA.pickup("R-1", "A4-80", 2), eventsA.pickup("R-2", "A4-80", 1),
            eventsA.countScan(session: "C-1", tag: "IT-1", location: "行政部-301"),
            eventsA.event("asset.moved", #"{"after":"财务部-402","before":"行政部-301","field":"location","reason":"盘点","station":"st-a","tag":"IT-1"}"#),
            eventsA.visit(7, "invited", status: "invited", date: "2026-12-03"),
        ]
        _ = try await under.store.push(Array(journalA[0..<4]), from: a)
        _ = try await under.store.push(Array(journalA[2...]).reversed(), from: a)  // overlapping, reordered
        _ = try await under.store.push(journalA, from: a)  // wholly known
        let journalB = [eventsB.pickup("R-1", "A4-80", 1), eventsB.countScan(session: "C-1", tag: "IT-1", location: "仓库")]
        var stolen = eventsB.pickup("R-3", "A4-80", 1)
        stolen.id = journalA[1].id
        await #expect(throws: CentralStoreError.self) { _ = try await under.store.push(journalB + [stolen], from: b) }
        _ = try await under.store.push(journalB, from: b)

        #expect(try await under.store.anomalies().count == 4)  // below zero twice, R-1 at two stations, IT-1 in two places
        for table in ["movement", "requisition_pickup", "count_sighting", "asset_state", "visit", "anomaly"] {
            #expect(try under.count(table) > 0, "\(table) has rows to check")
            let orphans = try under.count(table, "NOT EXISTS (SELECT 1 FROM event e WHERE e.id = \(table).event_id AND e.station = \(table).station)")
            #expect(orphans == 0, "\(table) rows without their event")
        }
        #expect(try under.count("movement", "station = 'st-b'") == 1)
    }

    @Test("The movements export has the station's columns plus event_id, cells quoted", arguments: StoreKind.allCases)
    func exportMovements(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let a = try await under.enrolled(name: "一楼", station: "st-a")
        var events = Events(station: "st-a")
        let stocked = events.stocked("A4-80", 5)
        _ = try await under.store.push([stocked], from: a)
        let csv = CentralMovementsCSV.text(try await under.store.movements())
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == MovementsCSV.columns.joined(separator: ",") + ",event_id")
        #expect(lines.count == 2)
        #expect(lines.last?.hasSuffix(",\(stocked.id)") == true)
        #expect(lines.last?.contains("\"导入, \"\"初始\"\"\"") == true)
    }
}

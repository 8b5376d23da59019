import Central
import Foundation
import QuartermasterCore
import Storage
import Sync
import Testing

/// Requisitions the admin files, approves and rejects at the centre reach the real station
/// database through sync, and its counter hands goods out against an approved one only.
@Suite struct RequisitionPullTests {
    func pickup(_ station: SyncStation, _ number: String, quantity: Int = 2) throws(StationProblem) {
        _ = try station.database.recordPickup(PickupCommit(
            requisitionNumber: number, picks: [.init(itemCode: "A4-70", quantity: quantity)], keeperBadge: SyncStation.clerk,
            recipientBadge: "100231", acceptedByKeeper: false, station: station.id, time: Date(timeIntervalSince1970: 1_793_671_200)))
    }

    @Test func aDraftOrRejectedRequisitionIsRefusedAtTheCounterAndAnApprovedOneIsHandedOut() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("一楼库房"))
        let admin = CentralAdmin(store: centre.store, admin: "李娜")
        try await admin.put(person: Person(badge: "100231", name: "张伟", department: "行政部", roles: [.employee]))
        try await admin.put(item: Item(code: "A4-70", barcodes: ["6901234567892"], name: "A4 复印纸 \"70 克\"", spec: "70 g", unit: "包", category: "stationery", stock: 0, threshold: 10, bin: "A-03-2"))
        for number in ["YPQ-2026-001", "YPQ-2026-002", "YPQ-2026-003"] {
            _ = try await admin.createRequisition(RequisitionDraft(
                number: number, department: "行政部", requesterBadge: "100231", date: "2026-11-03", purpose: "打印, \"季度\"",
                lines: [.init(itemCode: "A4-70", quantity: 5)]))
        }
        _ = try await admin.reject("YPQ-2026-002", RequisitionRejection(reason: "超出季度预算, \"文具\""))
        _ = try await admin.approve("YPQ-2026-003")
        _ = try await SyncRun(database: station.database).run()

        #expect(try station.database.requisition(number: "YPQ-2026-001")?.status == .draft)
        let rejected = try #require(try station.database.requisition(number: "YPQ-2026-002"))
        #expect(rejected.status == .rejected)
        #expect(rejected.rejectionReason == "超出季度预算, \"文具\"")
        #expect(rejected.purpose == "打印, \"季度\"")
        #expect(try station.database.items().first { $0.code == "A4-70" }?.stock == 40)  // the shelf's count stays
        for refused in ["YPQ-2026-001", "YPQ-2026-002"] {
            #expect(throws: StationProblem.self) { try pickup(station, refused) }
            do {
                try pickup(station, refused)
            } catch {
                #expect(error.message.contains("nothing can be handed out"))
            }
        }
        try pickup(station, "YPQ-2026-003")
        #expect(try station.database.requisition(number: "YPQ-2026-003")?.status == .partlyPicked)

        // Approved later at the centre: the next sync lets the counter hand it out. A change to
        // one this station picked against leaves the station's copy (its picks are facts).
        _ = try await admin.approve("YPQ-2026-001")
        _ = try await admin.reject("YPQ-2026-003", RequisitionRejection(reason: "误批"))
        _ = try await SyncRun(database: station.database).run()
        try pickup(station, "YPQ-2026-001")
        #expect(try station.database.requisition(number: "YPQ-2026-003")?.lines.first?.picked == 2)
        #expect(try station.database.requisition(number: "YPQ-2026-003")?.status == .partlyPicked)
        await centre.stop()
    }
}

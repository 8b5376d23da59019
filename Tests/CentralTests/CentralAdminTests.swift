import Central
import Foundation
import QuartermasterCore
import Testing

/// The admin's rules (`CentralAdmin`, which the admin API and the CLI both call), against both
/// stores: requisitions filed, approved and rejected, what is refused and why, and every record
/// reaching the stations through the reference cursor.
@Suite("Central admin: requisitions and reference data")
struct CentralAdminTests {
    static let paper = Item(
        code: "A4-70G", barcodes: ["6901234000016"], name: "A4复印纸, \"70g\"", spec: "70g", unit: "包", category: "耗材",
        stock: 0, threshold: 20, bin: "A-03-2")
    static let zhang = Person(badge: "100231", name: "张伟", department: "行政部", roles: [.employee])

    static func seeded(_ kind: StoreKind) async throws -> (StoreUnderTest, CentralAdmin) {
        let under = try await StoreUnderTest.make(kind)
        let admin = CentralAdmin(store: under.store, admin: "李娜")
        try await admin.put(person: zhang)
        try await admin.put(item: paper)
        return (under, admin)
    }

    static let draft = RequisitionDraft(
        number: "YPQ-2026-001", department: "行政部", requesterBadge: "100231", date: "2026-11-03", purpose: "部门打印, \"季度\"",
        lines: [.init(itemCode: "A4-70G", quantity: 10)])

    @Test("A draft is filed as the form says, approved once, and each change reaches the station", arguments: StoreKind.allCases)
    func createAndApprove(kind: StoreKind) async throws {
        let (under, admin) = try await Self.seeded(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        let created = try await admin.createRequisition(Self.draft)
        #expect(created.status == .draft)
        #expect(!created.status.isPickable)
        #expect(created.purpose == "部门打印, \"季度\"")
        #expect(created.date == CalendarDate("2026-11-03"))
        #expect(created.lines == [RequisitionLine(itemCode: "A4-70G", requested: 10, approved: 0)])

        let approved = try await admin.approve("YPQ-2026-001")
        #expect(approved.status == .approved)
        #expect(approved.approver == "李娜")
        #expect(approved.lines.first?.approved == 10)
        let again = await storeError { _ = try await admin.approve("YPQ-2026-001") }
        #expect(again?.kind == .conflict)

        // The station pulls the requisition in its latest form, as the core's type.
        let page = try await under.store.reference(for: station, after: 0, limit: 100)
        let change = try #require(page.changes.first { $0.kind == "requisition" })
        #expect(try ReferenceBody.decode(Requisition.self, from: try #require(change.body)) == approved)
        #expect(try await admin.requisitions() == [approved])

        // Once a station reports a pickup against it, it can no longer be rejected.
        var events = Events(station: "st-a")
        _ = try await under.store.push([events.stocked("A4-70G", 50), events.pickup("YPQ-2026-001", "A4-70G", 4)], from: station)
        let late = await storeError { _ = try await admin.reject("YPQ-2026-001", RequisitionRejection(reason: "超出预算")) }
        #expect(late?.kind == .conflict)
    }

    @Test("A rejection carries its reason; a picked or rejected one cannot be decided again", arguments: StoreKind.allCases)
    func reject(kind: StoreKind) async throws {
        let (_, admin) = try await Self.seeded(kind)
        _ = try await admin.createRequisition(Self.draft)
        let noReason = await storeError { _ = try await admin.reject("YPQ-2026-001", RequisitionRejection(reason: " ")) }
        #expect(noReason?.kind == .unprocessable)
        let rejected = try await admin.reject("YPQ-2026-001", RequisitionRejection(reason: "超出季度预算, \"文具\"", approver: "李经理"))
        #expect(rejected.status == .rejected)
        #expect(rejected.rejectionReason == "超出季度预算, \"文具\"")
        #expect(rejected.approver == "李经理")
        let approve = await storeError { _ = try await admin.approve("YPQ-2026-001") }
        #expect(approve?.kind == .conflict)
        let unknown = await storeError { _ = try await admin.approve("YPQ-2026-404") }
        #expect(unknown?.kind == .notFound)
    }

    @Test("Refused: a number taken, an unknown item or requester, an absurd quantity, a line twice, no lines", arguments: StoreKind.allCases)
    func refusals(kind: StoreKind) async throws {
        let (under, admin) = try await Self.seeded(kind)
        _ = try await admin.createRequisition(Self.draft)
        var draft = Self.draft
        let taken = await storeError { _ = try await admin.createRequisition(draft) }
        #expect(taken?.kind == .conflict)
        #expect(taken?.message.contains("YPQ-2026-001") == true)

        draft.number = "YPQ-2026-002"
        let cases: [(RequisitionDraft, CentralStoreError.Kind, String)] = [
            (with(draft) { $0.lines = [.init(itemCode: "NOPE", quantity: 1)] }, .unprocessable, "NOPE"),
            (with(draft) { $0.lines = [.init(itemCode: "A4-70G", quantity: 10_000_000)] }, .unprocessable, "10000000"),
            (with(draft) { $0.lines = [.init(itemCode: "A4-70G", quantity: 0)] }, .unprocessable, "0 of item"),
            (with(draft) { $0.lines = [.init(itemCode: "A4-70G", quantity: 1), .init(itemCode: "A4-70G", quantity: 2)] }, .unprocessable, "two lines"),
            (with(draft) { $0.lines = [] }, .unprocessable, "no lines"),
            (with(draft) { $0.requesterBadge = "999999" }, .unprocessable, "999999"),
            (with(draft) { $0.date = "2026-13-01" }, .invalidInput, "2026-13-01"),
            (with(draft) { $0.number = "" }, .unprocessable, "requisition number"),
            (with(draft) { $0.department = "" }, .unprocessable, "department"),
        ]
        for (bad, expected, words) in cases {
            let refused = await storeError { _ = try await admin.createRequisition(bad) }
            #expect(refused?.kind == expected, "\(bad)")
            #expect(refused?.message.contains(words) == true, "\(refused?.message ?? "no refusal")")
            #expect(refused?.advice?.isEmpty == false)
        }
        // Nothing of the refused drafts was stored.
        #expect(try await under.store.referenceRecords(.requisition).map(\.key) == ["YPQ-2026-001"])
    }

    @Test("People, items, locations, assets, invites and campaigns are checked and pulled", arguments: StoreKind.allCases)
    func referenceRecords(kind: StoreKind) async throws {
        let (under, admin) = try await Self.seeded(kind)
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        let badBadge = await storeError { _ = try await admin.put(person: Person(badge: "E\u{1B}[2J", name: "王芳", department: "财务部", roles: [])) }
        #expect(badBadge?.kind == .unprocessable)
        // Badges of any shape the stations take: the demo's E1001 as well as employee numbers.
        try await admin.put(person: Person(badge: "E1001", name: "王芳", department: "财务部", roles: [.keeper]))
        let badThreshold = await storeError { _ = try await admin.put(item: with(Self.paper) { $0.threshold = -1 }) }
        #expect(badThreshold?.kind == .unprocessable)
        let orphan = await storeError { _ = try await admin.put(location: Location(code: "LOC-HQ-3F", name: "总部 3楼", parentCode: "LOC-HQ")) }
        #expect(orphan?.kind == .unprocessable)
        try await admin.put(location: Location(code: "LOC-HQ", name: "总部"))
        try await admin.put(location: Location(code: "LOC-HQ-3F", name: "总部 3楼, \"东\"", parentCode: "LOC-HQ"))
        let nowhere = await storeError { _ = try await admin.put(asset: Asset(tag: "FA-000123", name: "笔记本电脑", locationCode: "LOC-NOWHERE")) }
        #expect(nowhere?.kind == .unprocessable)
        try await admin.put(asset: Asset(tag: "FA-000123", name: "联想笔记本电脑", category: "电脑", locationCode: "LOC-HQ-3F", costCents: 599_900))
        let day = try #require(CalendarDate("2026-11-20"))
        let noHost = await storeError {
            _ = try await admin.put(invite: CentralInvite(code: "INV-1", visitorName: "王芳", company: "甲公司", hostBadge: "999", date: day, purpose: "洽谈"))
        }
        #expect(noHost?.kind == .unprocessable)
        try await admin.put(invite: CentralInvite(code: "INV-7K2M9Q", visitorName: "王芳", company: "甲公司, \"北京\"", hostBadge: "100231", date: day, purpose: "洽谈"))
        let backwards = await storeError {
            _ = try await admin.put(campaign: CountCampaign(id: "2026-Q4", name: "四季度盘点", locations: ["LOC-HQ-3F"], starts: day, ends: CalendarDate("2026-11-01")!))
        }
        #expect(backwards?.kind == .unprocessable)
        let campaign = CountCampaign(id: "2026-Q4-总部", name: "2026年第四季度盘点", locations: ["LOC-HQ", "LOC-HQ-3F"], starts: day, ends: CalendarDate("2026-11-30")!)
        try await admin.put(campaign: campaign)
        #expect(try await admin.campaigns() == [campaign])
        // A leaver: the badge disabled, never deleted.
        try await admin.put(person: with(Self.zhang) { $0.active = false })

        let page = try await under.store.reference(for: station, after: 0, limit: 100)
        #expect(Set(page.changes.map(\.kind)) == ["person", "item", "location", "asset", "invite", "campaign"])
        let person = try #require(page.changes.last { $0.kind == "person" }?.body)
        #expect(try ReferenceBody.decode(Person.self, from: person).active == false)
    }
}

func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}

import AsyncHTTPClient
import Central
import Foundation
import NIOCore
import NIOHTTP1
import QuartermasterCore
import QuartermasterTesting
import Testing

/// The admin API through the real server over loopback: who may use it, what it refuses and
/// how it says so, text kept exactly, and reports as the bytes `CentralReports` makes.
@Suite struct AdminAPITests {
    struct Reply {
        var status: Int
        var contentType: String?
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var problem: [String: String]? { try? JSONDecoder().decode([String: String].self, from: body) }
    }

    func call(_ centre: CentreFixture, _ method: HTTPMethod, _ path: String, token: String?, body: String? = nil) async throws -> Reply {
        var request = HTTPClientRequest(url: centre.url + path)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer " + token) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let data = Data((try await response.body.collect(upTo: 16 << 20)).readableBytesView)
        return Reply(status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"), body: data)
    }

    @Test func onlyALiveAdminTokenOpensTheAdminAPI() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let admin = try await centre.store.addAdmin(name: "李娜")
        let gone = try await centre.store.addAdmin(name: "王强")
        try await centre.store.revokeAdmin(name: "王强")
        let code = try await centre.addStation("一楼库房")
        let station = try await centre.store.enrol(EnrolRequest(code: code, station: "库房-1")).token

        let none = try await call(centre, .GET, "/v1/admin/anomalies", token: nil)
        #expect(none.status == 401)
        #expect(none.problem?["message"]?.contains("no admin token") == true)
        #expect(none.problem?["advice"]?.contains("central admin add") == true)
        #expect(try await call(centre, .GET, "/v1/admin/anomalies", token: "qma_forged").status == 401)
        #expect(try await call(centre, .GET, "/v1/admin/anomalies", token: gone).status == 401)
        let asStation = try await call(centre, .GET, "/v1/admin/anomalies", token: station)
        #expect(asStation.status == 403)
        #expect(asStation.problem?["message"]?.contains("station") == true)
        #expect(try await call(centre, .GET, "/v1/admin/anomalies", token: admin).status == 200)
        // And the other way round: an admin token does not push.
        #expect(try await call(centre, .GET, "/v1/events/acknowledged", token: admin).status == 401)
        await centre.stop()
    }

    @Test func aRequisitionKeepsChineseCommasAndQuotesAndRefusalsSayWhy() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let token = try await centre.store.addAdmin(name: "李娜")
        let admin = CentralAdmin(store: centre.store, admin: "李娜")
        try await admin.put(person: Person(badge: "100231", name: "张伟", department: "行政部", roles: [.employee]))
        try await admin.put(item: Item(code: "A4-70G", barcodes: [], name: "A4复印纸", spec: "70g", unit: "包", category: "耗材", stock: 0, threshold: 20, bin: "A-1"))
        let draft = #"{"number":"YPQ-2026-001","department":"行政部, \"一组\"","requesterBadge":"100231","purpose":"打印, \"季度\"报告","lines":[{"itemCode":"A4-70G","quantity":10}]}"#
        let created = try await call(centre, .POST, "/v1/admin/requisitions", token: token, body: draft)
        #expect(created.status == 201, "\(created.text)")
        let stored = try ReferenceBody.decode(Requisition.self, from: try #require(try await centre.store.referenceRecord(.requisition, key: "YPQ-2026-001")?.body))
        #expect(stored.department == "行政部, \"一组\"")
        #expect(stored.purpose == "打印, \"季度\"报告")
        #expect(stored.status == .draft)

        let duplicate = try await call(centre, .POST, "/v1/admin/requisitions", token: token, body: draft)
        #expect(duplicate.status == 409)
        #expect(duplicate.problem?["message"]?.contains("YPQ-2026-001") == true)
        let unknown = try await call(centre, .POST, "/v1/admin/requisitions", token: token, body: draft.replacingOccurrences(of: "001", with: "002").replacingOccurrences(of: "A4-70G", with: "纸-99"))
        #expect(unknown.status == 422)
        #expect(unknown.problem?["message"]?.contains("纸-99") == true)
        #expect(unknown.problem?["advice"]?.isEmpty == false)
        let absurd = try await call(centre, .POST, "/v1/admin/requisitions", token: token, body: draft.replacingOccurrences(of: "001", with: "003").replacingOccurrences(of: ":10}", with: ":99999999}"))
        #expect(absurd.status == 422)
        #expect(absurd.problem?["message"]?.contains("99999999") == true)
        #expect(try await centre.store.referenceRecords(.requisition).count == 1)

        let rejected = try await call(centre, .POST, "/v1/admin/requisitions/YPQ-2026-001/reject", token: token, body: #"{"reason":"超出季度预算, \"文具\""}"#)
        #expect(rejected.status == 200)
        let decoded = try JSONDecoder().decode(Requisition.self, from: rejected.body)
        #expect(decoded.rejectionReason == "超出季度预算, \"文具\"")
        #expect(decoded.approver == "李娜")
        await centre.stop()
    }

    @Test func reportsComeAsTheReportersBytesAndAsAWorkbook() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let token = try await centre.store.addAdmin(name: "李娜")
        let admin = CentralAdmin(store: centre.store, admin: "李娜")
        try await admin.put(person: Person(badge: "100231", name: "张伟", department: "行政部, \"一组\"", roles: [.employee]))
        try await admin.put(item: Item(code: "A4-70G", barcodes: [], name: "A4复印纸", spec: "70g", unit: "包", category: "耗材", stock: 0, threshold: 20, bin: "A-1"))
        _ = try await admin.createRequisition(RequisitionDraft(number: "YPQ-2026-001", department: "行政部, \"一组\"", requesterBadge: "100231", lines: [.init(itemCode: "A4-70G", quantity: 10)]))
        let code = try await centre.addStation("一楼库房")
        let station = try #require(try await centre.store.authenticate(token: try await centre.store.enrol(EnrolRequest(code: code, station: "库房-1")).token))
        var generator = SystemRandomNumberGenerator()
        let pickup = #"{"picks":[{"itemCode":"A4-70G","quantity":6}],"recipientBadge":"100231","requisitionNumber":"YPQ-2026-001"}"#
        _ = try await centre.store.push([SyncEvent(
            id: UUIDv7.make(time: Date(), using: &generator).uuidString.lowercased(), station: "库房-1", sequence: 1, actor: "100231",
            time: 1_793_671_200_000, kind: "pickup.confirmed", payload: pickup)], from: station)

        let csv = try await call(centre, .GET, "/v1/admin/reports/consumption?month=2026-11&format=csv", token: token)
        #expect(csv.status == 200)
        #expect(csv.contentType == "text/csv; charset=utf-8")
        #expect(csv.text == "month,department,item_code,item_name,unit,quantity,pickups\r\n2026-11,\"行政部, \"\"一组\"\"\",A4-70G,A4复印纸,包,6,1\r\n")
        #expect(csv.body.first != 0xEF)  // no byte order mark

        let xlsx = try await call(centre, .GET, "/v1/admin/reports/consumption?month=2026-11&format=xlsx", token: token)
        #expect(xlsx.status == 200)
        #expect(xlsx.contentType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let path = centre.directory.appendingPathComponent("consumption.xlsx").path
        try xlsx.body.write(to: URL(fileURLWithPath: path))
        let sheet = try #require(try WorkbookReader.read(path).sheets.first)
        #expect(sheet["B2"]?.value == "行政部, \"一组\"")
        #expect(sheet["F2"]?.value == "6")
        #expect(sheet["F2"]?.type == "n")

        let badMonth = try await call(centre, .GET, "/v1/admin/reports/consumption?month=11-2026", token: token)
        #expect(badMonth.status == 400)
        #expect(badMonth.problem?["advice"]?.contains("YYYY-MM") == true)
        await centre.stop()
    }
}

import Central
import Foundation
import NIOHTTP1
import QuartermasterCore
import Testing

/// The admin API's part of `OpenAPIConformanceTests`: one call for each answer each admin
/// operation can give, through the same recorder, so every response is held to openapi.yaml.
enum AdminExchanges {
    typealias Call = (HTTPMethod, String, String, String?, Data?) async throws -> Data

    /// operation + status pairs these calls produce (the test checks each was produced).
    static let expected = [
        "listRequisitions 200", "listRequisitions 401", "listRequisitions 403",
        "createRequisition 201", "createRequisition 400", "createRequisition 401", "createRequisition 403",
        "createRequisition 409", "createRequisition 422",
        "approveRequisition 200", "approveRequisition 404", "approveRequisition 409",
        "rejectRequisition 200", "rejectRequisition 404", "rejectRequisition 409", "rejectRequisition 422",
        "putPerson 200", "putPerson 400", "putPerson 422", "putItem 200", "putItem 422", "putLocation 200", "putLocation 422",
        "putAsset 200", "putAsset 422", "putInvite 200", "putInvite 422", "putCampaign 200", "putCampaign 422", "listCampaigns 200",
        "listAnomalies 200", "listAnomalies 400", "resolveAnomaly 200", "resolveAnomaly 400", "resolveAnomaly 404",
        "resolveAnomaly 409", "resolveAnomaly 422",
        "consumptionReport 200", "consumptionReport 400", "consumptionReport 401", "consumptionReport 403",
        "countAccuracyReport 200", "visitorsReport 200", "visitorsReport 400",
        "withdrawPerson 204", "withdrawPerson 401", "withdrawPerson 403", "withdrawItem 204", "withdrawLocation 409", "withdrawLocation 204",
        "withdrawAsset 204", "withdrawAsset 404", "withdrawInvite 204", "listInvites 200", "listInvites 401", "listInvites 403", "withdrawCampaign 204", "withdrawCampaign 404",
    ]

    static func run(centre: CentreFixture, stationToken: String, call: Call) async throws {
        let admin = try await centre.store.addAdmin(name: "李娜")
        let revoked = try await centre.store.addAdmin(name: "王强")
        try await centre.store.revokeAdmin(name: "王强")
        func json(_ text: String) -> Data { Data(text.utf8) }

        _ = try await call(.GET, "/v1/admin/requisitions", "listRequisitions", nil, nil)
        _ = try await call(.GET, "/v1/admin/requisitions", "listRequisitions", stationToken, nil)
        _ = try await call(.GET, "/v1/admin/requisitions", "listRequisitions", revoked, nil)

        let person = #"{"badge":"100231","name":"张伟","department":"行政部, \"一组\"","roles":["employee"],"active":true}"#
        _ = try await call(.PUT, "/v1/admin/people/100231", "putPerson", admin, json(person))
        _ = try await call(.PUT, "/v1/admin/people/100232", "putPerson", admin, json(person))
        _ = try await call(.PUT, "/v1/admin/people/100233", "putPerson", admin, json(#"{"badge":"100233","name":" ","department":"财务部","roles":[],"active":true}"#))
        let item = #"{"code":"A4-70G","barcodes":["6901234000016"],"name":"A4复印纸, \"70g\"","spec":"70g","unit":"包","category":"耗材","stock":0,"threshold":20,"bin":"A-03-2"}"#
        _ = try await call(.PUT, "/v1/admin/items/A4-70G", "putItem", admin, json(item))
        _ = try await call(.PUT, "/v1/admin/items/A4-70G", "putItem", admin, json(item.replacingOccurrences(of: #""threshold":20"#, with: #""threshold":-1"#)))
        _ = try await call(.PUT, "/v1/admin/locations/LOC-HQ", "putLocation", admin, json(#"{"code":"LOC-HQ","name":"总部"}"#))
        _ = try await call(.PUT, "/v1/admin/locations/LOC-X", "putLocation", admin, json(#"{"code":"LOC-X","name":"X","parentCode":"LOC-NONE"}"#))
        _ = try await call(.PUT, "/v1/admin/assets/FA-000123", "putAsset", admin, json(#"{"tag":"FA-000123","name":"笔记本电脑","model":"","serial":"","category":"电脑","locationCode":"LOC-HQ","status":"in_use"}"#))
        _ = try await call(.PUT, "/v1/admin/assets/FA-000124", "putAsset", admin, json(#"{"tag":"FA-000124","name":"显示器","model":"","serial":"","category":"","locationCode":"LOC-NONE","status":"in_use"}"#))
        let day = #"{"year":2026,"month":11,"day":20}"#
        _ = try await call(.PUT, "/v1/admin/invites/INV-7K2M9Q", "putInvite", admin, json(#"{"code":"INV-7K2M9Q","visitorName":"王芳","company":"甲公司","hostBadge":"100231","date":\#(day),"purpose":"洽谈"}"#))
        _ = try await call(.PUT, "/v1/admin/invites/INV-2", "putInvite", admin, json(#"{"code":"INV-2","visitorName":"王芳","company":"甲公司","hostBadge":"999","date":\#(day),"purpose":"洽谈"}"#))
        _ = try await call(.PUT, "/v1/admin/campaigns/2026-Q4", "putCampaign", admin, json(#"{"id":"2026-Q4","name":"四季度盘点","locations":["LOC-HQ"],"starts":\#(day),"ends":\#(day)}"#))
        _ = try await call(.PUT, "/v1/admin/campaigns/2026-Q5", "putCampaign", admin, json(#"{"id":"2026-Q5","name":"无","locations":[],"starts":\#(day),"ends":\#(day)}"#))
        _ = try await call(.GET, "/v1/admin/campaigns", "listCampaigns", admin, nil)

        let draft = #"{"number":"YPQ-2026-001","department":"行政部","requesterBadge":"100231","lines":[{"itemCode":"A4-70G","quantity":10}]}"#
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", nil, json(draft))
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", stationToken, json(draft))
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", admin, json(draft))
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", admin, json(draft))
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", admin, json(draft.replacingOccurrences(of: "A4-70G", with: "NOPE").replacingOccurrences(of: "001", with: "002")))
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", admin, json(#"{"number":7}"#))
        _ = try await call(.GET, "/v1/admin/requisitions", "listRequisitions", admin, nil)
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-2026-001/approve", "approveRequisition", admin, nil)
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-2026-001/approve", "approveRequisition", admin, json("{}"))
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-404/approve", "approveRequisition", admin, nil)
        _ = try await call(.POST, "/v1/admin/requisitions", "createRequisition", admin, json(draft.replacingOccurrences(of: "001", with: "003")))
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-2026-003/reject", "rejectRequisition", admin, json(#"{"reason":""}"#))
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-2026-003/reject", "rejectRequisition", admin, json(#"{"reason":"超出季度预算"}"#))
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-2026-003/reject", "rejectRequisition", admin, json(#"{"reason":"again"}"#))
        _ = try await call(.POST, "/v1/admin/requisitions/YPQ-404/reject", "rejectRequisition", admin, json(#"{"reason":"x"}"#))

        // An anomaly to resolve: a pickup with no stock anywhere.
        let code = try await centre.store.addStation(name: "二号库房", site: "总部")
        let enrolled = try await centre.store.enrol(EnrolRequest(code: code, station: "库房-B"))
        let station = try await centre.store.authenticate(token: enrolled.token)!
        var generator = SystemRandomNumberGenerator()
        let pickup = #"{"picks":[{"itemCode":"A4-70G","quantity":3}],"recipientBadge":"100231","requisitionNumber":"YPQ-2026-001"}"#
        _ = try await centre.store.push([SyncEvent(
            id: UUIDv7.make(time: Date(), using: &generator).uuidString.lowercased(), station: "库房-B", sequence: 1, actor: "100231",
            time: 1_793_671_200_000, kind: "pickup.confirmed", payload: pickup)], from: station)
        let anomaly = try #require(try await centre.store.anomalies().first).id
        _ = try await call(.GET, "/v1/admin/anomalies?open=true", "listAnomalies", admin, nil)
        _ = try await call(.GET, "/v1/admin/anomalies?open=maybe", "listAnomalies", admin, nil)
        _ = try await call(.POST, "/v1/admin/anomalies/\(anomaly)/resolve", "resolveAnomaly", admin, json(#"{"note":" "}"#))
        _ = try await call(.POST, "/v1/admin/anomalies/\(anomaly)/resolve", "resolveAnomaly", admin, json(#"{"note":"已补录, \"两站\""}"#))
        _ = try await call(.POST, "/v1/admin/anomalies/\(anomaly)/resolve", "resolveAnomaly", admin, json(#"{"note":"again"}"#))
        _ = try await call(.POST, "/v1/admin/anomalies/999999/resolve", "resolveAnomaly", admin, json(#"{"note":"x"}"#))
        _ = try await call(.POST, "/v1/admin/anomalies/abc/resolve", "resolveAnomaly", admin, json(#"{"note":"x"}"#))
        _ = try await call(.GET, "/v1/admin/anomalies", "listAnomalies", admin, nil)

        _ = try await call(.GET, "/v1/admin/reports/consumption?month=2026-11&format=csv", "consumptionReport", admin, nil)
        _ = try await call(.GET, "/v1/admin/reports/consumption?month=2026-11&format=xlsx", "consumptionReport", admin, nil)
        _ = try await call(.GET, "/v1/admin/reports/consumption?month=2026-13", "consumptionReport", admin, nil)
        _ = try await call(.GET, "/v1/admin/reports/consumption?month=2026-11&format=pdf", "consumptionReport", admin, nil)
        _ = try await call(.GET, "/v1/admin/reports/consumption?month=2026-11", "consumptionReport", nil, nil)
        _ = try await call(.GET, "/v1/admin/reports/consumption?month=2026-11", "consumptionReport", stationToken, nil)
        _ = try await call(.GET, "/v1/admin/reports/count-accuracy?format=csv", "countAccuracyReport", admin, nil)
        _ = try await call(.GET, "/v1/admin/reports/visitors?month=2026-11&format=xlsx", "visitorsReport", admin, nil)
        _ = try await call(.GET, "/v1/admin/reports/visitors", "visitorsReport", admin, nil)

        // Withdrawals, last: nothing above depends on them.
        _ = try await call(.DELETE, "/v1/admin/locations/LOC-HQ", "withdrawLocation", admin, nil)  // FA-000123 is there
        _ = try await call(.DELETE, "/v1/admin/assets/FA-000123", "withdrawAsset", admin, nil)
        _ = try await call(.DELETE, "/v1/admin/assets/FA-000123", "withdrawAsset", admin, nil)  // withdrawn already
        _ = try await call(.DELETE, "/v1/admin/locations/LOC-HQ", "withdrawLocation", admin, nil)
        _ = try await call(.DELETE, "/v1/admin/people/100231", "withdrawPerson", nil, nil)
        _ = try await call(.DELETE, "/v1/admin/people/100231", "withdrawPerson", stationToken, nil)
        _ = try await call(.DELETE, "/v1/admin/people/100231", "withdrawPerson", admin, nil)
        _ = try await call(.DELETE, "/v1/admin/items/A4-70G", "withdrawItem", admin, nil)
        _ = try await call(.GET, "/v1/admin/invites", "listInvites", admin, nil)  // open: with the invite
        _ = try await call(.DELETE, "/v1/admin/invites/INV-7K2M9Q", "withdrawInvite", admin, nil)
        _ = try await call(.GET, "/v1/admin/invites", "listInvites", admin, nil)  // withdrawn
        _ = try await call(.GET, "/v1/admin/invites", "listInvites", stationToken, nil)
        _ = try await call(.GET, "/v1/admin/invites", "listInvites", nil, nil)
        _ = try await call(.DELETE, "/v1/admin/campaigns/2026-Q4", "withdrawCampaign", admin, nil)
        _ = try await call(.DELETE, "/v1/admin/campaigns/2026-Q9", "withdrawCampaign", admin, nil)
    }
}

import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Testing

/// The admin's `central` commands as a person runs them, against a real PostgreSQL and a real
/// SQLite file: admin tokens, reference records, requisitions, anomalies, reports.
@Suite("quartermaster central admin|put|requisition|anomalies|anomaly|report")
struct CentralAdminCommandTests {
    private func quartermaster(_ arguments: [String]) throws -> ChildProcess.Result {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        return try ChildProcess.run(binary, arguments, environment: ["USER": "李娜"])
    }

    @Test("admin add prints the token alone on its last line; revoke ends it", arguments: StoreKind.allCases)
    func adminAddRevoke(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let added = try quartermaster(["central", "admin", "add", "李娜", "--database", under.url])
        #expect(added.status == 0, "\(added.error)")
        let token = try #require(added.output.split(separator: "\n").last.map(String.init))
        #expect(token.range(of: "^qma_[0-9a-f]{64}$", options: .regularExpression) != nil)
        #expect(try await under.store.authenticateAdmin(token: token) == AuthenticatedAdmin(name: "李娜"))
        let twice = try quartermaster(["central", "admin", "add", "李娜", "--database", under.url])
        #expect(twice.status != 0)
        #expect(twice.error.contains("exists already"))
        let revoked = try quartermaster(["central", "admin", "revoke", "李娜", "--database", under.url])
        #expect(revoked.status == 0, "\(revoked.error)")
        #expect(try await under.store.authenticateAdmin(token: token) == nil)
    }

    @Test("put, requisition create/approve/reject/list, anomalies and resolve, reports to files", arguments: StoreKind.allCases)
    func adminDay(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let (folder, file) = try Self.bodyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = ["--database", under.url]
        let person = try file("person.json", #"{"badge":"100231","name":"张伟","department":"行政部, \"一组\"","roles":["employee","keeper"],"active":true}"#)
        let item = try file("item.json", #"{"code":"A4-70G","barcodes":["6901234000016"],"name":"A4复印纸, \"70g\"","spec":"70g","unit":"包","category":"耗材","stock":0,"threshold":20,"bin":"A-03-2"}"#)
        #expect(try quartermaster(["central", "put", "person", "--json", person] + db).status == 0)
        #expect(try quartermaster(["central", "put", "item", "--json", item] + db).status == 0)
        let broken = try quartermaster(["central", "put", "item", "--json", try file("bad.json", #"{"code":"X"}"#)] + db)
        #expect(broken.status != 0)
        #expect(broken.error.contains("could not be read"))

        let create = try quartermaster(["central", "requisition", "create", "YPQ-2026-001", "--department", "行政部, \"一组\"", "--requester", "100231",
                                        "--line", "A4-70G=10", "--purpose", "打印, \"季度\""] + db)
        #expect(create.status == 0, "\(create.error)")
        let absurd = try quartermaster(["central", "requisition", "create", "YPQ-2026-002", "--department", "行政部", "--requester", "100231",
                                        "--line", "A4-70G=99999999"] + db)
        #expect(absurd.status != 0)
        #expect(absurd.error.contains("99999999"))
        let unknown = try quartermaster(["central", "requisition", "create", "YPQ-2026-002", "--department", "行政部", "--requester", "100231",
                                         "--line", "NOPE=1"] + db)
        #expect(unknown.error.contains("NOPE"))
        #expect(try quartermaster(["central", "requisition", "approve", "YPQ-2026-001"] + db).status == 0)
        let rejectApproved = try quartermaster(["central", "requisition", "reject", "YPQ-2026-001", "--reason", "超出预算"] + db)
        #expect(rejectApproved.status == 0, "\(rejectApproved.error)")
        let list = try quartermaster(["central", "requisition", "list"] + db)
        #expect(list.output.contains("YPQ-2026-001  rejected  行政部, \"一组\"  100231  A4-70G×10  超出预算"))
        let stored = try ReferenceBody.decode(Requisition.self, from: try #require(try await under.store.referenceRecord(.requisition, key: "YPQ-2026-001")?.body))
        #expect(stored.approver == "李娜")  // --by defaults to the login name

        // An anomaly from a station's facts, listed, resolved with a note, listed as resolved.
        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        events.time = 1_793_671_200_000
        _ = try await under.store.push([events.pickup("YPQ-2026-001", "A4-70G", 6, recipient: "100231")], from: station)
        let open = try quartermaster(["central", "anomalies", "--open"] + db)
        #expect(open.status == 0, "\(open.error)")
        let id = try #require(open.output.split(separator: " ").first.map(String.init))
        #expect(open.output.contains("stock.below_zero"))
        let resolve = try quartermaster(["central", "anomaly", "resolve", id, "--note", "已补录, \"两站\"", "--by", "王强"] + db)
        #expect(resolve.status == 0, "\(resolve.error)")
        #expect(try quartermaster(["central", "anomalies", "--open"] + db).output.isEmpty)
        #expect(try quartermaster(["central", "anomalies"] + db).output.contains("resolved by 王强"))
        let again = try quartermaster(["central", "anomaly", "resolve", id, "--note", "x"] + db)
        #expect(again.status != 0)
        #expect(again.error.contains("resolved already"))

        let csv = folder + "/consumption.csv"
        let report = try quartermaster(["central", "report", "consumption", "--month", "2026-11", "--format", "csv", "--output", csv] + db)
        #expect(report.status == 0, "\(report.error)")
        #expect(try String(contentsOfFile: csv, encoding: .utf8)
            == "month,department,item_code,item_name,unit,quantity,pickups\r\n2026-11,\"行政部, \"\"一组\"\"\",A4-70G,\"A4复印纸, \"\"70g\"\"\",包,6,1\r\n")
        let xlsx = folder + "/consumption.xlsx"
        #expect(try quartermaster(["central", "report", "consumption", "--month", "2026-11", "--format", "xlsx", "--output", xlsx] + db).status == 0)
        let sheet = try #require(try WorkbookReader.read(xlsx).sheets.first)
        #expect(sheet["D2"]?.value == "A4复印纸, \"70g\"")
        #expect(sheet["F2"]?.value == "6")
        let noOutput = try quartermaster(["central", "report", "visitors", "--month", "2026-11", "--format", "xlsx"] + db)
        #expect(noOutput.status != 0)
        #expect(noOutput.error.contains("--output"))
        let noMonth = try quartermaster(["central", "report", "consumption"] + db)
        #expect(noMonth.status != 0)
        #expect(noMonth.error.contains("--month"))
    }

    @Test("put location and campaign, report count-accuracy --campaign keeps that campaign's sessions", arguments: StoreKind.allCases)
    func countAccuracyByCampaign(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let (folder, file) = try Self.bodyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = ["--database", under.url]
        let location = try file("location.json", #"{"code":"LOC-HQ","name":"总部, \"本部\""}"#)
        let day = #"{"year":2026,"month":11,"day":3}"#
        let campaign = try file("campaign.json", #"{"id":"2026-Q4-总部","name":"2026年第四季度盘点","locations":["LOC-HQ"],"starts":\#(day),"ends":\#(day)}"#)
        #expect(try quartermaster(["central", "put", "location", "--json", location] + db).status == 0)
        let put = try quartermaster(["central", "put", "campaign", "--json", campaign] + db)
        #expect(put.status == 0, "\(put.error)")
        #expect(try quartermaster(["central", "campaigns"] + db).output.contains("2026-Q4-总部  2026年第四季度盘点"))

        let station = try await under.enrolled(name: "一楼库房", station: "st-a")
        var events = Events(station: "st-a")
        _ = try await under.store.push([
            events.countOpened(session: "CNT-20261103-7K2M9Q", locations: ["LOC-HQ"], campaign: CountSession.Campaign(id: "2026-Q4-总部", name: "2026年第四季度盘点")),
            events.countOpened(session: "CNT-20261104-AAAAAA", locations: ["LOC-HQ"]),
        ], from: station)
        let report = try quartermaster(["central", "report", "count-accuracy", "--campaign", "2026-Q4-总部", "--format", "csv"] + db)
        #expect(report.status == 0, "\(report.error)")
        let expected = "campaign,campaign_name,session,station,location,location_name,found,moved,missing,surplus,disposed\r\n"
            + "2026-Q4-总部,2026年第四季度盘点,CNT-20261103-7K2M9Q,st-a,LOC-HQ,\"总部, \"\"本部\"\"\",0,0,0,0,0\r\n"
        #expect(report.output == expected)
    }

    @Test("withdraw: the site's stations pull a withdrawal; a location still holding an asset, or a key not there, is refused", arguments: StoreKind.allCases)
    func withdraw(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let (folder, file) = try Self.bodyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = ["--database", under.url]
        let station = try await under.enrolled(name: "总部库房", station: "st-hq", site: "总部")
        #expect(try quartermaster(["central", "put", "location", "--site", "总部", "--json", try file("room.json", #"{"code":"LOC-ZB-301","name":"301 会议室, \"大\""}"#)] + db).status == 0)
        #expect(try quartermaster(["central", "put", "asset", "--site", "总部", "--json", try file("laptop.json",
            #"{"tag":"FA-000123","name":"联想笔记本电脑","model":"","serial":"","category":"电脑","locationCode":"LOC-ZB-301","status":"in_use"}"#)] + db).status == 0)
        let before = try await under.store.reference(for: station, after: 0, limit: 10).cursor

        let held = try quartermaster(["central", "withdraw", "location", "LOC-ZB-301"] + db)
        #expect(held.status != 0)
        #expect(held.error.contains("FA-000123"), "\(held.error)")
        let withdrawn = try quartermaster(["central", "withdraw", "asset", "FA-000123"] + db)
        #expect(withdrawn.status == 0, "\(withdrawn.error)")
        #expect(withdrawn.output.contains("Withdrew asset FA-000123"))
        let pulled = try await under.store.reference(for: station, after: before, limit: 10).changes
        #expect(pulled.map(\.key) == ["FA-000123"])
        #expect(pulled.first?.body == nil)
        #expect(try under.count("reference", "kind = 'asset' AND site = '总部' AND body IS NULL") == 1)  // still the site's, withdrawn
        let again = try quartermaster(["central", "withdraw", "asset", "FA-000123"] + db)
        #expect(again.status != 0)
        #expect(again.error.contains("no asset FA-000123"), "\(again.error)")
        #expect(try quartermaster(["central", "withdraw", "location", "LOC-ZB-301"] + db).status == 0)
    }

    @Test("invites: open with its visitor, used at the reception that used it, or withdrawn by an admin", arguments: StoreKind.allCases)
    func invites(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let (folder, file) = try Self.bodyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = ["--database", under.url]
        let host = try file("host.json", #"{"badge":"100231","name":"张伟","department":"行政部","roles":["employee"],"active":true}"#)
        #expect(try quartermaster(["central", "put", "person", "--json", host] + db).status == 0)
        let day = #"{"year":2026,"month":12,"day":3}"#
        for code in ["INV-A", "INV-B", "INV-C"] {
            let invite = try file("\(code).json", #"{"code":"\#(code)","visitorName":"王芳","company":"甲公司, \"北京\"","hostBadge":"100231","date":\#(day),"purpose":"洽谈","site":"总部"}"#)
            let put = try quartermaster(["central", "put", "invite", "--json", invite] + db)
            #expect(put.status == 0, "\(put.error)")
        }
        #expect(try quartermaster(["central", "withdraw", "invite", "INV-B"] + db).status == 0)
        // Both receptions of the site hold INV-A and INV-C; the visitor with INV-C signs in at the lobby.
        let lobby = try await under.enrolled(name: "一楼前台", station: "st-lobby", site: "总部")
        let tower = try await under.enrolled(name: "二号楼前台", station: "st-tower", site: "总部")
        var atLobby = Events(station: "st-lobby")
        var atTower = Events(station: "st-tower")
        _ = try await under.store.push([
            atLobby.visit(1, "invited", status: "expected", date: "2026-12-03", invite: "INV-A"),
            atLobby.visit(2, "invited", status: "expected", date: "2026-12-03", invite: "INV-C"),
            atLobby.visit(2, "signed_in", status: "on_site", date: "2026-12-03", invite: "INV-C"),
        ], from: lobby)
        _ = try await under.store.push([
            atTower.visit(1, "invited", status: "expected", date: "2026-12-03", invite: "INV-A"),
            atTower.visit(2, "invited", status: "expected", date: "2026-12-03", invite: "INV-C"),
        ], from: tower)
        // INV-B and INV-C are both withdrawn in the register; only the list tells them apart.
        #expect(try under.count("reference", "kind = 'invite' AND body IS NULL") == 2)

        let listed = try quartermaster(["central", "invites"] + db)
        #expect(listed.status == 0, "\(listed.error)")
        #expect(listed.output == """
            INV-A  open  总部  王芳 (甲公司, "北京")  host 100231  2026-12-03  洽谈
            INV-B  withdrawn  总部
            INV-C  used  总部  at st-lobby: on_site

            """)
        let standings = try await CentralAdmin(store: under.store, admin: "李娜").invites()
        #expect(standings.map(\.state) == [.open, .withdrawn, .used])
        #expect(standings.first?.invite?.company == "甲公司, \"北京\"")
        #expect(standings.last?.station == "st-lobby")
        #expect(standings.last?.visitStatus == "on_site")
    }

    /// A folder for one test's request bodies and reports, and a writer of files into it.
    static func bodyFolder() throws -> (String, (String, String) throws -> String) {
        let folder = NSTemporaryDirectory() + "qm-central-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (folder, { name, text in
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            return folder + "/" + name
        })
    }
}

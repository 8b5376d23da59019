import AsyncHTTPClient
import Central
import Foundation
import NIOCore
import NIOHTTP1
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Testing

/// Locations, assets, invites and count campaigns an admin puts through the real admin API, on
/// a real centre (a SQLite file, and a database in the private PostgreSQL cluster), pulled by a
/// real station with the pass `sync now` runs: the count recognises the asset, reception the
/// invite, the count session names the campaign, and the centre's count-accuracy report goes
/// by campaign once the station has pushed its count.
@Suite struct ReferenceKindsPullTests {
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    func call(_ centre: CentreFixture, _ method: HTTPMethod, _ path: String, token: String, body: String? = nil) async throws -> (status: Int, text: String) {
        var request = HTTPClientRequest(url: centre.url + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer " + token)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let data = try await response.body.collect(upTo: 16 << 20)
        return (Int(response.status.code), String(buffer: data))
    }

    @Test(arguments: CentreKind.allCases)
    func theCountAndReceptionUseWhatTheCentreRegistered(_ kind: CentreKind) async throws {
        var given: (any CentralStore)?
        if kind == .postgres { given = try openCentralStore(try await PrivatePostgres.shared().makeDatabase()) }
        let centre = try await CentreFixture.start(store: given)
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("一楼库房"))
        let admin = try await centre.store.addAdmin(name: "李娜")
        let today = CalendarDate(Date(), in: station.database.stationTimeZone)

        let host = Person(badge: "100231", name: "张伟", department: "行政部", roles: [.employee])
        let site = Location(code: "LOC-ZB", name: "总部")
        let room = Location(code: "LOC-ZB-3F-301", name: "总部 3楼 301 会议室, \"大\"", parentCode: site.code)
        let laptop = Asset(tag: "FA-000123", name: "联想笔记本电脑", model: "ThinkPad X1", category: "电脑", locationCode: room.code,
                           status: .inUse, costCents: 899_900)
        // The code of an item at this station: refused there, and the rest still applied.
        let clash = Asset(tag: "A4-70", name: "复印机", locationCode: room.code, status: .inUse)
        let invite = CentralInvite(code: "INV-7K2M9Q", visitorName: "王芳", company: "华为, \"北京\"", hostBadge: host.badge, date: today, purpose: "面试")
        let campaign = CountCampaign(id: "2026-Q4-总部", name: "2026年第四季度盘点", locations: [site.code], starts: today.adding(days: -1), ends: today.adding(days: 7))
        for (path, body) in [
            ("people/100231", try Self.json(host)), ("locations/LOC-ZB", try Self.json(site)), ("locations/LOC-ZB-3F-301", try Self.json(room)),
            ("assets/FA-000123", try Self.json(laptop)), ("assets/A4-70", try Self.json(clash)), ("invites/INV-7K2M9Q", try Self.json(invite)),
            ("campaigns/2026-Q4-总部", try Self.json(campaign)),
        ] {
            let answer = try await call(centre, .PUT, "/v1/admin/" + path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!, token: admin, body: body)
            #expect(answer.status == 200, "\(path): \(answer.text)")
        }

        let pulled = try await SyncRun(database: station.database).run()
        #expect(pulled.refused.map(\.key) == ["A4-70"])
        #expect(pulled.refused.first?.reason.contains("item A4-70") == true)

        // The count: the room is there, the asset expected in it and found, the session the campaign's.
        let session = try station.database.openCount(CountOpening(scope: [room.code], blind: false, openedBy: "100231", station: station.id, time: Date()))
        #expect(session.campaign == CountSession.Campaign(id: campaign.id, name: campaign.name))
        let stored = try #require(try station.database.locations().first { $0.code == room.code })
        #expect(try station.database.countProgress(session: session.id, location: stored).expected == 1)
        let scan = try station.database.recordCountScan(CountTagScan(
            session: session.id, tag: laptop.tag, locationCode: room.code, countedBy: "100231", station: station.id, time: Date()))
        #expect(scan.scanClass == .foundInPlace)
        #expect(scan.asset?.name == "联想笔记本电脑")

        // Reception: the centre's invite signs the visitor in.
        guard case .signedIn(let pass) = try station.database.signIn(invite: invite.code, rulesVersion: nil, station: station.id, time: Date()) else {
            Issue.record("reception did not recognise the centre's invite")
            return
        }
        #expect(pass.name == "王芳")
        #expect(pass.hostName == "张伟")

        // Pushed: the centre's report is by campaign, and so is its filter.
        _ = try await SyncRun(database: station.database).run()
        let report = try await call(centre, .GET, "/v1/admin/reports/count-accuracy?format=csv&campaign=" + campaign.id.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!, token: admin)
        #expect(report.status == 200)
        let lines = report.text.split(separator: "\r\n").map(String.init)
        #expect(lines.first == CentralReports.countAccuracyColumns.joined(separator: ","))
        // Found 1; missing 1: the centre's register holds the asset the station refused.
        #expect(lines.dropFirst().contains { $0.hasPrefix("2026-Q4-总部,2026年第四季度盘点,\(session.id),库房-1,LOC-ZB-3F-301,") && $0.hasSuffix(",1,0,1,0,0") }, "\(lines)")
        let other = try await call(centre, .GET, "/v1/admin/reports/count-accuracy?format=csv&campaign=2025-Q1", token: admin)
        #expect(other.text.split(separator: "\r\n").count == 1)  // the header alone
        // The refusal reached the centre with the station's journal.
        #expect(try await centre.store.events(kinds: [JournalEventKind.referenceRefused.rawValue]).contains { $0.payload.contains("A4-70") })
        await centre.stop()
    }

    /// An admin moves a laptop from 总部's register to 分部's (`?site=`): at 总部 it is withdrawn
    /// and no longer expected in a count; 分部's station receives it.
    @Test func anAssetMovedToAnotherSiteIsNoLongerExpectedWhereItWas() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let headOffice = try SyncStation(id: "总部-1")
        let branch = try SyncStation(id: "分部-1")
        try await Enrolment.enrol(headOffice.database, centre: centre.url, code: try await centre.addStation("总部库房", site: "总部"))
        try await Enrolment.enrol(branch.database, centre: centre.url, code: try await centre.addStation("分部库房", site: "分部"))
        let admin = try await centre.store.addAdmin(name: "李娜")
        let room = Location(code: "LOC-ZB-3F-301", name: "总部 3楼 301 会议室, \"大\"")
        let shelf = Location(code: "LOC-FB-1F", name: "分部 1楼")
        let laptop = Asset(tag: "FA-000123", name: "联想笔记本电脑", locationCode: room.code, status: .inUse)
        let projector = Asset(tag: "FA-000124", name: "投影仪", locationCode: room.code, status: .inUse)
        func put(_ path: String, _ body: String, site: String) async throws {
            let answer = try await call(centre, .PUT, "/v1/admin/" + path + "?site=" + site.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!, token: admin, body: body)
            #expect(answer.status == 200, "\(path): \(answer.text)")
        }
        try await put("locations/LOC-ZB-3F-301", try Self.json(room), site: "总部")
        try await put("locations/LOC-FB-1F", try Self.json(shelf), site: "分部")
        try await put("assets/FA-000123", try Self.json(laptop), site: "总部")
        try await put("assets/FA-000124", try Self.json(projector), site: "总部")
        _ = try await SyncRun(database: headOffice.database).run()
        #expect(try headOffice.database.asset(tag: laptop.tag) != nil)

        var moved = laptop
        moved.locationCode = shelf.code
        try await put("assets/FA-000123", try Self.json(moved), site: "分部")
        _ = try await SyncRun(database: headOffice.database).run()
        _ = try await SyncRun(database: branch.database).run()

        let session = try headOffice.database.openCount(CountOpening(scope: [room.code], blind: false, openedBy: "100231", station: headOffice.id, time: Date()))
        let stored = try #require(try headOffice.database.locations().first { $0.code == room.code })
        #expect(try headOffice.database.countProgress(session: session.id, location: stored).expected == 1)  // the projector alone
        #expect(try branch.database.asset(tag: laptop.tag)?.locationCode == shelf.code)
        #expect(try branch.database.asset(tag: projector.tag) == nil)
        await centre.stop()
    }

    /// A site with two receptions: each holds the centre's invite as an expected visit. Signed
    /// in at the lobby, the invite is withdrawn at the centre, so the tower's copy opens nothing
    /// more and is never made a no-show; the report counts one visitor.
    @Test(arguments: CentreKind.allCases)
    func anInviteUsedAtOneReceptionOpensNothingAtTheOther(_ kind: CentreKind) async throws {
        var given: (any CentralStore)?
        if kind == .postgres { given = try openCentralStore(try await PrivatePostgres.shared().makeDatabase()) }
        let centre = try await CentreFixture.start(store: given)
        defer { centre.remove() }
        let lobby = try SyncStation(id: "一楼前台")
        let tower = try SyncStation(id: "二号楼前台")
        try await Enrolment.enrol(lobby.database, centre: centre.url, code: try await centre.addStation("一楼前台", site: "总部"))
        try await Enrolment.enrol(tower.database, centre: centre.url, code: try await centre.addStation("二号楼前台", site: "总部"))
        let admin = try await centre.store.addAdmin(name: "李娜")
        let today = CalendarDate(Date(), in: lobby.database.stationTimeZone)
        let invite = CentralInvite(code: "INV-7K2M9Q", visitorName: "王芳", company: "华为, \"北京\"", hostBadge: "100231", date: today, purpose: "面试", site: "总部")
        for (path, body) in [("people/100231", try Self.json(Person(badge: "100231", name: "张伟", department: "行政部", roles: [.employee]))),
                             ("invites/INV-7K2M9Q", try Self.json(invite))] {
            let answer = try await call(centre, .PUT, "/v1/admin/" + path, token: admin, body: body)
            #expect(answer.status == 200, "\(path): \(answer.text)")
        }
        _ = try await SyncRun(database: lobby.database).run()
        _ = try await SyncRun(database: tower.database).run()

        guard case .signedIn = try lobby.database.signIn(invite: invite.code, rulesVersion: nil, station: lobby.id, time: Date()) else {
            Issue.record("the lobby did not recognise the centre's invite")
            return
        }
        _ = try await SyncRun(database: lobby.database).run()  // pushes the sign-in
        #expect(try await centre.store.referenceRecord(.invite, key: invite.code)?.body == nil)
        _ = try await SyncRun(database: tower.database).run()  // pulls the withdrawal
        #expect(try tower.database.signIn(invite: invite.code, rulesVersion: nil, station: tower.id, time: Date()) == .refused(.unknownInvite))
        _ = try await SyncRun(database: lobby.database).run()
        #expect(try lobby.database.onSite().count == 1)  // the lobby's visit as it was
        _ = try await SyncRun(database: tower.database).run()

        let month = try ReportMonth(today.description.prefix(7).description)
        let visitors = try await CentralReports(store: centre.store).visitorsPerDay(month: month)
        #expect(visitors.rows.count == 1)
        #expect(visitors.rows.first?[1] == .integer(1))  // one visit
        #expect(visitors.rows.first?[2] == .integer(1))  // arrived
        await centre.stop()
    }
}

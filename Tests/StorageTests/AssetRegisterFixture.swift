import Foundation
import QuartermasterCore
import Storage

/// The register's office data on top of `StationFixture`: people with Chinese names and
/// plain-digit badges, a location tree (HQ → 3F → rooms, and a store), imported the way a
/// clerk imports them.
enum AssetRegisterFixture {
    static let time = Date(timeIntervalSince1970: 1_709_366_400)  // 2024-03-02T08:00:00Z
    static let people = """
        badge,name,department,roles
        100231,张三,行政部,employee
        100232,李四,信息部,employee;auditor
        100233,王五,信息部,employee
        100234,王五,财务部,employee
        """
    static let locations = """
        code,name,parent_code
        LOC-HQ-3F-301,总部 3楼 301,LOC-HQ-3F
        LOC-HQ-3F-302,总部 3楼 302,LOC-HQ-3F
        LOC-HQ-3F,总部 3楼,LOC-HQ
        LOC-HQ,总部,
        LOC-HQ-STORE,总部 仓库,LOC-HQ
        LOC-SZ,深圳分部,
        LOC-SZ-STORE,深圳 仓库,LOC-SZ
        """
    static let assetsHeader = "tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost\n"
    static let assets = assetsHeader + """
        FA-000001,"笔记本电脑, 14"" 屏",ThinkPad X1,PF2ABC01,电脑,LOC-HQ-3F-301,在用,100231,2023-05-12,"8,999.00"
        FA-000002,会议桌,,,家具,LOC-HQ-3F-301,in_use,,,
        FA-000003,投影仪,Epson CB-X49,EP-99,设备,LOC-HQ-3F-302,idle,100232,2021-06-01,1234.56
        FA-000004,打印机,HP M404,,设备,LOC-HQ-STORE,in_store,,,
        """

    static func make(assets: Bool = true) throws -> StationFixture {
        let fixture = try StationFixture()
        try fixture.database.importPeople(csv: people, file: "people-zh.csv", actorBadge: "C01", time: time)
        try fixture.database.importLocations(csv: locations, file: "locations.csv", actorBadge: "C01", time: time)
        if assets {
            try fixture.database.importAssets(csv: Self.assets, file: "assets.csv", actorBadge: "C01", time: time)
        }
        return fixture
    }

    /// The file problems of a refused import, or a recorded issue when it was not refused so.
    static func failure(_ body: () throws -> Void) -> CSVImportFailure? {
        do {
            try body()
        } catch let problem as ImportProblem {
            if case .file(let failure) = problem { return failure }
        } catch {}
        return nil
    }
}

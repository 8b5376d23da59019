import Foundation
import Testing

/// The office an end-to-end count counts: two rooms of one floor and a store room, assets with
/// Chinese names (one with a comma and quotes, one with an escape sequence an import let
/// through), an auditor with a plain-digit badge. Written as the import files an admin keeps
/// (`locations.csv`, `assets.csv`) and imported through the binary.
enum CountOffice {
    static let people = """
        badge,name,department,roles
        100231,张审计,审计部,auditor
        100232,李库管,后勤部,keeper

        """

    static let locations: [(code: String, name: String, parent: String?)] = [
        ("LOC-HQ", "总部", nil),
        ("LOC-HQ-3F", "总部 3楼", "LOC-HQ"),
        ("LOC-HQ-301", "301 会议室", "LOC-HQ-3F"),
        ("LOC-HQ-302", "302 财务室", "LOC-HQ-3F"),
        ("LOC-WH", "仓库", nil),
    ]

    /// tag, name, category, location, status, cost in cents.
    static let assets: [(tag: String, name: String, category: String, location: String, status: String, cost: Int)] = [
        ("FA-000001", "笔记本电脑", "电脑", "LOC-HQ-301", "in_use", 650_000),
        ("FA-000002", "投影仪", "设备", "LOC-HQ-301", "in_use", 300_000),
        ("FA-000003", "文件柜, \"A型\"", "家具", "LOC-HQ-301", "in_store", 150_000),
        ("FA-000004", "保险柜", "家具", "LOC-HQ-302", "in_use", 120_050),
        ("FA-000005", "办公桌", "家具", "LOC-HQ-302", "in_use", 80_000),
        ("FA-000006", "旧打印机", "设备", "LOC-HQ-302", "disposed", 0),
        ("FA-000007", "碎纸机\u{1b}[31m", "设备", "LOC-HQ-302", "idle", 45_000),
        ("FA-000008", "椅子", "家具", "LOC-WH", "in_use", 20_000),
    ]

    static var locationsCSV: String {
        "code,name,parent_code\n" + locations.map { "\($0.code),\($0.name),\($0.parent ?? "")" }.joined(separator: "\n") + "\n"
    }

    /// The register as the admin's asset file (our columns); a name with a comma and quotes is
    /// quoted as a spreadsheet writes it.
    static var assetsCSV: String {
        func cell(_ text: String) -> String {
            text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let rows = assets.map { asset in
            let cost = String(format: "%d.%02d", asset.cost / 100, asset.cost % 100)
            return [asset.tag, cell(asset.name), "", "", asset.category, asset.location, asset.status, "", "", cost].joined(separator: ",")
        }
        return "tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost\n" + rows.joined(separator: "\n") + "\n"
    }

    /// People, locations and assets imported through the binary, as an admin sets a station up.
    static func seed(data: String) throws {
        try Harness.write(people, to: data + "/people.csv")
        try Harness.write(locationsCSV, to: data + "/locations.csv")
        try Harness.write(assetsCSV, to: data + "/assets.csv")
        for (kind, file) in [("people", "people.csv"), ("locations", "locations.csv"), ("assets", "assets.csv")] {
            let imported = try Harness.run(Harness.binary, ["import", kind, data + "/" + file, "--data", data, "--station", "E2E"])
            #expect(imported.status == 0, "\(kind): \(imported.output) \(imported.error)")
        }
    }

    static func recording(_ part: Int) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ScanningTests/Fixtures/kiosk-count-\(part)-us.evemu").path
    }
}

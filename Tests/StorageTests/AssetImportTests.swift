import Foundation
import QuartermasterCore
import Storage
import Testing

/// `import assets`: our columns and Snipe-IT's export, all or nothing, every bad row reported
/// with its line and the column as the file names it.
@Suite("Asset import")
struct AssetImportTests {
    static let snipeIT = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snipe-it-asset-export.csv").path

    @Test func officeRowsAreRegisteredAndJournalled() throws {
        let fixture = try AssetRegisterFixture.make()
        let laptop = try #require(try fixture.database.asset(tag: "FA-000001"))
        #expect(laptop == Asset(tag: "FA-000001", name: "笔记本电脑, 14\" 屏", model: "ThinkPad X1", serial: "PF2ABC01", category: "电脑",
                                locationCode: "LOC-HQ-3F-301", status: .inUse, custodianBadge: "100231",
                                purchaseDate: CalendarDate("2023-05-12"), costCents: 899_900))
        #expect(try fixture.database.assets(location: "LOC-HQ-3F-301").map(\.tag) == ["FA-000001", "FA-000002"])
        #expect(try fixture.database.assets(location: "LOC-HQ-3F").isEmpty)
        #expect(try fixture.database.assets(location: "LOC-HQ-3F", includingSublocations: true).map(\.tag) == ["FA-000001", "FA-000002", "FA-000003"])
        #expect(try fixture.database.register(untaggedOnly: true).count == 4)
        #expect(try fixture.database.code("FA-000003") == .asset(#require(try fixture.database.asset(tag: "FA-000003"))))
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .assetsImported)
        #expect(entry.payload.contains(#"costCents":899900,"custodianBadge":"100231","locationCode":"LOC-HQ-3F-301","model":"ThinkPad X1""#), "\(entry.payload)")
    }

    @Test func reimportUpdatesAndCountsUnchanged() throws {
        let fixture = try AssetRegisterFixture.make()
        let summary = try fixture.database.importAssets(csv: AssetRegisterFixture.assetsHeader + """
            FA-000001,"笔记本电脑, 14"" 屏",ThinkPad X1,PF2ABC01,电脑,LOC-HQ-3F-301,在用,100231,2023-05-12,"8,999.00"
            FA-000002,会议桌,,,家具,LOC-HQ-3F-302,in_use,,,
            FA-000009,新椅子,,,家具,,in_store,,,
            """, file: "assets-2.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        #expect(summary == ImportSummary(file: "assets-2.csv", count: 3, added: 1, updated: 1, unchanged: 1))
        #expect(try fixture.database.asset(tag: "FA-000002")?.locationCode == "LOC-HQ-3F-302")
        #expect(try fixture.database.asset(tag: "FA-000009")?.locationCode == nil)
        #expect(try fixture.database.assets().count == 5)
    }

    @Test func everyBadRowIsReportedAndNothingIsImported() throws {
        let fixture = try AssetRegisterFixture.make()
        let register = try fixture.database.register()
        let journal = try fixture.database.journal().count
        let failure = AssetRegisterFixture.failure {
            try fixture.database.importAssets(csv: AssetRegisterFixture.assetsHeader + """
                FA-000010,好椅子,,,家具,LOC-HQ,in_use,,,
                FA-000011,柜子,,,家具,LOC-NOWHERE,in_use,,,
                100231,"桌子, 大",,,家具,LOC-HQ,in_use,,,
                LOC-HQ,桌子,,,家具,LOC-HQ,in_use,,,
                FA-000012,桌子,,,家具,LOC-HQ,in_use,,,999999999999999
                FA-000010,同号,,,家具,LOC-HQ,in_use,,,
                """, file: "bad-assets.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        }
        #expect(failure?.errors.map(\.description) == [
            #"bad-assets.csv:3: column "location": no location LOC-NOWHERE at this station; import the locations file first, or check the code"#,
            #"bad-assets.csv:4: column "tag": 100231 is already the badge of person 100231, and a code may name one thing only; give the asset another tag, or change the other code first"#,
            #"bad-assets.csv:5: column "tag": LOC-HQ is already the code of location LOC-HQ, and a code may name one thing only; give the asset another tag, or change the other code first"#,
            #"bad-assets.csv:6: column "cost": "999999999999999" is more than the station accepts for one asset (at most 10000000000); check the figure and the column"#,
            #"bad-assets.csv:7: column "tag": tag FA-000010 is already on line 2; one tag names one thing (一物一卡)"#,
        ])
        #expect(try fixture.database.register() == register)
        #expect(try fixture.database.asset(tag: "FA-000010") == nil)
        #expect(try fixture.database.journal().count == journal)
    }

    @Test func snipeITsExportImports() throws {
        let fixture = try AssetRegisterFixture.make(assets: false)
        let data = try #require(FileManager.default.contents(atPath: Self.snipeIT))
        let summary = try fixture.database.importAssets(
            CSVTable(parsing: [UInt8](data), file: "snipe-it-asset-export.csv"), actorBadge: "C01", time: AssetRegisterFixture.time)
        #expect(summary == ImportSummary(file: "snipe-it-asset-export.csv", count: 4, added: 4, updated: 0, unchanged: 0))
        let assets = try fixture.database.assets()
        // Locations by name ("总部 3楼 301") or by code ("LOC-HQ-3F-301"), people by name.
        #expect(assets.map(\.tag) == ["FA-000101", "FA-000102", "FA-000103", "FA-000104"])
        #expect(assets.map(\.locationCode) == ["LOC-HQ-3F-301", "LOC-HQ-STORE", "LOC-HQ-3F-301", "LOC-HQ-3F-301"])
        #expect(assets.map(\.custodianBadge) == ["100231", nil, "100232", nil])
        #expect(assets.map(\.name) == ["ThinkPad X1 Carbon, 第9代", "Dell U2720Q 27\"", "办公椅", "投影仪 \"会议室\""])
        #expect(assets.map(\.costCents) == [899_900, 345_050, 1_200_000, 123_456])
        #expect(assets.map(\.status) == [.inUse, .inStore, .idle, .underRepair])
    }

    @Test func snipeITNamesThatDoNotSayWhichAreRefused() throws {
        let fixture = try AssetRegisterFixture.make(assets: false)
        // Shenzhen's store is given the same name as HQ's, as offices do.
        try fixture.database.importLocations(csv: "code,name,parent_code\nLOC-SZ-STORE,总部 仓库,LOC-SZ\n", file: "l.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        let failure = AssetRegisterFixture.failure {
            try fixture.database.importAssets(csv: """
                Asset Tag,Name,Status,Location,Checked Out To,Manufacturer
                FA-000201,台式机,Deployed,总部 仓库,张三,Dell
                FA-000202,台式机,Deployed,总部 3楼,王五,Dell
                FA-000203,台式机,Deployed,北京分部,赵六,Dell
                FA-000204,台式机,Deployed,LOC-SZ,100232,"Dell, Inc."
                """, file: "snipe.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        }
        #expect(failure?.errors.map(\.description) == [
            #"snipe.csv:2: column "Location": 2 locations are named "总部 仓库" (LOC-HQ-STORE, LOC-SZ-STORE); write the location's code in this cell instead"#,
            #"snipe.csv:3: column "Checked Out To": 2 people are named "王五" (badges 100233, 100234); write the badge instead, or export Snipe-IT's Employee Number column"#,
            #"snipe.csv:4: column "Location": no location named "北京分部" (or with that code) at this station; import the locations file first, or write the location's code"#,
            #"snipe.csv:4: column "Checked Out To": nobody named "赵六" (or with that badge) at this station; import the people file first, export Snipe-IT's Employee Number column, or empty the cell if it was checked out to a place or another asset"#,
        ])
        #expect(try fixture.database.assets().isEmpty)
    }

    @Test func disposalIsNeitherMadeNorUndoneByAFile() throws {
        let fixture = try AssetRegisterFixture.make()
        // New and already disposed: registered with a disposal record.
        try fixture.database.importAssets(csv: AssetRegisterFixture.assetsHeader + "FA-000050,旧电脑,,,电脑,LOC-HQ-STORE,报废,,,\n",
                                          file: "old.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        let entry = try #require(try fixture.database.registerEntry(tag: "FA-000050"))
        #expect(entry.asset.status == .disposed)
        #expect(entry.disposal?.reason == "disposed before import (old.csv line 2)")
        #expect(entry.disposal?.approver == "C01")

        let failure = AssetRegisterFixture.failure {
            try fixture.database.importAssets(csv: AssetRegisterFixture.assetsHeader + """
                FA-000050,旧电脑,,,电脑,LOC-HQ-STORE,in_use,,,
                FA-000001,"笔记本电脑, 14"" 屏",ThinkPad X1,PF2ABC01,电脑,LOC-HQ-3F-301,disposed,100231,2023-05-12,"8,999.00"
                """, file: "undo.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        }
        #expect(failure?.errors.map { "\($0.line) \($0.column ?? "")" } == ["2 status", "3 status"])
        #expect(failure?.errors.last?.message.contains("quartermaster assets dispose FA-000001") == true)
        #expect(try fixture.database.asset(tag: "FA-000001")?.status == .inUse)
    }
}

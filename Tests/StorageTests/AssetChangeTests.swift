import Foundation
import QuartermasterCore
import Storage
import Testing

/// Register changes at the station: each one transaction with its journal event (who, when,
/// why); disposal a status with its record, after which the asset never changes again.
@Suite("Asset changes")
struct AssetChangeTests {
    static let time = Date(timeIntervalSince1970: 1_709_452_800)  // 2024-03-03T08:00:00Z

    @Test func aMoveIsJournalledWithWhoWhenAndWhy() throws {
        let fixture = try AssetRegisterFixture.make()
        let moved = try fixture.database.moveAsset(tag: "FA-000002", to: "LOC-HQ-3F-302", reason: "会议室改造, 暂存", actorBadge: "100232", time: Self.time)
        #expect(moved.locationCode == "LOC-HQ-3F-302")
        #expect(try fixture.database.asset(tag: "FA-000002")?.locationCode == "LOC-HQ-3F-302")
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .assetMoved)
        #expect(entry.actorBadge == "100232")
        #expect(entry.time == Self.time)
        #expect(entry.payload == #"{"after":"LOC-HQ-3F-302","before":"LOC-HQ-3F-301","field":"location","reason":"会议室改造, 暂存","station":"hq-1","tag":"FA-000002"}"#)

        let count = try fixture.database.journal().count
        try fixture.database.moveAsset(tag: "FA-000002", to: "LOC-HQ-3F-302", reason: "again", actorBadge: "100232", time: Self.time)
        #expect(try fixture.database.journal().count == count, "already there: nothing recorded")
    }

    @Test func changesNeedAKnownAssetPlaceAndReason() throws {
        let fixture = try AssetRegisterFixture.make()
        let before = try fixture.database.journal()
        #expect(throws: StationProblem.self) { try fixture.database.moveAsset(tag: "FA-999999", to: "LOC-HQ", reason: "x", actorBadge: "C01", time: Self.time) }
        #expect(throws: StationProblem.self) { try fixture.database.moveAsset(tag: "FA-000001", to: "LOC-NOWHERE", reason: "x", actorBadge: "C01", time: Self.time) }
        #expect(throws: StationProblem.self) { try fixture.database.moveAsset(tag: "FA-000001", to: "LOC-HQ", reason: "  ", actorBadge: "C01", time: Self.time) }
        #expect(throws: StationProblem.self) { try fixture.database.setAssetStatus(tag: "FA-000001", to: .disposed, reason: "x", actorBadge: "C01", time: Self.time) }
        #expect(try fixture.database.journal() == before)
        #expect(try fixture.database.asset(tag: "FA-000001")?.locationCode == "LOC-HQ-3F-301")
    }

    @Test func aStatusChangeIsJournalled() throws {
        let fixture = try AssetRegisterFixture.make()
        try fixture.database.setAssetStatus(tag: "FA-000003", to: .underRepair, reason: "灯泡坏了", actorBadge: "100232", time: Self.time)
        #expect(try fixture.database.asset(tag: "FA-000003")?.status == .underRepair)
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .assetStatusChanged)
        #expect(entry.payload == #"{"after":"under_repair","before":"idle","field":"status","reason":"灯泡坏了","station":"hq-1","tag":"FA-000003"}"#)
    }

    @Test func disposalIsAStatusWithARecordAndTheAssetStays() throws {
        let fixture = try AssetRegisterFixture.make()
        let date = try #require(CalendarDate("2024-03-03"))
        let disposal = try fixture.database.disposeAsset(tag: "FA-000003", date: date, reason: "灯管老化, 维修不经济", approver: "李经理", actorBadge: "100232", time: Self.time)
        #expect(disposal == AssetDisposal(tag: "FA-000003", date: date, reason: "灯管老化, 维修不经济", approver: "李经理"))
        let entry = try #require(try fixture.database.registerEntry(tag: "FA-000003"))
        #expect(entry.asset.status == .disposed)
        #expect(entry.disposal == disposal)
        #expect(try fixture.database.assets().count == 4, "never deleted")
        let event = try #require(try fixture.database.journal().last)
        #expect(event.kind == .assetDisposed)
        #expect(event.payload == #"{"approver":"李经理","date":"2024-03-03","reason":"灯管老化, 维修不经济","station":"hq-1","tag":"FA-000003"}"#)

        // A disposed asset does not change again, and is not disposed of twice.
        let journal = try fixture.database.journal()
        let problem = #expect(throws: StationProblem.self) {
            try fixture.database.moveAsset(tag: "FA-000003", to: "LOC-HQ", reason: "x", actorBadge: "C01", time: Self.time)
        }
        #expect(problem?.message.contains("disposed of on 2024-03-03 (灯管老化, 维修不经济, approved by 李经理)") == true, "\(String(describing: problem))")
        #expect(throws: StationProblem.self) { try fixture.database.setAssetStatus(tag: "FA-000003", to: .inUse, reason: "x", actorBadge: "C01", time: Self.time) }
        #expect(throws: StationProblem.self) { try fixture.database.disposeAsset(tag: "FA-000003", date: date, reason: "x", approver: "y", actorBadge: "C01", time: Self.time) }
        #expect(throws: StationProblem.self) { try fixture.database.disposeAsset(tag: "FA-000001", date: date, reason: "x", approver: " ", actorBadge: "C01", time: Self.time) }
        #expect(try fixture.database.journal() == journal)
    }

    @Test func addedAssetsTakeTheNextFreeTag() throws {
        let fixture = try AssetRegisterFixture.make()
        // A person whose badge has the shape of the next tag: the tag after it is taken.
        try fixture.database.importPeople(csv: "badge,name,department,roles\nFA-000005,外包 王,外包,employee\n", file: "p.csv", actorBadge: "C01", time: Self.time)
        let added = try fixture.database.addAsset(
            Asset(tag: "", name: "碎纸机", category: "设备", locationCode: "LOC-HQ-STORE", status: .inStore), reason: "盘盈登记", actorBadge: "100232", time: Self.time)
        #expect(added.tag == "FA-000006")
        #expect(try fixture.database.asset(tag: "FA-000006")?.name == "碎纸机")
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .assetAdded)
        #expect(entry.payload.contains(#""reason":"盘盈登记""#), "\(entry.payload)")

        let numbering = try AssetTagNumbering(prefix: "ZC-", digits: 4)
        #expect(try fixture.database.addAsset(Asset(tag: "", name: "椅子"), numbering: numbering, reason: "x", actorBadge: "C01", time: Self.time).tag == "ZC-0001")
        #expect(throws: StationProblem.self) {
            try fixture.database.addAsset(Asset(tag: "100231", name: "椅子"), reason: "x", actorBadge: "C01", time: Self.time)
        }
        #expect(throws: StationProblem.self) {
            try fixture.database.addAsset(Asset(tag: "", name: "椅子", locationCode: "LOC-NOWHERE"), reason: "x", actorBadge: "C01", time: Self.time)
        }
    }

    @Test func queuedTagsCountAsPrintedInTheSameTransaction() throws {
        let fixture = try AssetRegisterFixture.make()
        let job = try fixture.database.enqueueTagPrintJob(
            tags: ["FA-000001", "FA-000002"], queue: "qm-pdf", format: "application/pdf", title: "Labels asset-62x29 ×2",
            payload: [1, 2, 3], actorBadge: "100232", at: Self.time)
        #expect(try fixture.database.printJob(id: job.id)?.state == .pending)
        #expect(try fixture.database.register(untaggedOnly: true).map(\.asset.tag) == ["FA-000003", "FA-000004"])
        #expect(try fixture.database.journal().last?.kind == .assetTagsPrinted)

        try fixture.database.enqueueTagPrintJob(
            tags: ["FA-000001"], reprintReason: "标签撕坏", queue: "qm-pdf", format: "application/pdf", title: "t", payload: [1],
            actorBadge: "100231", at: Self.time)
        #expect(try fixture.database.registerEntry(tag: "FA-000001")?.tagPrinted == 2)
        let reprint = try #require(try fixture.database.journal().last)
        #expect(reprint.kind == .assetTagReprinted)
        #expect(reprint.actorBadge == "100231")
        #expect(reprint.payload.contains(#""reason":"标签撕坏""#))
        #expect(reprint.payload.contains(#""tags":["FA-000001"]"#))
    }

    @Test func aDisposedAssetGetsNoTagAndNothingIsQueued() throws {
        let fixture = try AssetRegisterFixture.make()
        try fixture.database.disposeAsset(tag: "FA-000004", date: #require(CalendarDate("2024-03-03")), reason: "报废", approver: "李经理", actorBadge: "C01", time: Self.time)
        let journal = try fixture.database.journal()
        #expect(throws: StationProblem.self) {
            try fixture.database.enqueueTagPrintJob(tags: ["FA-000001", "FA-000004"], queue: "qm-pdf", format: "application/pdf", title: "t", payload: [1], actorBadge: "C01", at: Self.time)
        }
        #expect(throws: StationProblem.self) {
            try fixture.database.enqueueTagPrintJob(tags: ["FA-000001"], reprintReason: " ", queue: "qm-pdf", format: "application/pdf", title: "t", payload: [1], actorBadge: "C01", at: Self.time)
        }
        #expect(try fixture.database.printBacklogCount() == 0)
        #expect(try fixture.database.registerEntry(tag: "FA-000001")?.tagPrinted == 0)
        #expect(try fixture.database.journal() == journal)
    }

    @Test func theExportIsTheRegisterFormulaSafe() throws {
        let fixture = try AssetRegisterFixture.make()
        try fixture.database.importAssets(csv: AssetRegisterFixture.assetsHeader + "FA-000007,\"=HYPERLINK(\"\"x\"\")\",,,,LOC-HQ,in_use,,,\n", file: "f.csv", actorBadge: "C01", time: Self.time)
        let text = try fixture.database.exportAssets()
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == AssetsCSV.exportColumns.joined(separator: ","))
        #expect(lines[1] == #"FA-000001,"笔记本电脑, 14"" 屏",ThinkPad X1,PF2ABC01,电脑,LOC-HQ-3F-301,in_use,100231,2023-05-12,8999.00,,总部 3楼 301,,,0"#)
        #expect(lines.contains(#"FA-000007,"'=HYPERLINK(""x"")",,,,LOC-HQ,in_use,,,,,总部,,,0"#), "\(text)")
        #expect(try fixture.database.exportAssets(byteOrderMark: true).hasPrefix("\u{FEFF}tag,"))
        #expect(try fixture.database.assetsTable().rows.count == 5)
    }
}

import Foundation
import QuartermasterTesting
import Testing

/// The register on the real binary: locations and a Snipe-IT export imported, changes at the
/// command line journalled, text from the files escaped on the way to the terminal, and tags
/// and location labels printed through a private cupsd as one job whose PDF reads back (zbarimg)
/// to exactly the tags asked for.
@Suite(.serialized) struct AssetRegisterEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let labels = ["QM_LABELS": packageRoot + "/labels"]
    static let people = "badge,name,department,roles\n100231,张三,行政部,employee\n100232,李四,信息部,employee;auditor\nE1001,王库管,库房,keeper\n"
    static let locations = """
        code,name,parent_code
        LOC-HQ-3F-301,总部 3楼 301,LOC-HQ-3F
        LOC-HQ-3F,总部 3楼,LOC-HQ
        LOC-HQ,总部,
        LOC-HQ-STORE,总部 仓库,LOC-HQ

        """

    /// A data folder with people, locations and the Snipe-IT fixture imported through the binary.
    static func register(_ name: String) throws -> String {
        let data = try Harness.temporaryFolder(name)
        try Harness.write(people, to: data + "/people.csv")
        try Harness.write(locations, to: data + "/locations.csv")
        for (kind, file) in [("people", data + "/people.csv"), ("locations", data + "/locations.csv"),
                             ("assets", packageRoot + "/Tests/Fixtures/snipe-it-asset-export.csv")] {
            let result = try Harness.run(Harness.binary, ["import", kind, file, "--data", data, "--station", "E2E"])
            #expect(result.status == 0, "import \(kind): \(result.output) \(result.error)")
        }
        return data
    }

    /// Every code zbarimg reads in every page of `pdf`, sorted.
    static func decode(_ pdf: String, in folder: String) throws -> [String] {
        let prefix = folder + "/page-\(UUID().uuidString.prefix(6))"
        try Harness.run("pdftoppm", ["-r", "300", "-png", pdf, prefix])
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { (folder + "/" + $0).hasPrefix(prefix) && $0.hasSuffix(".png") }.sorted().map { folder + "/" + $0 }
        #expect(!pages.isEmpty, "pdftoppm made no pages of \(pdf)")
        let decoded = try Harness.run("zbarimg", ["-q", "--raw"] + pages)
        return decoded.output.split(separator: "\n").map { String($0) }.sorted()
    }

    // MARK: Tags

    @Test func untaggedAssetsPrintAsOneJobWhoseQRCodesAreTheTags() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Self.register("tags-untagged")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = cupsd.environment.merging(Self.labels) { $1 }
        let db = data + "/station.sqlite"

        // A disposed asset gets no tag.
        let disposed = try Harness.run(Harness.binary, ["assets", "dispose", "FA-000104", "--reason", "坏了", "--approver", "李经理", "--data", data])
        #expect(disposed.status == 0, "\(disposed.error)")
        let result = try cupsd.run(["tags", "print", "--untagged", "--location", "LOC-HQ-3F", "--printer", "qm-pdf", "--by", "100232", "--data", data], environment: environment)
        try cupsd.checkAlive("after printing tags")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("Queued 2 label(s) as one PDF job"), "\(result.output)")
        #expect(result.output.contains("Printed: CUPS job"), "\(result.output)")
        #expect(try Harness.sql(db, "select count(*) || ':' || max(state) from print_job") == "1:completed")
        #expect(try Self.decode(cupsd.pdfOutput, in: data) == ["FA-000101", "FA-000103"])
        #expect(try Harness.sql(db, "select group_concat(tag || '=' || tag_printed, ' ') from (select * from asset order by tag)")
            == "FA-000101=1 FA-000102=0 FA-000103=1 FA-000104=0")
        #expect(try Harness.sql(db, "select actor || ' ' || json_extract(payload, '$.tags') from journal where kind = 'asset.tags_printed'")
            == #"100232 ["FA-000101","FA-000103"]"#)

        // Printed once: the next --untagged run at the same place has nothing left to print.
        let again = try cupsd.run(["tags", "print", "--untagged", "--location", "LOC-HQ-3F", "--printer", "qm-pdf", "--data", data], environment: environment)
        #expect(again.status == 0, "\(again.output) \(again.error)")
        #expect(again.output.contains("nothing to print"), "\(again.output)")
        Thread.sleep(forTimeInterval: 2)  // the window in which a second copy would arrive
        #expect(cupsd.pdfJobs().count == 1, "one job: \(cupsd.pdfJobs())")
    }

    @Test func aReprintIsRecordedWithItsReason() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Self.register("tags-reprint")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = cupsd.environment.merging(Self.labels) { $1 }
        let db = data + "/station.sqlite"

        try Harness.write("Asset Tag,Name\nFA-000102,\"Dell, 27寸\"\n", to: data + "/tags.csv")
        let named = try cupsd.run(["tags", "print", "--csv", data + "/tags.csv", "--printer", "qm-pdf", "--data", data], environment: environment)
        #expect(named.status == 0, "\(named.output) \(named.error)")
        let reprint = try cupsd.run(["tags", "reprint", "FA-000102", "--reason", "标签撕坏, 重新打印", "--printer", "qm-pdf", "--actor", "100231", "--data", data], environment: environment)
        try cupsd.checkAlive("after a reprint")
        #expect(reprint.status == 0, "\(reprint.output) \(reprint.error)")
        #expect(try Self.decode(cupsd.pdfOutput, in: data) == ["FA-000102"])
        #expect(try Harness.sql(db, "select tag_printed from asset where tag = 'FA-000102'") == "2")
        #expect(try Harness.sql(db, "select actor || ' ' || json_extract(payload, '$.reason') from journal where kind = 'asset.tag_reprinted'")
            == "100231 标签撕坏, 重新打印")

        let missing = try cupsd.run(["tags", "reprint", "FA-999999", "--reason", "x", "--printer", "qm-pdf", "--data", data], environment: environment)
        #expect(missing.status != 0)
        #expect(missing.error.contains("There is no asset with tag FA-999999"), "\(missing.error)")
        #expect(try Harness.sql(db, "select count(*) from print_job") == "2")
    }

    @Test func locationLabelsCarryTheirCodes() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Self.register("tags-locations")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = cupsd.environment.merging(Self.labels) { $1 }

        let result = try cupsd.run(["tags", "locations", "--location", "LOC-HQ-3F-301", "LOC-HQ-STORE", "--printer", "qm-pdf", "--data", data], environment: environment)
        try cupsd.checkAlive("after printing location labels")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("Queued 2 label(s) as one PDF job"), "\(result.output)")
        // Each label carries its code twice: as QR and as Code 128.
        #expect(try Self.decode(cupsd.pdfOutput, in: data) == ["LOC-HQ-3F-301", "LOC-HQ-3F-301", "LOC-HQ-STORE", "LOC-HQ-STORE"])
    }

    // MARK: Changes and output at the terminal

    @Test func changesAtTheCommandLineAreJournalledAndTextIsEscaped() throws {
        let data = try Self.register("assets-cli")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let db = data + "/station.sqlite"
        let run = { (arguments: [String]) in try Harness.run(Harness.binary, arguments + ["--data", data]) }

        // A name with an ESC sequence and a newline, as a hostile or broken export could hold.
        try Harness.write("tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost\nFA-EVIL-1,\"evil\u{1B}[2Jname\nsecond\",,,,LOC-HQ,in_use,,,\n", to: data + "/evil.csv")
        #expect(try run(["import", "assets", data + "/evil.csv"]).status == 0)
        let list = try run(["assets", "list", "--location", "LOC-HQ"])
        #expect(list.status == 0, "\(list.error)")
        #expect(!list.output.contains("\u{1B}"), "raw ESC reached the terminal: \(list.output)")
        #expect(list.output.contains(#"evil\x1b[2Jname\x0asecond"#), "\(list.output)")
        #expect(!list.output.contains("\nsecond"), "a newline in a name forged a line: \(list.output)")
        let show = try run(["assets", "show", "FA-EVIL-1"])
        #expect(!show.output.contains("\u{1B}"), "\(show.output)")

        let move = try run(["assets", "move", "FA-000102", "--to", "LOC-HQ-3F-301", "--reason", "借用", "--by", "100232"])
        #expect(move.status == 0, "\(move.error)")
        let set = try run(["assets", "set", "FA-000104", "--status", "在用", "--reason", "修好了", "--actor", "100231"])
        #expect(set.status == 0, "\(set.error)")
        let dispose = try run(["assets", "dispose", "FA-000103", "--reason", "坏了", "--approver", "李经理", "--date", "2024-05-01"])
        #expect(dispose.status == 0, "\(dispose.error)")
        #expect(try Harness.sql(db, "select group_concat(kind || ' ' || actor, '; ') from (select * from journal where kind like 'asset.%' order by sequence)")
            == "asset.moved 100232; asset.status_changed 100231; asset.disposed \(ProcessInfo.processInfo.environment["USER"] ?? "admin")")
        #expect(try Harness.sql(db, "select date || ' ' || reason || ' ' || approver from asset_disposal") == "2024-05-01 坏了 李经理")

        let shown = try run(["assets", "show", "FA-000103"])
        #expect(shown.output.contains("disposed:          2024-05-01: 坏了 (approved by 李经理)"), "\(shown.output)")
        let refused = try run(["assets", "set", "FA-000103", "--status", "in_use", "--reason", "x"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("was disposed of on 2024-05-01"), "\(refused.error)")

        let added = try run(["assets", "add", "--name", "碎纸机", "--location", "LOC-HQ-STORE", "--cost", "1,299.00"])
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output.split(separator: "\n").last == "FA-000105", "the new tag alone on the last line: \(added.output)")

        // The station's own numbering from station.yaml.
        try Harness.write("asset_tags:\n  prefix: 'ZC-'\n  digits: 5\n", to: data + "/station.yaml")
        let numbered = try run(["assets", "add", "--name", "白板", "--reason", "新购"])
        #expect(numbered.output.split(separator: "\n").last == "ZC-00001", "\(numbered.output) \(numbered.error)")
        // …which the kiosk then recognises as the shape of an asset tag, registered or not.
        try Harness.write("E1001\nZC-00002\n", to: data + "/scan.txt")
        let kiosk = try run(["kiosk", "--script", data + "/scan.txt", "--language", "en"])
        #expect(kiosk.output.contains("That is an asset tag"), "\(kiosk.output) \(kiosk.error)")
        try Harness.write("asset_tags:\n  digits: 0\n", to: data + "/station.yaml")
        let broken = try run(["assets", "add", "--name", "白板"])
        #expect(broken.status != 0)
        #expect(broken.error.contains("station.yaml:2: key \"asset_tags.digits\": asset tag numbers need 1 to 12 digits, not 0"), "\(broken.error)")
        try FileManager.default.removeItem(atPath: data + "/station.yaml")

        let export = try run(["export", "assets", "--bom"])
        #expect(export.output.hasPrefix("\u{FEFF}tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost,"), "\(export.output.prefix(200))")
        #expect(export.output.contains("FA-000105,碎纸机,,,,LOC-HQ-STORE,in_use,,,1299.00,,总部 仓库,,,0"), "\(export.output)")
        let xlsx = try run(["export", "assets", "--format", "xlsx", "-o", data + "/assets.xlsx"])
        #expect(xlsx.status == 0, "\(xlsx.error)")
        let sheet = try #require(try WorkbookReader.read(data + "/assets.xlsx").sheets.first)
        #expect(sheet.name == "assets")
        let shredder = try #require(sheet.cells.first { $0.column == 0 && $0.value == "FA-000105" })
        let row = sheet.cells.filter { $0.row == shredder.row }
        #expect(row.first { $0.column == 9 }.map { [$0.type, $0.value] } == ["n", "1299"])  // cost, a number
        #expect(row.first { $0.column == 11 }.map { [$0.type, $0.value] } == ["s", "总部 仓库"])
    }
}

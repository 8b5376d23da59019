import Foundation
import Testing

/// `count report -o FILE` streams the CSV through a temporary file beside FILE and renames it
/// into place: the file holds the whole report (an older, longer one is replaced, not
/// overwritten in part), no temporary file is left behind, and a folder that is not there is
/// refused with what to do.
@Suite(.serialized) struct CountReportOutputTests {
    @Test func theReportReplacesTheFileWholeAndLeavesNothingBehind() throws {
        let data = try Harness.temporaryFolder("count-report-out")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try CountOffice.seed(data: data)
        let opened = try Harness.run(Harness.binary, ["count", "open", "--scope", "LOC-HQ-301", "--by", "100231", "--data", data, "--station", "E2E"])
        #expect(opened.status == 0, "\(opened.error)")
        let target = data + "/out/count.csv"
        try FileManager.default.createDirectory(atPath: data + "/out", withIntermediateDirectories: false)
        try Harness.write(String(repeating: "an older, longer report\n", count: 2000), to: target)

        let report = try Harness.run(Harness.binary, ["count", "report", "--last", "--format", "csv", "-o", target, "--data", data])
        #expect(report.status == 0, "\(report.error)")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        let stdout = try Harness.run(Harness.binary, ["count", "report", "--last", "--format", "csv", "--data", data])
        #expect(written == stdout.output, "the file is exactly the report, as standard output gets it")
        #expect(written.hasPrefix("tag,name,expected_location,found_location,outcome,counted_by,time,") && !written.contains("older"))
        #expect(written.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4, "header and the three assets of 301: \(written)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/out") == ["count.csv"], "no temporary file left")

        let refused = try Harness.run(Harness.binary, ["count", "report", "--last", "--format", "csv", "-o", data + "/nowhere/count.csv", "--data", data])
        #expect(refused.status != 0)
        #expect(refused.error.contains("Cannot write \(data)/nowhere/count.csv"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: data + "/nowhere"))
    }
}

// 1,000 asset labels (QR, tag, a Chinese or English name) from a CSV into one print-ready PDF:
// wall time, peak memory (VmHWM) and file size. Plain harness; run.sh runs it beside
// glabels-3-batch on the same CSV and prints both.
//
//   label-batch --write-csv FILE [ROWS]          write the benchmark CSV (tag,name) and exit
//   label-batch CSV OUT.pdf [TEMPLATE]           render CSV to OUT.pdf with TEMPLATE (asset-62x29)
import Foundation
import QuartermasterCore
import Rendering

/// Peak resident set size of this process in KiB, as the kernel counts it.
func peakResidentKiB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
}

/// Names of the kind the register holds: half Chinese, half English, some long enough to shrink or wrap.
func assetName(_ index: Int) -> String {
    let chinese = ["张三的笔记本电脑", "行政部打印机", "会议室投影仪 3楼", "李经理的显示器", "前台访客登记平板", "仓库叉车充电器（备用）"]
    let english = ["Dell Latitude 7440 laptop", "HP LaserJet M428 printer", "Meeting room projector, 3rd floor",
                   "27-inch monitor", "Reception tablet", "Forklift charger (spare)"]
    return index % 2 == 0 ? chinese[index / 2 % chinese.count] : english[index / 2 % english.count]
}

func writeCSV(to path: String, rows: Int) throws {
    var text = "tag,name\n"
    for index in 1...rows {
        let tag = "FA-" + String(repeating: "0", count: max(0, 6 - String(index).count)) + String(index)
        text += "\(tag),\"\(assetName(index).replacingOccurrences(of: "\"", with: "\"\""))\"\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--write-csv", arguments.count >= 2 {
    try writeCSV(to: arguments[1], rows: arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000)
    exit(0)
}
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: label-batch CSV OUT.pdf [TEMPLATE] | label-batch --write-csv FILE [ROWS]\n".utf8))
    exit(2)
}
let (csvPath, outPath) = (arguments[0], arguments[1])
let templateName = arguments.count > 2 ? arguments[2] : "asset-62x29"

let clock = ContinuousClock()
let start = clock.now
do {
    let library = LabelTemplateLibrary.standard(
        currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessInfo.processInfo.environment)
    let renderer = LabelRenderer(template: try library.template(named: templateName))
    guard let data = FileManager.default.contents(atPath: csvPath) else {
        FileHandle.standardError.write(Data("cannot read \(csvPath)\n".utf8))
        exit(1)
    }
    let records = CSVTable(parsing: data, file: csvPath).labelRecords
    let pdf = try renderer.pdf(records)
    try LabelRenderer.write(pdf, to: outPath)
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let peak = Double(peakResidentKiB()) / 1024
    print(String(
        format: "label-batch: %d labels in %.3f s, peak memory %.1f MiB (VmHWM), PDF %.1f KiB (%@)",
        records.count, seconds, peak, Double(pdf.count) / 1024, outPath))
} catch {
    FileHandle.standardError.write(Data("label-batch: \(error)\n".utf8))
    exit(1)
}

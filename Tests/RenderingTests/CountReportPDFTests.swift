import Foundation
import QuartermasterCore
@testable import Rendering
import Testing

// MARK: - CountReportPDFTests

/// The count report read the way the office meets it: poppler extracts its text page by page
/// and reports its size, so what is asserted is what a reader (or a search) finds on paper.
@Suite struct CountReportPDFTests {
    /// The rendered report's text, page by page, and its page count and size from pdfinfo.
    struct Printed {
        var pages: [String]
        var info: String
        var all: String { pages.joined(separator: "\u{0C}") }
    }

    static func print(_ reconciliation: Reconciliation, names: [String: String], language: Language = .simplifiedChinese) throws -> Printed {
        let directory = try TemporaryDirectory()
        let pdf = try CountReportFixtures.renderer(language).render(reconciliation, locationNames: names)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let file = try directory.write(Array(pdf), to: "report.pdf")
        let pdfinfo = try ExternalTool("pdfinfo", package: "poppler-utils")
        let summary = try pdfinfo.run([file], in: directory).text
        let count = try #require(summary.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") })
        // With a page range, pdfinfo prints every page's own size.
        let info = try pdfinfo.run(["-f", "1", "-l", String(count), file], in: directory).text
        let pdftotext = try ExternalTool("pdftotext", package: "poppler-utils")
        let pages = try (1...count).map { page in
            try pdftotext.run(["-layout", "-f", String(page), "-l", String(page), file, "-"], in: directory).text
        }
        return Printed(pages: pages, info: info)
    }

    /// Where each of `needles` first occurs in `text`, in order; nil when one is missing.
    static func offsets(of needles: [String], in text: String) -> [Int]? {
        var offsets: [Int] = []
        for needle in needles {
            guard let range = text.range(of: needle) else { return nil }
            offsets.append(text.distance(from: text.startIndex, to: range.lowerBound))
        }
        return offsets
    }

    // MARK: The chart opens the report

    @Test("page 1 opens with the chart: its legend, then every location's code in chart order, before the first table")
    func chartComesFirst() throws {
        let printed = try Self.print(CountReportFixtures.threeRooms(), names: CountReportFixtures.locationNames)
        let first = printed.pages[0]
        for legend in ["在位 Found", "异位 Moved", "盘亏 Missing", "盘盈 Surplus", "各位置盘点结果 Count by location"] {
            #expect(first.contains(legend), "legend word \(legend)")
        }
        let codes = ["LOC-HQ-301", "LOC-HQ-302", "LOC-HQ-303"]
        // The scope line above names the rooms too: look from the chart's heading on.
        let chartStart = try #require(first.range(of: "各位置盘点结果"))
        let chart = try #require(Self.offsets(of: codes, in: String(first[chartStart.lowerBound...])))
        #expect(chart == chart.sorted(), "codes in chart order: \(chart)")
        let totals = try #require(Self.offsets(of: ["汇总 Totals"], in: String(printed.all[chartStart.lowerBound...]))).first!
        #expect(chart.last! < totals, "the chart's last bar comes before the first table")
        #expect(first.contains("2026 年第一季度固定资产盘点"))
        #expect(first.contains("CNT-20260315-7K2M9Q"))
        #expect(first.contains("2026-03-15 09:30"), "opened, in the station's zone")
    }

    @Test("each bar's four counts are printed beside it: 8 found and 2 missing in 301, 4·1·1·1 in 302, 3·1·0·0 in 303")
    func countsBesideBars() throws {
        let printed = try Self.print(CountReportFixtures.threeRooms(), names: CountReportFixtures.locationNames)
        let lines = printed.pages[0].split(separator: "\n").map(String.init)
        func counts(_ code: String) -> [String]? {
            let bars = lines.filter { $0.contains(code) }.map { Array($0.split(separator: " ").suffix(4).map(String.init)) }
            return bars.first { $0.count == 4 && $0.allSatisfy { Int($0) != nil } }
        }
        #expect(counts("LOC-HQ-301") == ["8", "0", "2", "0"])
        #expect(counts("LOC-HQ-302") == ["4", "1", "1", "1"])
        #expect(counts("LOC-HQ-303") == ["3", "1", "0", "0"])
    }

    // MARK: Tables

    @Test("every moved, missing, surplus and disposed tag is listed, with money as 1,234.56 and times in the station's zone")
    func everyExceptionIsListed() throws {
        let reconciliation = CountReportFixtures.threeRooms()
        let printed = try Self.print(reconciliation, names: CountReportFixtures.locationNames)
        let text = printed.all
        let exceptions = reconciliation.rows.filter { $0.outcome != .found }
        #expect(exceptions.count == 7, "2 moved, 3 missing, 1 surplus, 1 disposed")
        for row in exceptions {
            #expect(text.contains(row.tag), "\(row.outcome) \(row.tag)")
        }
        for heading in ["汇总 Totals", "按位置 By location", "按类别 By category", "异位资产 Moved assets", "盘亏资产 Missing assets",
                        "盘盈资产 Surplus tags", "已报废但被盘到的资产 Disposed assets seen"] {
            #expect(text.contains(heading), "section \(heading)")
        }
        #expect(text.contains("LOC-HQ-302 → LOC-HQ-303"), "FA-000205 registered at 302, found at 303")
        #expect(text.contains("LOC-WH-1 → LOC-HQ-302"), "FA-000901 moved in from outside the scope")
        #expect(text.contains("12,845.67"), "moved: the projector's 1,234,567 and the cabinet's 50,000 cents")
        #expect(text.contains("23,456.64"), "missing in 301: 123,456 × 9 + 123,456 × 10 cents")
        #expect(text.contains(CountReportFixtures.missingNames[0].prefix(20)), "a long missing name, ellipsized")
        #expect(text.contains("2026-03-15 10:10"), "FA-000205 scanned 40 minutes after opening")
        #expect(text.contains("100232"), "counted by, as a badge number")
        #expect(text.contains("盘点人签字 Auditor's signature"))
        #expect(text.contains("保管人签字 Custodian's signature"))
        #expect(text.contains("财务柜 6"), "the missing cabinet's name")
    }

    @Test("English stations print English first")
    func englishFirst() throws {
        let printed = try Self.print(CountReportFixtures.threeRooms(), names: CountReportFixtures.locationNames, language: .english)
        #expect(printed.pages[0].contains("Found 在位"))
        #expect(printed.all.contains("Totals 汇总"))
        #expect(printed.pages[0].contains("Page 1 of \(printed.pages.count) 第 1 页，共 \(printed.pages.count) 页"))
    }

    // MARK: Pages

    @Test("A4, every page numbered \"Page n of m\"")
    func pagesAreNumbered() throws {
        let printed = try Self.print(CountReportFixtures.threeRooms(), names: CountReportFixtures.locationNames)
        let count = printed.pages.count
        let sizes = printed.info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }
        #expect(sizes.count == count)
        #expect(sizes.allSatisfy { $0.hasSuffix("595.276 x 841.89 pts (A4)") }, "\(sizes)")
        #expect(count >= 2)
        for (index, page) in printed.pages.enumerated() {
            #expect(page.contains("第 \(index + 1) 页，共 \(count) 页 Page \(index + 1) of \(count)"), "page \(index + 1)")
        }
    }

    @Test("250 locations: the chart runs over several pages, every bar in order, each page with its legend, before any table")
    func manyLocations() throws {
        let (reconciliation, names) = CountReportFixtures.manyRooms()
        let printed = try Self.print(reconciliation, names: names)
        let codes = (1...250).map { String(format: "LOC-R%03d", $0) }
        let totals = try #require(Self.offsets(of: ["汇总 Totals"], in: printed.all)).first!
        let chart = try #require(Self.offsets(of: codes, in: printed.all), "every location has its bar")
        #expect(chart == chart.sorted(), "bars in code order")
        #expect(chart.last! < totals)
        let chartPages = printed.pages.prefix { !$0.contains("汇总 Totals") }
        #expect((5...8).contains(chartPages.count), "about 40 bars a page: \(chartPages.count) pages before the totals")
        for (index, page) in chartPages.enumerated() {
            #expect(page.contains("盘亏 Missing"), "legend on chart page \(index + 1)")
            #expect(page.contains("资产数量 Assets"), "axis on chart page \(index + 1)")
            if index > 0 { #expect(page.contains("各位置盘点结果 Count by location (续 continued)")) }
        }
        for row in reconciliation.rows where row.outcome != .found {
            #expect(printed.all.contains(row.tag), "\(row.outcome) \(row.tag)")
        }
        let count = printed.pages.count
        for (index, page) in printed.pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(count)"))
        }
        #expect(printed.info.contains("(A4)"))
    }
}

import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - CountReportChartRasterTests

/// The bars are really drawn, and drawn to scale: page 1 is printed in gray at 50 dpi by
/// poppler and the pixels of each outcome's shade are counted row by row.
@Suite struct CountReportChartRasterTests {
    /// Pixels of each segment's shade in one pixel row, in stacking order.
    typealias RowCounts = [Int]

    static func pageOne(_ reconciliation: Reconciliation) throws -> GrayImage {
        let directory = try TemporaryDirectory()
        let pdf = try CountReportFixtures.renderer().render(reconciliation, locationNames: CountReportFixtures.locationNames)
        let file = try directory.write(Array(pdf), to: "report.pdf")
        try ExternalTool("pdftoppm", package: "poppler-utils")
            .run(["-r", "50", "-gray", "-f", "1", "-l", "1", "-singlefile", file, directory.path("page")], in: directory)
        return try GrayImage.load(path: directory.path("page.pgm"))
    }

    /// The gray each outcome prints as, from the template's colours.
    static func shades() throws -> [Int] {
        let template = try CountReportFixtures.template()
        return CountOutcomeSegment.allCases.map { Int((template.colour($0).luma * 255).rounded()) }
    }

    /// Per pixel row, how many pixels lie in runs of at least 4 pixels within 6 levels of
    /// each shade: segments are long runs, while antialiased text edges that happen to hit a
    /// shade are a pixel or two.
    static func rowCounts(_ image: GrayImage, shades: [Int]) -> [RowCounts] {
        (0..<image.height).map { y in
            var counts = [Int](repeating: 0, count: shades.count)
            var run: (shade: Int?, length: Int) = (nil, 0)
            func end() {
                if let shade = run.shade, run.length >= 4 { counts[shade] += run.length }
            }
            for x in 0..<image.width {
                let pixel = Int(image.pixels[y * image.width + x])
                let shade = shades.firstIndex { abs($0 - pixel) <= 6 }
                if shade == run.shade {
                    run.length += 1
                } else {
                    end()
                    run = (shade, 1)
                }
            }
            end()
            return counts
        }
    }

    /// Runs of consecutive rows holding more segment pixels than the legend's four swatches (about 24 px): the bars.
    static func bars(_ rows: [RowCounts], minimum: Int = 40) -> [[RowCounts]] {
        var bands: [[RowCounts]] = []
        var current: [RowCounts] = []
        for row in rows {
            if row.reduce(0, +) >= minimum {
                current.append(row)
            } else if !current.isEmpty {
                bands.append(current)
                current = []
            }
        }
        if !current.isEmpty { bands.append(current) }
        return bands
    }

    @Test("the four shades are far enough apart to count apart")
    func shadesDiffer() throws {
        let shades = try Self.shades()
        for (index, shade) in shades.enumerated() {
            for other in shades[(index + 1)...] { #expect(abs(shade - other) > 20, "\(shades)") }
        }
    }

    @Test("page 1 holds one bar per location, each segment as long as its count: 8 found is 4× 2 missing")
    func barsAreToScale() throws {
        let image = try Self.pageOne(CountReportFixtures.threeRooms())
        let shades = try Self.shades()
        let bands = Self.bars(Self.rowCounts(image, shades: shades))
        #expect(bands.count == 3, "one bar per location: \(bands.map { ($0.count, $0[$0.count / 2]) })")
        guard bands.count == 3 else { return }
        // The middle row of each bar, away from antialiased edges: [found, moved, missing, surplus].
        let middles = bands.map { $0[$0.count / 2] }
        func ratio(_ bar: Int, _ a: Int, _ b: Int) -> Double { Double(middles[bar][a]) / Double(max(1, middles[bar][b])) }
        // 301: 8 found, 0 moved, 2 missing, 0 surplus.
        #expect((3.4...4.6).contains(ratio(0, 0, 2)), "301 found:missing \(middles[0])")
        #expect(middles[0][1] == 0 && middles[0][3] == 0, "no moved or surplus segment in 301: \(middles[0])")
        // 302: 4 found, 1 moved, 1 missing, 1 surplus.
        #expect((3.4...4.6).contains(ratio(1, 0, 1)), "302 found:moved \(middles[1])")
        #expect((0.75...1.33).contains(ratio(1, 2, 3)), "302 missing:surplus \(middles[1])")
        // 303: 3 found, 1 moved, none missing or surplus.
        #expect((2.5...3.5).contains(ratio(2, 0, 1)), "303 found:moved \(middles[2])")
        #expect(middles[2][2] == 0 && middles[2][3] == 0, "\(middles[2])")
        // One scale for all bars: 301's found segment is twice 302's.
        #expect((1.8...2.2).contains(Double(middles[0][0]) / Double(max(1, middles[1][0]))), "\(middles[0]) \(middles[1])")
    }
}

@testable import Rendering
import Testing

// MARK: - ReportTextTests

@Suite struct ReportTextTests {
    @Test("cents print as money with thousands separators and two decimals", arguments: [
        (0, "0.00"), (5, "0.05"), (99, "0.99"), (100, "1.00"), (123_456, "1,234.56"), (100_000_000, "1,000,000.00"),
        (-123_456, "-1,234.56"), (Int.max, "92,233,720,368,547,758.07"),
    ])
    func money(cents: Int, printed: String) {
        #expect(ReportText.money(cents: cents) == printed)
    }

    @Test("counts group thousands", arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (100_000, "100,000"), (-1234, "-1,234")])
    func counts(value: Int, printed: String) {
        #expect(ReportText.count(value) == printed)
    }

    @Test("control characters are shown, not obeyed", arguments: [
        ("打印机", "打印机"), ("a\tb\nc\r\nd", "a b c  d"), ("\u{1B}[2J清屏", "\u{FFFD}[2J清屏"), ("\u{7F}\u{9B}", "\u{FFFD}\u{FFFD}"),
        ("abc\u{202E}fed", "abcfed"), ("x\u{2066}y\u{2069}", "xy"), ("行\u{2028}分隔", "行 分隔"),
    ])
    func printable(raw: String, printed: String) {
        #expect(ReportText.printable(raw) == printed)
    }

    @Test("the axis ends on a round number at or above the longest bar", arguments: [
        (0, 1, 1), (1, 1, 1), (7, 8, 2), (10, 10, 2), (13, 15, 5), (250, 250, 50), (4_001, 5_000, 1_000), (99_999, 100_000, 20_000),
    ])
    func scale(largest: Int, maximum: Int, step: Int) {
        let scale = ChartScale(largest: largest)
        #expect(scale.maximum == maximum)
        #expect(scale.step == step)
        #expect(scale.ticks.count <= 7)
    }
}

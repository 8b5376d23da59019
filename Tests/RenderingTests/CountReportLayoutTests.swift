import Foundation
import QuartermasterCore
@testable import Rendering
import Testing

// MARK: - CountReportLayoutTests

/// What imports can put in a report (control characters, bidi overrides, a name a page
/// long) never reaches the page raw and never pushes anything outside its box.
@Suite struct CountReportLayoutTests {
    static func pages() throws -> [DrawingPage] {
        try CountReportFixtures.renderer().pages(CountReportFixtures.threeRooms(), locationNames: CountReportFixtures.locationNames)
    }

    static func texts(_ pages: [DrawingPage]) -> [(String, Rect, TextStyle)] {
        pages.flatMap(\.commands).compactMap { command in
            if case let .text(string, frame, style) = command { (string, frame, style) } else { nil }
        }
    }

    @Test("everything drawn stays inside the margins of its A4 page")
    func insideMargins() throws {
        let margin = try CountReportFixtures.template().paper.margin
        let content = Rect(x: margin, y: margin, width: 210 - 2 * margin, height: 297 - 2 * margin)
        for (index, page) in try Self.pages().enumerated() {
            #expect(page.size == Size(width: 210, height: 297))
            for command in page.commands {
                #expect(content.contains(command.bounds, tolerance: 0.3), "page \(index + 1): \(command)")
            }
        }
    }

    @Test("no control character or bidi override is drawn; line breaks in names become spaces")
    func noControlCharacters() throws {
        let strings = Self.texts(try Self.pages()).map(\.0)
        for string in strings {
            let bad = string.unicodeScalars.filter {
                $0.properties.generalCategory == .control || (0x202A...0x202E).contains($0.value)
            }
            #expect(bad.isEmpty, "\(string.debugDescription)")
        }
        #expect(strings.contains("显示器\u{FFFD}[31m红色 第二行反向"), "the hostile name, defused")
    }

    @Test("a name far longer than its cell stays on one line, ellipsized by Pango, and its row keeps its height")
    func longNamesStayInTheirCells() throws {
        let texts = Self.texts(try Self.pages())
        let long = try #require(texts.first { $0.0 == CountReportFixtures.longName })
        #expect(long.2.maxLines == 1)
        let canvas = try Canvas.measuring()
        let measured = canvas.measureLines(long.0, width: long.1.width, style: long.2)
        #expect(measured.lines == 1)
        #expect(measured.size.height <= long.1.height + 0.01, "fits the one-line row it was given")
        #expect(measured.size.width <= long.1.width + 0.01)
        let room = try #require(texts.first { $0.0.hasPrefix("总部 3楼 303 仓库（东侧货架区）") })
        #expect(canvas.measureLines(room.0, width: room.1.width, style: room.2).lines == 1, "the chart's room name too")
    }
}

import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - LabelCode128Tests

/// Our own Code 128 encoder, checked against the standard's table and against zbar.
@Suite struct LabelCode128Tests {
    @Test("every pattern is 11 modules (the stop 13) starting with a bar")
    func patterns() {
        #expect(Code128.patterns.count == 107)
        for (value, pattern) in Code128.patterns.enumerated() {
            let sum = pattern.compactMap(\.wholeNumberValue).reduce(0, +)
            #expect(sum == (value == Code128.stop ? 13 : 11), "value \(value)")
        }
        #expect(Set(Code128.patterns).count == 107)
    }

    @Test("symbol values: code set B for text, C for digit runs, mod-103 check", arguments: [
        ("PJJ123C", [104, 48, 42, 42, 17, 18, 19, 35, 55]),
        ("1234", [105, 12, 34, 82]),
        ("FA-000123", [104, 38, 33, 13, 99, 0, 1, 23, 89]),
    ])
    func values(text: String, expected: [Int]) throws {
        #expect(try Code128.values(for: text) == expected)
    }

    @Test("characters outside printable ASCII are refused with the character named")
    func unencodable() {
        let error = #expect(throws: LabelError.self) { try Code128.values(for: "张三") }
        #expect(error?.code == .barcodeUnencodable)
        #expect(error?.description.contains("\"张\"") == true)
    }

    @Test("the location label's Code 128 and QR both scan", arguments: ["LOC-HQ-2F-201", "B1-0042", "20240301"])
    func locationScans(location: String) throws {
        let template = try LabelFixtures.template("location")
        let bitmap = try LabelRenderer(template: template).bitmap(["location": location, "name": "二楼会议室"])
        let symbols = try BarcodeImageDecoder().decode(gray: bitmap.grayPixels(), width: bitmap.width, height: bitmap.height)
        #expect(symbols.first(where: { $0.symbology == "CODE-128" })?.text == location)
        #expect(symbols.first(where: { $0.symbology == "QR-Code" })?.text == location)
    }

    @Test("a barcode too long for its box is refused with the width it needs")
    func tooLong() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("location"))
        let error = #expect(throws: LabelError.self) {
            try renderer.render(["location": String(repeating: "ABCDEFGHIJ", count: 4)], as: .png)
        }
        #expect(error?.code == .barcodeDoesNotFit)
        #expect(error?.description.contains("60 mm barcode width of location at 300 dpi: needs") == true)
    }
}

import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - LabelZPLTests

/// ZPL jobs are read back the way a Zebra would: the `^GF` graphic field is parsed, its byte
/// counts checked, its dots turned back into an image, and the QR code on it scanned.
@Suite struct LabelZPLTests {
    /// The parts of one `^GFA` field.
    struct GraphicField {
        var totalBytes: Int
        var fieldBytes: Int
        var bytesPerRow: Int
        var data: [UInt8]
    }

    static func graphicFields(in zpl: String) throws -> [GraphicField] {
        try zpl.components(separatedBy: "^GFA,").dropFirst().map { rest in
            let parts = rest.split(separator: ",", maxSplits: 3)
            try #require(parts.count == 4)
            let hex = try #require(parts[3].components(separatedBy: "^FS").first)
            var data: [UInt8] = []
            var iterator = hex.utf8.makeIterator()
            while let high = iterator.next(), let low = iterator.next() {
                data.append(UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) ?? 0)
            }
            #expect(hex.count % 2 == 0)
            return GraphicField(
                totalBytes: Int(parts[0]) ?? -1, fieldBytes: Int(parts[1]) ?? -1, bytesPerRow: Int(parts[2]) ?? -1, data: data)
        }
    }

    @Test("one ^XA…^XZ label whose graphic field byte counts agree and whose QR code scans")
    func structureAndScan() throws {
        let template = try LabelFixtures.template("asset-2x1in")
        let zpl = String(decoding: try LabelRenderer(template: template).render(LabelFixtures.fields, as: .zpl), as: UTF8.self)

        #expect(zpl.hasPrefix("^XA\n"))
        #expect(zpl.hasSuffix("^XZ\n"))
        #expect(zpl.components(separatedBy: "^XA").count == 2)
        let width = Int((template.size.width * template.dpi / 25.4).rounded())
        let height = Int((template.size.height * template.dpi / 25.4).rounded())
        #expect(zpl.contains("^PW\(width)\n^LL\(height)\n"), "406 × 203 dots")

        let field = try #require(try Self.graphicFields(in: zpl).first)
        #expect(field.bytesPerRow == (width + 7) / 8)
        #expect(field.totalBytes == field.bytesPerRow * height)
        #expect(field.fieldBytes == field.totalBytes)
        #expect(field.data.count == field.totalBytes)

        let bitmap = MonochromeBitmap(width: field.bytesPerRow * 8, height: height, bytesPerRow: field.bytesPerRow, bytes: field.data)
        let symbols = try BarcodeImageDecoder().decode(gray: bitmap.grayPixels(), width: bitmap.width, height: bitmap.height)
        #expect(symbols.first(where: { $0.symbology == "QR-Code" })?.text == "FA-000123")
    }

    @Test("a batch is one ^XA…^XZ block per label")
    func batch() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-2x1in"))
        let records = (1...3).map { ["tag": "FA-00000\($0)"] }
        let zpl = String(decoding: try renderer.render(batch: records, as: .zpl), as: UTF8.self)
        #expect(zpl.components(separatedBy: "^XA").count == 4)
        #expect(zpl.components(separatedBy: "^XZ").count == 4)
        #expect(try Self.graphicFields(in: zpl).count == 3)
    }
}

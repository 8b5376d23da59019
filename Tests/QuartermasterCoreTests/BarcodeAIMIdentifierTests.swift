import Foundation
import Testing
import QuartermasterCore

/// Symbology identifiers: recognised, named, flagged as GS1, and stripped from the scan.
struct BarcodeAIMIdentifierTests {
    // MARK: Names and GS1 flag

    @Test(arguments: [
        ("]Q1", "QR Code", false),
        ("]Q3", "GS1 QR Code", true),
        ("]Q4", "GS1 QR Code", true),
        ("]C0", "Code 128", false),
        ("]C1", "GS1-128", true),
        ("]E0", "EAN-13, UPC-A or UPC-E", false),
        ("]E3", "EAN-13 or UPC with add-on", false),
        ("]E4", "EAN-8", false),
        ("]d1", "Data Matrix", false),
        ("]d2", "GS1 DataMatrix", true),
        ("]e0", "GS1 DataBar", true),
        ("]J1", "GS1 DotCode", true),
        ("]A0", "Code 39", false),
        ("]I0", "Interleaved 2 of 5", false),
        ("]I1", "Interleaved 2 of 5 (ITF-14)", false),
        ("]L2", "PDF417", false),
        ("]z0", "Aztec Code", false),
        ("]X0", "other barcode", false),
    ])
    func namesAndGS1(text: String, symbology: String, isGS1: Bool) throws {
        let aim = try #require(AIMIdentifier(text))
        #expect(aim.symbology == symbology)
        #expect(aim.isGS1 == isGS1)
        #expect(aim.description == text)
    }

    @Test(arguments: ["", "]", "]Q", "Q1", "]Q1x", "]W1", "]Q!", "]Q ", "]Qé", "]é1", "[Q1"])
    func rejectsWhatIsNoIdentifier(text: String) {
        #expect(AIMIdentifier(text) == nil)
    }

    // MARK: Splitting a scan

    @Test(arguments: [
        ("]Q1E12345", "]Q1", "E12345"),
        ("]C10109501101530003", "]C1", "0109501101530003"),
        ("]E04006381333931\r\n", "]E0", "4006381333931\r\n"),
        ("]e0", "]e0", ""),
        ("E12345", nil, "E12345"),
        ("]W1E12345", nil, "]W1E12345"),
        ("]Q", nil, "]Q"),
        ("", nil, ""),
        ("]Q1张三", "]Q1", "张三"),
    ] as [(String, String?, String)])
    func split(scan: String, identifier: String?, data: String) {
        let (aim, rest) = AIMIdentifier.split(scan)
        #expect(aim?.description == identifier)
        #expect(rest == data[...])
    }

    @Test func codeAndModifierAreKept() throws {
        let aim = try #require(AIMIdentifier(code: "d", modifier: "2"))
        #expect(aim.code == "d")
        #expect(aim.modifier == "2")
        #expect(AIMIdentifier(code: "q", modifier: "1") == nil)
    }

    // MARK: Codable

    @Test func codesAsTheTransmittedForm() throws {
        let aim = try #require(AIMIdentifier("]d2"))
        let data = try JSONEncoder().encode([aim])
        #expect(String(decoding: data, as: UTF8.self) == #"["]d2"]"#)
        #expect(try JSONDecoder().decode([AIMIdentifier].self, from: data) == [aim])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([AIMIdentifier].self, from: Data(#"["]W9"]"#.utf8))
        }
    }
}

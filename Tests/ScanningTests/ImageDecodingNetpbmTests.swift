import Foundation
import Scanning
import Testing

// MARK: - ImageDecodingNetpbmTests

/// Netpbm loading: the formats `pdftoppm` and `pnmtools` write, and the broken files people
/// will hand the station anyway.
@Suite struct ImageDecodingNetpbmTests {
    @Test("binary PGM (P5) with a comment in the header")
    func binaryGray() throws {
        let bytes = Array("P5\n# written by a test\n3 2\n255\n".utf8) + [0, 128, 255, 10, 20, 30]
        let image = try GrayImage(netpbm: bytes)
        #expect(image.width == 3 && image.height == 2)
        #expect(image.pixels == [0, 128, 255, 10, 20, 30])
    }

    @Test("text PGM (P2) with a maximum value other than 255 is scaled to 8 bits")
    func textGray() throws {
        let image = try GrayImage(netpbm: Array("P2 2 2 15\n0 15\n # mid\n 5 10\n".utf8))
        #expect(image.pixels == [0, 255, 85, 170])
    }

    @Test("16-bit binary PGM keeps the high byte's meaning")
    func wideGray() throws {
        let bytes = Array("P5 2 1 65535\n".utf8) + [0xFF, 0xFF, 0x80, 0x00]
        #expect(try GrayImage(netpbm: bytes).pixels == [255, 128])
    }

    @Test("colour PPM (P6 and P3) becomes luma")
    func colour() throws {
        let binary = Array("P6 3 1 255\n".utf8) + [255, 0, 0, 0, 255, 0, 255, 255, 255]
        #expect(try GrayImage(netpbm: binary).pixels == [76, 150, 255])
        let text = Array("P3 1 1 255 0 0 255".utf8)
        #expect(try GrayImage(netpbm: text).pixels == [29])
    }

    @Test("broken files are typed errors", arguments: [
        (Array("\u{89}PNG\r\n".utf8), ImageDecodingError.Code.unsupportedFormat),
        (Array("P4 1 1\n".utf8), .unsupportedFormat),
        (Array("P5 2 2 255\n".utf8) + [1, 2, 3], .malformedImage),
        (Array("P5 2\n".utf8), .malformedImage),
        (Array("P2 2 1 255 7".utf8), .malformedImage),
        (Array("P5 0 1 255\n".utf8), .malformedImage),
    ])
    func broken(bytes: [UInt8], code: ImageDecodingError.Code) {
        let error = #expect(throws: ImageDecodingError.self) { try GrayImage(netpbm: bytes) }
        #expect(error?.code == code)
        #expect(error?.description.isEmpty == false)
    }

    @Test("load(path:) reads a file and names a missing one")
    func load() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("qm-\(UUID().uuidString).pgm").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Array("P5 1 1 255\n".utf8) + [42]).write(to: URL(fileURLWithPath: path))

        #expect(try GrayImage.load(path: path).pixels == [42])

        let error = #expect(throws: ImageDecodingError.self) { try GrayImage.load(path: path + ".missing") }
        #expect(error?.code == .unreadableFile)
        #expect(error?.description.contains(path + ".missing") == true)
    }

    @Test("pixel counts must match the size")
    func dimensions() {
        let error = #expect(throws: ImageDecodingError.self) { try GrayImage(width: 2, height: 2, pixels: [0, 0, 0]) }
        #expect(error?.code == .invalidDimensions)
    }
}

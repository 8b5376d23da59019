import Foundation
import Scanning
import Testing

// MARK: - CameraFrameScannerTests

/// The camera path minus the device: recorded frames (made here, see `CameraFrameRecording`)
/// through prescale, density and the duplicate window.
@Suite struct CameraFrameScannerTests {
    private let start = ContinuousClock.now
    private let qrText = "FA-000123"
    private let eanDigits = "4006381333931"

    /// A frame with a QR code from libqrencode (via `qrencode`) and a drawn EAN-13.
    private func frame(width: Int, height: Int, qrScale: Int, eanModule: Int) throws -> GrayImage {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let qr = try GrayImage.load(path: tools.qrencode(qrText, to: "qr.png"))
        let ean = EAN13Drawing(digits: eanDigits, pixelsPerModule: eanModule, height: height / 5)
        var recording = CameraFrameRecording(width: width, height: height)
        recording.paste(qr, x: width / 12, y: height / 6, scale: qrScale)
        recording.paste(try GrayImage(width: ean.width, height: ean.height, pixels: ean.pixels),
                        x: width - ean.width - 8, y: height / 2)
        recording.blur()
        return try recording.image()
    }

    private var both: Set<DecodedSymbol> {
        [DecodedSymbol(symbology: "QR-Code", data: Array(qrText.utf8)),
         DecodedSymbol(symbology: "EAN-13", data: Array(eanDigits.utf8))]
    }

    // A 3×3 blur on 2-pixel modules makes zbar misread this EAN-13 as another valid number
    // (0014800000436; zbarimg does the same), so frames here use 3 pixels per module.
    @Test("a 640×480 frame yields its QR code and EAN-13")
    func vga() throws {
        // Linear codes are confirmed over two frames (ConfirmationFilter): the QR code comes
        // with the first frame, the EAN-13 with the second.
        let scanner = try FrameScanner()
        let codes = try frame(width: 640, height: 480, qrScale: 1, eanModule: 3)
        let first = scanner.scan(frame: codes, at: start)
        #expect(first.map(\.symbology) == ["QR-Code"])
        let second = scanner.scan(frame: codes, at: start + .milliseconds(33))
        #expect(second.map(\.symbology) == ["EAN-13"])
        #expect(Set(first + second) == both)
    }

    @Test("the next frames do not repeat them until they were out of view for the window")
    func duplicateWindow() throws {
        let scanner = try FrameScanner(configuration: CameraConfiguration(duplicateWindow: .seconds(2), confirmationFrames: 1))
        let codes = try frame(width: 640, height: 480, qrScale: 1, eanModule: 3)
        let empty = try CameraFrameRecording(width: 640, height: 480).image()

        #expect(scanner.scan(frame: codes, at: start).count == 2)
        #expect(scanner.scan(frame: codes, at: start + .milliseconds(33)).isEmpty)
        #expect(scanner.scan(frame: codes, at: start + .seconds(1)).isEmpty)
        #expect(scanner.scan(frame: empty, at: start + .seconds(2)).isEmpty)
        #expect(Set(scanner.scan(frame: codes, at: start + .seconds(4))) == both)
    }

    /// zbar 0.23.92 keeps EAN state between images: at density 2 it reports the previous
    /// frame's EAN-13 again (quality 1) in the next one; zbarimg over several files does too.
    /// `BarcodeImageDecoder` gives every image a fresh zbar scanner so a camera never reports
    /// an item that has already left the picture.
    @Test("a frame does not repeat the previous frame's EAN-13", arguments: [1, 2, 3])
    func noGhosts(density: Int) throws {
        let scanner = try FrameScanner(configuration: CameraConfiguration(density: density))
        var previous: Set<String> = []
        for (index, digits) in ["6901234510003", "6901234510010", "6901234510027", "6901234510034"].enumerated() {
            let ean = EAN13Drawing(digits: digits, pixelsPerModule: 3, height: 96)
            var recording = CameraFrameRecording(width: 640, height: 480, seed: UInt64(index))
            recording.paste(try GrayImage(width: ean.width, height: ean.height, pixels: ean.pixels),
                            x: 281 - (index * 37) % 80 / 2, y: 240 + (index * 23) % 60)
            recording.blur()
            let texts = Set(scanner.decode(frame: try recording.image()).compactMap(\.text))
            #expect(texts.isSubset(of: [digits]), "frame \(index) at density \(density) after \(previous)")
            previous = texts
        }
    }

    @Test("prescale halves a 1280×720 frame and still reads codes big enough for it")
    func prescale() throws {
        let scanner = try FrameScanner(configuration: CameraConfiguration(prescale: true))
        let hd = try frame(width: 1280, height: 720, qrScale: 2, eanModule: 4)
        #expect(Set(scanner.decode(frame: hd)) == both)
    }

    @Test("coarser densities still read the frame", arguments: [1, 2, 3])
    func density(density: Int) throws {
        let scanner = try FrameScanner(configuration: CameraConfiguration(density: density))
        #expect(Set(scanner.decode(frame: try frame(width: 640, height: 480, qrScale: 2, eanModule: 3))) == both)
    }

    @Test("a recorded frame kept as PGM reads the same after loading")
    func recordedPGM() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let original = try frame(width: 640, height: 480, qrScale: 1, eanModule: 3)
        let file = try tools.write(Array("P5\n640 480\n255\n".utf8) + original.pixels, to: "frame.pgm")

        let loaded = try GrayImage.load(path: file)

        #expect(loaded == original)
        #expect(Set(try FrameScanner().decode(frame: loaded)) == both)
    }

    @Test("halving averages 2×2 blocks and drops an odd last row and column")
    func halved() throws {
        let image = try GrayImage(width: 5, height: 3, pixels: [
            0, 255, 10, 20, 99,
            255, 0, 30, 40, 99,
            99, 99, 99, 99, 99,
        ])
        let half = image.halved()
        #expect(half.width == 2 && half.height == 1)
        #expect(half.pixels == [128, 25])
        let tiny = try GrayImage(width: 1, height: 4, pixels: [1, 2, 3, 4])
        #expect(tiny.halved() == tiny)
    }

    @Test("out-of-range settings are typed errors", arguments: [
        CameraConfiguration(density: 0),
        CameraConfiguration(density: 101),
        CameraConfiguration(duplicateWindow: .seconds(-1)),
    ])
    func invalid(configuration: CameraConfiguration) {
        let error = #expect(throws: CameraError.self) { try FrameScanner(configuration: configuration) }
        #expect(error?.code == .invalidConfiguration)
    }
}

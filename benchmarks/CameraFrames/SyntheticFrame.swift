import Rendering
import Scanning

// MARK: - SyntheticFrame

/// A camera frame made without a camera: an unevenly lit, noisy gray background with a QR
/// code (libqrencode via `QREncoder`) and an EAN-13 printed on it at camera contrast, then
/// softened by a 3×3 blur. Fixed seeds make every run scan the same frames.
struct SyntheticFrame {
    let width: Int
    let height: Int
    private(set) var pixels: [UInt8]
    private var seed: UInt64

    init(width: Int, height: Int, seed: UInt64) {
        self.width = width
        self.height = height
        self.seed = seed &+ 0x9E37_79B9_7F4A_7C15
        pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                pixels[y * width + x] = UInt8(clamping: 100 + 50 * x / width + 30 * y / height + noise(14))
            }
        }
    }

    /// Prints `qr` with its quiet zone, `module` pixels per module, top-left at `x`, `y`.
    mutating func print(_ qr: QRCode, module: Int, x left: Int, y top: Int) {
        let quiet = 4
        let side = (qr.size + 2 * quiet) * module
        for row in 0..<side {
            for column in 0..<side {
                let dark = qr.isDark(x: column / module - quiet, y: row / module - quiet)
                ink(x: left + column, y: top + row, dark: dark)
            }
        }
    }

    /// Prints an EAN-13 (`digits` with its check digit), `module` pixels per module.
    mutating func print(ean digits: String, module: Int, barHeight: Int, x left: Int, y top: Int) {
        let modules = EAN13Modules.pattern(digits)
        for row in 0..<barHeight {
            for (index, dark) in modules.enumerated() {
                for dx in 0..<module { ink(x: left + index * module + dx, y: top + row, dark: dark) }
            }
        }
    }

    mutating func blur() {
        var result = pixels
        for y in 1..<(height - 1) {
            for x in 1..<(width - 1) {
                var sum = 0
                for dy in -1...1 { for dx in -1...1 { sum += Int(pixels[(y + dy) * width + x + dx]) } }
                result[y * width + x] = UInt8(sum / 9)
            }
        }
        pixels = result
    }

    func image() throws -> GrayImage { try GrayImage(width: width, height: height, pixels: pixels) }

    func pgm() -> [UInt8] { Array("P5\n\(width) \(height)\n255\n".utf8) + pixels }

    private mutating func ink(x: Int, y: Int, dark: Bool) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        pixels[y * width + x] = UInt8(clamping: (dark ? 50 : 200) + noise(10))
    }

    private mutating func noise(_ amplitude: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(2 * amplitude + 1)) - amplitude
    }
}

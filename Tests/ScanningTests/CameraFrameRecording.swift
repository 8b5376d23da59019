import Foundation
import Scanning

// MARK: - CameraFrameRecording

/// A camera frame as a webcam would deliver it, made without a camera: a noisy, unevenly lit
/// gray background with printed codes pasted in at lower contrast and a slight blur. Noise
/// comes from a fixed-seed generator, so every run sees the same frame.
struct CameraFrameRecording {
    private(set) var width: Int
    private(set) var height: Int
    private(set) var pixels: [UInt8]
    private var seed: UInt64

    init(width: Int, height: Int, seed: UInt64 = 0x5EED) {
        self.width = width
        self.height = height
        self.seed = seed
        pixels = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            for x in 0..<width {
                let light = 110 + 40 * x / width + 20 * y / height
                pixels.append(UInt8(clamping: light + nextNoise(12)))
            }
        }
    }

    /// Pastes `code` (0 black, 255 white) with its top-left corner at `x`, `y`, enlarged by
    /// `scale`, printed as ink 45 on paper 205 with some sensor noise.
    mutating func paste(_ code: GrayImage, x left: Int, y top: Int, scale: Int = 1) {
        for row in 0..<(code.height * scale) where top + row < height {
            for column in 0..<(code.width * scale) where left + column < width {
                let source = Int(code.pixels[(row / scale) * code.width + column / scale])
                let printed = 45 + source * 160 / 255
                pixels[(top + row) * width + left + column] = UInt8(clamping: printed + nextNoise(8))
            }
        }
    }

    /// A 3×3 box blur, the softness of a cheap lens slightly out of focus.
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

    func image() throws -> GrayImage {
        try GrayImage(width: width, height: height, pixels: pixels)
    }

    /// The frame as binary PGM, the form recorded frames are kept in.
    func pgm() -> [UInt8] {
        Array("P5\n\(width) \(height)\n255\n".utf8) + pixels
    }

    /// Uniform noise in -amplitude...amplitude from a 64-bit LCG (Knuth's MMIX constants).
    private mutating func nextNoise(_ amplitude: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(2 * amplitude + 1)) - amplitude
    }
}

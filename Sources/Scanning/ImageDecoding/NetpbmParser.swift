// MARK: - NetpbmParser

/// Reads the Netpbm formats tools emit for gray images: PGM (P5 binary, P2 text) and, for
/// convenience, colour PPM (P6, P3) converted to luma. Samples above 8 bits are scaled down.
struct NetpbmParser {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parse() throws(ImageDecodingError) -> GrayImage {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "P") else {
            throw .unsupportedFormat(magic: ImageDecodingError.printableMagic(bytes))
        }
        let kind = bytes[1]
        guard [UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "6")].contains(kind) else {
            throw .unsupportedFormat(magic: ImageDecodingError.printableMagic(bytes))
        }
        index = 2
        let width = try headerNumber("width")
        let height = try headerNumber("height")
        let maxValue = try headerNumber("maximum value")
        guard width > 0, height > 0, width <= 1 << 15, height <= 1 << 15 else {
            throw .malformedImage("a size of \(width)×\(height) pixels is out of range")
        }
        guard (1...65535).contains(maxValue) else {
            throw .malformedImage("a maximum sample value of \(maxValue) is out of range")
        }
        let channels = kind == UInt8(ascii: "3") || kind == UInt8(ascii: "6") ? 3 : 1
        let sampleCount = width * height * channels
        let samples: [Int]
        if kind == UInt8(ascii: "5") || kind == UInt8(ascii: "6") {
            // Exactly one whitespace byte separates the header from binary samples.
            index += 1
            samples = try binarySamples(sampleCount, wide: maxValue > 255)
        } else {
            samples = try textSamples(sampleCount)
        }
        var pixels = [UInt8](repeating: 0, count: width * height)
        for pixel in 0..<(width * height) {
            let value: Int
            if channels == 3 {
                let r = samples[3 * pixel], g = samples[3 * pixel + 1], b = samples[3 * pixel + 2]
                value = (299 * r + 587 * g + 114 * b + 500) / 1000
            } else {
                value = samples[pixel]
            }
            pixels[pixel] = UInt8((min(value, maxValue) * 255 + maxValue / 2) / maxValue)
        }
        return try GrayImage(width: width, height: height, pixels: pixels)
    }

    // MARK: Header

    /// Skips whitespace and `#` comments, then reads a decimal number.
    private mutating func headerNumber(_ what: String) throws(ImageDecodingError) -> Int {
        skipWhitespaceAndComments()
        guard let number = decimal() else {
            throw .malformedImage("the header has no \(what)")
        }
        return number
    }

    private mutating func skipWhitespaceAndComments() {
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if Self.isWhitespace(bytes[index]) {
                index += 1
            } else {
                return
            }
        }
    }

    private mutating func decimal() -> Int? {
        var value = 0
        var digits = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), digits < 9 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    // MARK: Samples

    private mutating func binarySamples(_ count: Int, wide: Bool) throws(ImageDecodingError) -> [Int] {
        let bytesPerSample = wide ? 2 : 1
        guard bytes.count - index >= count * bytesPerSample else {
            throw .malformedImage("the pixel data is truncated (\(bytes.count - index) of \(count * bytesPerSample) bytes)")
        }
        let start = index
        index += count * bytesPerSample
        if wide {
            return (0..<count).map { Int(bytes[start + 2 * $0]) << 8 | Int(bytes[start + 2 * $0 + 1]) }
        }
        return bytes[start..<(start + count)].map(Int.init)
    }

    private mutating func textSamples(_ count: Int) throws(ImageDecodingError) -> [Int] {
        var samples: [Int] = []
        samples.reserveCapacity(count)
        for _ in 0..<count {
            skipWhitespaceAndComments()
            guard let sample = decimal() else {
                throw .malformedImage("the pixel data is truncated or not numeric after \(samples.count) of \(count) samples")
            }
            samples.append(sample)
        }
        return samples
    }
}

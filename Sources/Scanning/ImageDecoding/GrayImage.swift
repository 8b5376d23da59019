import Foundation

// MARK: - GrayImage

/// An 8-bit grayscale image (0 black, 255 white), row-major: the only pixel format zbar
/// reads, and what scanners, cameras and `pdftoppm -gray` produce.
public struct GrayImage: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]

    /// `pixels.count` must be `width * height`.
    public init(width: Int, height: Int, pixels: [UInt8]) throws(ImageDecodingError) {
        guard width > 0, height > 0, pixels.count == width * height else {
            throw .invalidDimensions(width: width, height: height, pixelCount: pixels.count)
        }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Reads a Netpbm file: PGM (P5 binary, P2 text) or PPM (P6, P3; converted to gray).
    public static func load(path: String) throws(ImageDecodingError) -> GrayImage {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path)
        }
        return try GrayImage(netpbm: [UInt8](data))
    }

    /// Parses Netpbm bytes (P2, P3, P5, P6; 8- or 16-bit samples).
    public init(netpbm bytes: [UInt8]) throws(ImageDecodingError) {
        var parser = NetpbmParser(bytes)
        self = try parser.parse()
    }
}

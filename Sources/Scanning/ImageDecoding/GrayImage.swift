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

    /// For decoders that have already checked the size; skips the check in release builds.
    init(checkedWidth width: Int, height: Int, pixels: [UInt8]) {
        assert(width > 0 && height > 0 && pixels.count == width * height)
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    // MARK: Loading

    /// Reads a PNG, JPEG or Netpbm (PGM/PPM) file, recognised by its first bytes rather than
    /// its name, and reduces it to luminance.
    public static func load(path: String) throws(ImageDecodingError) -> GrayImage {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadableFile(path: path)
        }
        guard !isFolder.boolValue else { throw .unreadableFile(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path)
        }
        return try GrayImage(encoded: [UInt8](data))
    }

    /// Decodes PNG, JPEG or Netpbm bytes, whichever their signature says they are.
    public init(encoded bytes: [UInt8]) throws(ImageDecodingError) {
        guard !bytes.isEmpty else { throw .malformedImage("the file is empty") }
        switch ImageFormat(magic: bytes) {
        case .png: self = try GrayImage(png: bytes)
        case .jpeg: self = try GrayImage(jpeg: bytes)
        case .netpbm: self = try GrayImage(netpbm: bytes)
        case nil: throw .unsupportedFormat(magic: ImageDecodingError.printableMagic(bytes))
        }
    }

    /// Parses Netpbm bytes (P2, P3, P5, P6; 8- or 16-bit samples).
    public init(netpbm bytes: [UInt8]) throws(ImageDecodingError) {
        var parser = NetpbmParser(bytes)
        self = try parser.parse()
    }
}

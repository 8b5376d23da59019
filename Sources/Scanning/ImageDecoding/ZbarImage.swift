internal import CZbar
import Foundation

// MARK: - ZbarImage

/// Owns a `zbar_image_t` holding 8-bit gray ("Y800") pixels: either its own copy, freed by
/// zbar's `zbar_image_free_data` when the image is destroyed, or a borrowed buffer for a scan
/// that ends before the buffer does (a camera frame need not be copied a second time).
final class ZbarImage {
    let pointer: OpaquePointer

    init(gray pixels: [UInt8], width: Int, height: Int) throws(ImageDecodingError) {
        guard let pointer = zbar_image_create() else {
            throw .scannerUnavailable("zbar_image_create returned nothing")
        }
        self.pointer = pointer
        guard let copy = malloc(max(pixels.count, 1)) else {
            throw .scannerUnavailable("out of memory for a \(width)×\(height) image")
        }
        pixels.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: source.count) }
        }
        zbar_image_set_format(pointer, zbar_fourcc_parse("Y800"))
        zbar_image_set_size(pointer, UInt32(width), UInt32(height))
        zbar_image_set_data(pointer, copy, UInt(pixels.count), zbar_image_free_data)
    }

    /// Wraps `pixels` without copying. The caller keeps the buffer alive and unchanged until
    /// this image is destroyed; zbar never frees it (no cleanup handler).
    init(borrowing pixels: UnsafeBufferPointer<UInt8>, width: Int, height: Int) throws(ImageDecodingError) {
        guard let pointer = zbar_image_create() else {
            throw .scannerUnavailable("zbar_image_create returned nothing")
        }
        self.pointer = pointer
        zbar_image_set_format(pointer, zbar_fourcc_parse("Y800"))
        zbar_image_set_size(pointer, UInt32(width), UInt32(height))
        zbar_image_set_data(pointer, UnsafeRawPointer(pixels.baseAddress), UInt(pixels.count), nil)
    }

    deinit {
        zbar_image_destroy(pointer)
    }
}

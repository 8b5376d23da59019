internal import CZbar
import Foundation

// MARK: - ZbarVideo

/// Owns a `zbar_video_t`: zbar's V4L2 capture, which negotiates a pixel format, maps the
/// driver's buffers and hands frames back as images. Frames are turned into `GrayImage`
/// here so nothing past this class knows about zbar's video types.
final class ZbarVideo {
    private let pointer: OpaquePointer
    let device: String
    private var isEnabled = false

    /// Opens `device` and starts capture. The path is checked first so the common mistakes
    /// (no camera, wrong permissions) get their own advice rather than zbar's wording.
    init(device: String, pixelFormat: String?) throws(CameraError) {
        try Self.checkAccess(device)
        guard let pointer = zbar_video_create() else {
            throw .deviceUnusable(path: device, reason: "zbar_video_create returned nothing")
        }
        self.pointer = pointer
        self.device = device
        guard zbar_video_open(pointer, device) == 0 else {
            throw .deviceUnusable(path: device, reason: lastError())
        }
        let initialised = if let pixelFormat {
            zbar_video_init(pointer, zbar_fourcc_parse(pixelFormat))
        } else {
            zbar_negotiate_format(pointer, nil)
        }
        guard initialised == 0 else {
            throw .deviceUnusable(path: device, reason: lastError())
        }
        guard zbar_video_enable(pointer, 1) == 0 else {
            throw .deviceUnusable(path: device, reason: lastError())
        }
        isEnabled = true
    }

    deinit {
        if isEnabled { zbar_video_enable(pointer, 0) }
        zbar_video_destroy(pointer)
    }

    /// Blocks until the camera delivers a frame, and returns its luminance.
    func nextFrame() throws(CameraError) -> GrayImage {
        guard let image = zbar_video_next_image(pointer) else {
            throw .captureFailed(path: device, reason: lastError())
        }
        defer { zbar_image_destroy(image) }  // hands the driver's buffer back to zbar
        guard let gray = zbar_image_convert(image, zbar_fourcc_parse("Y800")) else {
            throw .captureFailed(path: device, reason: "zbar could not convert the frame to gray")
        }
        defer { zbar_image_destroy(gray) }
        let width = Int(zbar_image_get_width(gray))
        let height = Int(zbar_image_get_height(gray))
        guard width > 0, height > 0, let data = zbar_image_get_data(gray),
              Int(zbar_image_get_data_length(gray)) >= width * height
        else {
            throw .captureFailed(path: device, reason: "the camera delivered an empty frame")
        }
        let pixels = Array(UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: width * height))
        return GrayImage(checkedWidth: width, height: height, pixels: pixels)
    }

    private func lastError() -> String {
        guard let text = _zbar_error_string(UnsafeRawPointer(pointer), 0) else { return "zbar gave no reason" }
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? "zbar gave no reason" : message
    }

    private static func checkAccess(_ device: String) throws(CameraError) {
        guard FileManager.default.fileExists(atPath: device) else { throw .deviceMissing(path: device) }
        guard access(device, R_OK | W_OK) == 0 else { throw .permissionDenied(path: device) }
    }
}

// MARK: - CameraConfiguration

/// How the station reads codes from a camera. The defaults work with a typical USB webcam on
/// a laptop; a small board tunes `density` and `prescale` down until frames keep up.
public struct CameraConfiguration: Sendable, Hashable {
    /// The V4L2 device node, e.g. `/dev/video0` or a stable `/dev/v4l/by-id/…` link.
    public var device: String
    /// zbar's scan density in both directions: 1 reads every row and column; 2 every other,
    /// about halving the 1-D scanning work at the cost of very thin or tilted bars.
    public var density: Int
    /// Halve each frame (2×2 average) before scanning: a quarter of the pixels for codes that
    /// fill enough of the picture, e.g. badges held up to a 720p camera.
    public var prescale: Bool
    /// A code seen again within this time of its last sighting is not reported again, so a
    /// badge held in front of the camera counts once.
    public var duplicateWindow: Duration
    /// A fourcc ("YUYV", "GREY", "MJPG") to ask the camera for, or nil to let zbar pick a
    /// format it can turn into gray.
    public var pixelFormat: String?
    /// Consecutive frames a linear code (EAN, UPC, Code 128) must be read in before it is
    /// reported; QR codes need one. See `ConfirmationFilter`.
    public var confirmationFrames: Int

    public init(device: String = "/dev/video0", density: Int = 1, prescale: Bool = false,
                duplicateWindow: Duration = .seconds(2), pixelFormat: String? = nil, confirmationFrames: Int = 2) {
        self.device = device
        self.density = density
        self.prescale = prescale
        self.duplicateWindow = duplicateWindow
        self.pixelFormat = pixelFormat
        self.confirmationFrames = confirmationFrames
    }
}

public import Scanning

/// `camera:` in station.yaml: codes held up to a V4L2 camera, read through zbar.
///
/// ```yaml
/// camera:
///   device: /dev/video0
///   density: 2               # 1 reads the smallest codes; 2–3 use less CPU
///   prescale: false          # halve each frame first (1280×720 and larger)
/// ```
public struct CameraConfig: Decodable, Equatable, Sendable {
    public var device: String
    public var density: Int?
    public var prescale: Bool?

    func validate(source: StationConfigSource) throws(StationConfigError) {
        guard device.hasPrefix("/") else {
            throw source.error("camera.device", "\"\(device)\" is not a device path: give e.g. /dev/video0.")
        }
        if let density, !(1...8).contains(density) {
            throw source.error("camera.density", "\(density) is out of range: give 1 (smallest codes) to 3 (less CPU).")
        }
    }

    public var configuration: CameraConfiguration {
        CameraConfiguration(device: device, density: density ?? 1, prescale: prescale ?? false)
    }
}

public import Scanning

/// Which input devices are the station's scanners and how each one types: shared by the kiosk,
/// `run --config` (station.yaml's `scanners:`) and `scan listen`, so what an admin checks with
/// one is what the others take.
public struct ScannerDeviceOptions: Sendable {
    /// By-id paths and vendor:product ids named by the admin.
    public var devices: [String] = []
    /// Also take the devices the udev rule tagged.
    public var useUdevTag = true
    /// The layout scanners emit unless `deviceLayouts` names theirs.
    public var defaultLayout = "us"
    /// `ID=LAYOUT` entries, ID a by-id path or vendor:product.
    public var deviceLayouts: [String] = []
    /// How scans end (Enter by default) and how long a pause cuts one short.
    public var decoding = ScanDecoderConfiguration()
    public var directory = "/dev/input"

    public init(
        devices: [String] = [], useUdevTag: Bool = true, defaultLayout: String = "us", deviceLayouts: [String] = [],
        decoding: ScanDecoderConfiguration = ScanDecoderConfiguration(), directory: String = "/dev/input"
    ) {
        self.devices = devices
        self.useUdevTag = useUdevTag
        self.defaultLayout = defaultLayout
        self.deviceLayouts = deviceLayouts
        self.decoding = decoding
        self.directory = directory
    }

    /// The hub for these scanners; not started.
    public func hub() throws(StationRuntimeError) -> ScannerHub {
        var layouts: [String: String] = [:]
        for entry in deviceLayouts {
            guard let equals = entry.lastIndex(of: "=") else {
                throw StationRuntimeError("A scanner's layout is given as ID=LAYOUT, e.g. 0c2e:0b81=de.")
            }
            let id = String(entry[..<equals])
            layouts[id.hasPrefix("/") ? id : id.lowercased()] = String(entry[entry.index(after: equals)...])
        }
        let selection = ScannerSelection(
            paths: Set(devices.filter { $0.hasPrefix("/") }),
            vendorProducts: Set(devices.filter { !$0.hasPrefix("/") }),
            useUdevTag: useUdevTag)
        do {
            return try ScannerHub(directory: directory, selection: selection, layouts: layouts, defaultLayout: defaultLayout,
                                  configuration: decoding)
        } catch {
            throw StationRuntimeError("Cannot watch \(directory) for scanners: \(error.description)")
        }
    }
}

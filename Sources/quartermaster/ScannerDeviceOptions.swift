import ArgumentParser
import Scanning

/// Which input devices are the station's scanners and how each one types: shared by the kiosk
/// and `scan listen`, so what an admin checks with one is what the other takes.
struct ScannerDeviceOptions {
    /// By-id paths and vendor:product ids named by the admin.
    var devices: [String] = []
    /// Also take the devices the udev rule tagged.
    var useUdevTag = true
    /// The layout scanners emit unless `deviceLayouts` names theirs.
    var defaultLayout = "us"
    /// `ID=LAYOUT` entries, ID a by-id path or vendor:product.
    var deviceLayouts: [String] = []
    var terminator = "enter"
    var timeoutMilliseconds: Int?
    var directory = "/dev/input"

    func hub() throws -> ScannerHub {
        var layouts: [String: String] = [:]
        for entry in deviceLayouts {
            guard let equals = entry.lastIndex(of: "=") else {
                throw ValidationError("A scanner's layout is given as ID=LAYOUT, e.g. 0c2e:0b81=de.")
            }
            let id = String(entry[..<equals])
            layouts[id.hasPrefix("/") ? id : id.lowercased()] = String(entry[entry.index(after: equals)...])
        }
        let selection = ScannerSelection(
            paths: Set(devices.filter { $0.hasPrefix("/") }),
            vendorProducts: Set(devices.filter { !$0.hasPrefix("/") }),
            useUdevTag: useUdevTag)
        let decoding = try ScannerReplayOptions(terminator: terminator, timeoutMilliseconds: timeoutMilliseconds).configuration()
        do {
            return try ScannerHub(directory: directory, selection: selection, layouts: layouts, defaultLayout: defaultLayout,
                                  configuration: decoding)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

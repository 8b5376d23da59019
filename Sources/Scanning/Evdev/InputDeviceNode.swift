#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// One `eventN` node in the input directory with what the file system says about it: the
/// stable links pointing at it and its udev properties. Reading these needs no access to the
/// device itself, so the station can decide before it opens anything.
public struct InputDeviceNode: Hashable, Sendable {
    // MARK: Value

    /// `/dev/input/event5`.
    public var path: String
    /// `/dev/input/by-id/…` and `/dev/input/by-path/…` links to it.
    public var links: [String]
    /// Its udev properties (`QUARTERMASTER_SCANNER`, `ID_INPUT_KEYBOARD`, …); empty when udev
    /// keeps no database (containers).
    public var udev: [String: String]

    public init(path: String, links: [String] = [], udev: [String: String] = [:]) {
        self.path = path
        self.links = links
        self.udev = udev
    }

    /// The by-id link, which names the scanner's serial number and survives replugging.
    public var byIDPath: String? { links.first { $0.contains("/by-id/") } ?? links.first }

    // MARK: Listing

    /// The `event*` nodes of `directory` (normally `/dev/input`), sorted, with their links and
    /// udev properties read from `udevData` (normally `/run/udev/data`).
    public static func list(in directory: String = "/dev/input", udevData: String = "/run/udev/data") -> [Self] {
        let names = entries(of: directory).filter { $0.hasPrefix("event") }.sorted()
        var links: [String: [String]] = [:]
        for folder in ["by-id", "by-path"] {
            let linkFolder = directory + "/" + folder
            for name in entries(of: linkFolder) {
                guard let target = resolve(linkFolder + "/" + name) else { continue }
                links[target, default: []].append(linkFolder + "/" + name)
            }
        }
        return names.map { name in
            let path = directory + "/" + name
            return Self(path: path, links: links[path] ?? [], udev: udevProperties(of: path, database: udevData))
        }
    }

    /// The node `link` points to, as a path in its directory.
    static func resolve(_ link: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard !target.hasPrefix("/") else { return target }
        // by-id links are relative: ../event5
        var parts = link.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// udev keeps a character device's properties in `c<major>:<minor>`.
    static func udevProperties(of path: String, database: String) -> [String: String] {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFCHR else { return [:] }
        let device = UInt64(info.st_rdev)
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~UInt64(0xfff))
        let minor = (device & 0xff) | ((device >> 12) & ~UInt64(0xff))
        guard let file = fopen(database + "/c\(major):\(minor)", "r") else { return [:] }
        defer { fclose(file) }
        var text = ""
        var line = [CChar](repeating: 0, count: 1024)
        while fgets(&line, Int32(line.count), file) != nil {
            text += String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return ScannerSelection.udevProperties(text)
    }
}

/// The file a configuration was read from and the line of each key in it (dotted paths such
/// as `printers.slip`), so checks made after decoding still point at the line to fix.
public struct StationConfigSource: Equatable, Sendable {
    public var path: String
    var lines: [String: Int]

    public init(path: String = StationConfig.fileName, lines: [String: Int] = [:]) {
        self.path = path
        self.lines = lines
    }

    /// An error about `key`, at its line (or its nearest enclosing key's).
    public func error(_ key: String, _ message: String) -> StationConfigError {
        var probe = key
        var line = lines[probe]
        while line == nil, let dot = probe.lastIndex(of: ".") {
            probe = String(probe[..<dot])
            line = lines[probe]
        }
        return StationConfigError(path: path, line: line, key: key, message: message)
    }
}

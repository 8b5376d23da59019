internal import QuartermasterCore

/// What is wrong in a station configuration file, and where: the file, the line and the
/// dotted key, then what to do — `station.yaml:12: key "printers.slip": …`. The value quoted
/// came from the file, so the text is escaped before it can reach a terminal.
public struct StationConfigError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    /// 1-based; nil when the file could not be parsed far enough to know.
    public var line: Int?
    /// The dotted key (`reception.close_at`); nil for a problem with the file as a whole.
    public var key: String?
    public var message: String

    public init(path: String, line: Int?, key: String?, message: String) {
        self.path = path
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "key \"\(key)\": " }
        return TerminalText.escaped(text + message)
    }
}

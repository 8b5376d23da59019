internal import Glibc
public import Logging

/// swift-log lines on standard error, in the form journald reads: under systemd (JOURNAL_STREAM
/// set, or stderr not a terminal) each line starts with its syslog priority, `<3>` for errors
/// to `<7>` for debug, so `journalctl -p warning` filters them; on a terminal, plain lines.
///
/// Never on the kiosk's own screen: when standard error is the terminal the kiosk draws on
/// (a kiosk started by hand), lines are dropped rather than written over the screen.
public struct JournalLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let destination: Destination

    enum Destination: Sendable {
        case journal
        case plain
        case none
    }

    public init(label: String, level: Logger.Level, environment: [String: String]) {
        self.label = label
        self.logLevel = level
        destination = Self.destination(environment: environment)
    }

    static func destination(environment: [String: String]) -> Destination {
        if environment["JOURNAL_STREAM"] != nil || isatty(2) == 0 { return .journal }
        if Self.sameTerminal(2, 1) || Self.sameTerminal(2, 0) { return .none }
        return .plain
    }

    private static func sameTerminal(_ a: Int32, _ b: Int32) -> Bool {
        guard isatty(b) == 1 else { return false }
        var first = stat(), second = stat()
        guard fstat(a, &first) == 0, fstat(b, &second) == 0 else { return false }
        return first.st_rdev == second.st_rdev
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let line: String
        switch destination {
        case .none: return
        case .journal: line = "<\(Self.priority(event.level))>" + Self.text(event, label: label, metadata: metadata)
        case .plain: line = event.level.rawValue.uppercased() + " " + Self.text(event, label: label, metadata: metadata)
        }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// syslog priorities: critical 2, error 3, warning 4, notice 5, info 6, debug and trace 7.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .critical: 2
        case .error: 3
        case .warning: 4
        case .notice: 5
        case .info: 6
        case .debug, .trace: 7
        }
    }

    /// `label: message key=value …` on one line: newlines in a message or value (a printer's
    /// status, a file name) are escaped so one event stays one journal entry.
    public static func text(_ event: LogEvent, label: String, metadata: Logger.Metadata) -> String {
        var merged = metadata
        for (key, value) in event.metadata ?? [:] { merged[key] = value }
        var text = label + ": " + escape("\(event.message)")
        for key in merged.keys.sorted() { text += " \(key)=" + escape("\(merged[key]!)") }
        return text
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

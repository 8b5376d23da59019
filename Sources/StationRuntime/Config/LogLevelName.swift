public import Logging

/// `log_level:` in station.yaml: swift-log's level names.
public struct LogLevelName: Sendable {
    public var level: Logger.Level

    public init?(_ text: String) {
        guard let level = Logger.Level(rawValue: text.lowercased()) else { return nil }
        self.level = level
    }

    static let names = Logger.Level.allCases.map(\.rawValue)
}

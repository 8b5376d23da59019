internal import Foundation
internal import QuartermasterCore
internal import Yams

extension StationConfig {
    /// Reads and checks the file at `path`. A missing file is an empty configuration when
    /// `missingIsEmpty` (a data folder without station.yaml), else an error (`run --config`).
    ///
    /// Checked in three steps, each error naming the file, line and key: the YAML itself, the
    /// keys against `StationConfigSchema` (unknown keys refused, the nearest known suggested),
    /// the decoded values' types, then the values' meaning (language, patterns, times, …).
    public static func load(path: String, missingIsEmpty: Bool = true) throws(StationConfigError) -> StationConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            if missingIsEmpty, !FileManager.default.fileExists(atPath: path) { return StationConfig() }
            throw StationConfigError(path: path, line: nil, key: nil, message: "cannot read the configuration file (no such file, or no permission).")
        }
        let text = String(decoding: data, as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw StationConfigError(path: path, line: Self.line(of: error), key: nil, message: "this is not valid YAML: \(Self.problem(of: error))")
        } catch {
            throw StationConfigError(path: path, line: nil, key: nil, message: "this is not valid YAML: \(error)")
        }
        guard let root else { return StationConfig(source: StationConfigSource(path: path)) }
        var lines: [String: Int] = [:]
        try StationConfigSchema.root.check(root, key: nil, path: path, lines: &lines)
        var config: StationConfig
        do {
            config = try YAMLDecoder().decode(StationConfig.self, from: root)
        } catch let error as DecodingError {
            throw Self.error(error, path: path, lines: lines)
        } catch {
            throw StationConfigError(path: path, line: nil, key: nil, message: "\(error)")
        }
        config.source = StationConfigSource(path: path, lines: lines)
        try config.validate()
        return config
    }

    /// Every dotted key the file may hold (list items as `N`), for documentation and tests.
    public static var knownKeys: [String] { StationConfigSchema.root.paths() }

    /// The file in a data folder (`DIR/station.yaml`), which may be absent.
    public static func load(folder: String) throws(StationConfigError) -> StationConfig {
        try load(path: folder + "/" + fileName, missingIsEmpty: true)
    }

    private init(source: StationConfigSource) {
        self.init()
        self.source = source
    }

    /// Every check of meaning that can be made without the database.
    func validate() throws(StationConfigError) {
        _ = try chosenLanguage()
        _ = try patterns()
        _ = try tagNumbering()
        _ = try reception?.schedule(timeZone: .current, source: source)
        if let idleTimeout, !(idleTimeout > 0) {
            throw source.error("idle_timeout", "\(idleTimeout) is not a number of seconds: give more than 0, e.g. 120.")
        }
        if let logLevel, LogLevelName(logLevel) == nil {
            throw source.error("log_level", "\"\(logLevel)\" is not a level: use \(LogLevelName.names.joined(separator: ", ")).")
        }
        _ = try metricsAddress()
        try scanners?.validate(source: source)
        try camera?.validate(source: source)
        try printers?.validate(source: source)
        if let centralURL, URL(string: centralURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
            throw source.error("central_url", "\"\(centralURL)\" is not an http:// or https:// address.")
        }
        if let consoleFont, consoleFont.isEmpty || consoleFont.contains("/") && !consoleFont.hasPrefix("/") {
            throw source.error("console_font", "give a font name from /usr/share/consolefonts (e.g. ter-v32b) or an absolute path.")
        }
    }

    /// The address metrics are served on; nil when off (the default).
    public func metricsAddress() throws(StationConfigError) -> MetricsAddress? {
        guard let metricsListen, metricsListen != "off" else { return nil }
        guard let address = MetricsAddress(metricsListen) else {
            throw source.error("metrics_listen", "\"\(metricsListen)\" is not HOST:PORT (e.g. 127.0.0.1:9464) or off.")
        }
        return address
    }

    // MARK: Decoding errors, where they are

    private static func error(_ error: DecodingError, path: String, lines: [String: Int]) -> StationConfigError {
        let source = StationConfigSource(path: path, lines: lines)
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return source.error(Self.key(context.codingPath), "expected \(Self.describe(type)).")
        case .keyNotFound(let key, let context):
            let parent = Self.key(context.codingPath)
            return source.error(parent.isEmpty ? key.stringValue : parent, "\"\(key.stringValue)\" is missing here.")
        case .dataCorrupted(let context):
            return source.error(Self.key(context.codingPath), context.debugDescription)
        @unknown default:
            return StationConfigError(path: path, line: nil, key: nil, message: "\(error)")
        }
    }

    private static func key(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a value of another shape (see config/station.example.yaml)"
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}

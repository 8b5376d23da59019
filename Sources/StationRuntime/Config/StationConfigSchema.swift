internal import Yams

/// The keys station.yaml may hold, as a tree: what `StationConfig.load` checks the file
/// against before decoding it, so a misspelt key is an error naming its line and the key meant
/// instead of a setting silently ignored. Keep it in step with the `CodingKeys` of the config
/// types (a test loads the example file, which uses every key).
indirect enum StationConfigSchema: Sendable {
    /// One value: text, a number, true/false.
    case value
    /// A list of items of one shape.
    case list(StationConfigSchema)
    /// A mapping whose keys are the file's own (scan pattern names, scanner ids).
    case anyKeys(StationConfigSchema)
    /// A mapping with these known keys.
    case keys([(String, StationConfigSchema)])

    static let root = StationConfigSchema.keys([
        ("data", .value),
        ("station", .value),
        ("central_url", .value),
        ("language", .value),
        ("idle_timeout", .value),
        ("scan_patterns", .anyKeys(.value)),
        ("asset_tags", .keys([("prefix", .value), ("digits", .value)])),
        ("reception", .keys([
            ("close_at", .value), ("retention_days", .value),
            ("rules", .keys([("version", .value), ("text", .value)])),
        ])),
        ("scanners", .keys([
            ("udev_tag", .value), ("layout", .value), ("directory", .value),
            ("devices", .list(.keys([("id", .value), ("layout", .value)]))),
        ])),
        ("camera", .keys([("device", .value), ("density", .value), ("prescale", .value)])),
        ("printers", .keys([("label", .value), ("badge", .value), ("slip", .value), ("slip_paper", .value)])),
        ("console_font", .value),
        ("metrics_listen", .value),
        ("log_level", .value),
    ])

    /// Checks `node` against this shape and records the line of every key seen.
    func check(_ node: Node, key: String?, path: String, lines: inout [String: Int]) throws(StationConfigError) {
        func fail(_ message: String, line: Int? = node.mark?.line) -> StationConfigError {
            StationConfigError(path: path, line: line, key: key, message: message)
        }
        switch self {
        case .value:
            guard node.scalar != nil else { throw fail("expected a single value here, not a list or a mapping.") }
        case .list(let item):
            guard let sequence = node.sequence else { throw fail("expected a list here (lines starting with \"- \").") }
            for (index, element) in sequence.enumerated() {
                let dotted = (key.map { $0 + "." } ?? "") + String(index)
                if let line = element.mark?.line { lines[dotted] = line }
                try item.check(element, key: dotted, path: path, lines: &lines)
            }
        case .anyKeys(let value):
            guard let mapping = node.mapping else { throw fail("expected a mapping here (\"name: value\" lines).") }
            for (name, element) in mapping {
                let dotted = (key.map { $0 + "." } ?? "") + (name.string ?? "?")
                if let line = name.mark?.line { lines[dotted] = line }
                try value.check(element, key: dotted, path: path, lines: &lines)
            }
        case .keys(let known):
            guard let mapping = node.mapping else { throw fail("expected a mapping here (\"name: value\" lines).") }
            for (name, element) in mapping {
                let text = name.string ?? "\(name)"
                let dotted = (key.map { $0 + "." } ?? "") + text
                let line = name.mark?.line
                guard let shape = known.first(where: { $0.0 == text })?.1 else {
                    throw StationConfigError(path: path, line: line, key: dotted, message: Self.unknown(text, known: known.map(\.0), parent: key))
                }
                if let line { lines[dotted] = line }
                try shape.check(element, key: dotted, path: path, lines: &lines)
            }
        }
    }

    /// "unknown key" with the nearest known key at this level, or the section that has it.
    static func unknown(_ name: String, known: [String], parent: String?) -> String {
        let prefix = parent.map { $0 + "." } ?? ""
        if let nearest = known.min(by: { distance(name, $0) < distance(name, $1) }),
           distance(name, nearest) <= max(2, nearest.count / 3) {
            return "unknown key: did you mean \"\(prefix + nearest)\"?"
        }
        if let elsewhere = root.paths().first(where: { $0.hasSuffix("." + name) }) {
            return "unknown key here: \"\(name)\" belongs under \"\(elsewhere)\"."
        }
        return "unknown key; known here: \(known.joined(separator: ", "))."
    }

    /// Every dotted key the schema knows (list items as `N`).
    func paths(_ prefix: String = "") -> [String] {
        switch self {
        case .value, .anyKeys: return []
        case .list(let item): return item.paths(prefix + "N.")
        case .keys(let known):
            return known.flatMap { name, shape in [prefix + name] + shape.paths(prefix + name + ".") }
        }
    }

    /// Edit distance (insertions, deletions, substitutions) between two keys.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

import Foundation

/// The classifier's patterns compiled once. `Regex` is not `Sendable`, so the compiled values
/// live behind a lock in this box; classification is a few microseconds of matching instead of
/// a fresh compile of every pattern per scan (about 0.5 ms per scan, measured by
/// `benchmarks/PickupLatency`).
final class CompiledScanPatterns: @unchecked Sendable {
    private let lock = NSLock()
    private let regexes: [ScanKind: Regex<AnyRegexOutput>]

    init(_ patterns: ScanPatterns) {
        var regexes: [ScanKind: Regex<AnyRegexOutput>] = [:]
        for kind in ScanPatterns.configurableKinds {
            if let source = patterns[kind], let regex = try? ScanPatterns.compile(source) {
                regexes[kind] = regex
            }
        }
        self.regexes = regexes
    }

    /// Whether the whole of `text` matches the pattern for `kind`.
    func matches(_ kind: ScanKind, _ text: String) -> Bool {
        lock.withLock {
            guard let regex = regexes[kind] else { return false }
            return (try? regex.wholeMatch(in: text)) != nil
        }
    }
}

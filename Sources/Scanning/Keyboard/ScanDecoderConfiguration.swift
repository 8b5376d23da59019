/// How one scanner is set up to end and bound its scans. Every field has the default that works
/// for a scanner out of the box (Enter suffix, no timeout, 4 KiB).
public struct ScanDecoderConfiguration: Hashable, Sendable {
    /// The keys that end a scan; Enter by default.
    public var terminators: ScanTerminators
    /// For scanners set to send no suffix: a pause longer than this (between key events, by
    /// their timestamps) ends the scan. Nil: only terminators end scans.
    public var interKeyTimeout: Duration?
    /// The most bytes a scan may have; longer ones are cut off and refused (`.tooLong`).
    public var maximumLength: Int
    /// Whether NumLock counts as on (as on a host keyboard), so keypad digits type digits.
    public var numLock: Bool

    public init(
        terminators: ScanTerminators = .enter, interKeyTimeout: Duration? = nil,
        maximumLength: Int = 4096, numLock: Bool = true
    ) {
        self.terminators = terminators
        self.interKeyTimeout = interKeyTimeout
        self.maximumLength = maximumLength
        self.numLock = numLock
    }
}

public import Foundation

/// What the kiosk shows about printing: how much waits, and why, in one line.
public struct PrintSpoolerStatus: Sendable, Hashable {
    /// Jobs not yet printed (pending or with CUPS).
    public var backlog: Int
    /// The problem holding jobs back, for people ("Printer qm-raw is stopped (paused)."); nil
    /// when printing works.
    public var problem: String?
    /// When the spooler last looked; nil before its first pass.
    public var checked: Date?

    public init(backlog: Int = 0, problem: String? = nil, checked: Date? = nil) {
        self.backlog = backlog
        self.problem = problem
        self.checked = checked
    }

    /// Whether there is anything worth telling a person.
    public var needsAttention: Bool { backlog > 0 || problem != nil }
}

public import Foundation

/// How a person closed an anomaly: who (the admin's name), when, and what they found, so the
/// record says why the ledger's contradiction is settled. The facts that raised it stay.
public struct AnomalyResolution: Sendable, Hashable, Codable {
    public var by: String
    public var at: Date
    public var note: String

    public init(by: String, at: Date, note: String) {
        self.by = by
        self.at = at
        self.note = note
    }
}

public import Foundation

/// The station's link to its centre (`sync_link`), as `quartermaster sync` and the kiosk's
/// sync client read it.
public struct SyncLink: Sendable, Hashable {
    public var centreURL: String
    /// The name the admin gave this station at the centre.
    public var stationName: String
    /// The bearer token the centre issued at enrolment; the centre keeps only its hash.
    public var token: String
    /// Every journal entry up to this sequence is stored at the centre.
    public var acknowledged: Int64
    /// The reference changes up to this cursor are applied here.
    public var referenceCursor: Int64
    /// Why the last attempt failed; nil after a success.
    public var lastError: String?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
}

/// What this station has not yet had acknowledged: for the status line and `sync now`.
public struct SyncBacklog: Sendable, Hashable {
    public var count: Int
    /// When the oldest unsent event was recorded; nil when nothing waits.
    public var oldest: Date?
}

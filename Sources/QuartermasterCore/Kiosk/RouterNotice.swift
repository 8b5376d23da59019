/// What the router itself tells the person: signing in and out, modes, scans no job gets to
/// see, the scanners, and the interlock while a job's write is with the store.
public enum RouterNotice: KioskMessage {
    // MARK: Signing in
    case scanBadgeToStart
    case signedIn(name: String, job: JobCard)
    case signedOut
    /// Signed out after inactivity; what the job threw away, if anything.
    case signedOutIdle(discarded: KioskNotice?)
    /// Someone must sign in before scanning; the active job needs this role.
    case signInFirst(role: Role)
    case badgeInactive(name: String)
    case roleMissing(name: String, role: Role)
    case alreadySignedIn(name: String)

    // MARK: Modes
    case modeChanged(JobCard)
    /// A mode change (key or card) on a visitor screen: staff sign in first.
    case staffOnly(job: JobCard)

    // MARK: Scans and keys no job took
    case notFound(ScanKind, code: String)
    case invalidScan(code: String, problem: ScanProblem)
    case wrongKind(ScanKind, job: JobCard)
    case storeUnavailable(StationProblem)
    case nothingToUndo
    case nothingToAccept
    case nothingToCancel

    // MARK: The interlock
    case recording

    // MARK: Scanners
    case scannerConnected(name: String)
    case scannerDisconnected(name: String, droppedScan: Bool)

    public var tone: NoticeTone {
        switch self {
        case .scanBadgeToStart, .modeChanged, .recording, .signedOut, .scannerConnected:
            return .info
        case .signedIn:
            return .success
        case .signedOutIdle, .alreadySignedIn, .nothingToUndo, .nothingToAccept, .nothingToCancel, .scannerDisconnected:
            return .warning
        case .staffOnly, .signInFirst, .badgeInactive, .roleMissing, .notFound, .invalidScan, .wrongKind, .storeUnavailable:
            return .error
        }
    }
}

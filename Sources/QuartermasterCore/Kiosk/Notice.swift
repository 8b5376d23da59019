/// What the kiosk tells the person at the counter. Each case is one situation; its words, in
/// each language, live in `Notice+Text.swift`.
public enum Notice: Sendable, Hashable {
    /// How a notice should look and sound.
    public enum Tone: Sendable, Hashable {
        case info
        case success
        case warning
        case error
    }

    // MARK: Signing in
    case scanBadgeToStart
    case signedIn(name: String, mode: KioskMode)
    case signedOut
    case signedOutIdle(discardedRequisition: String?)
    case signInFirst
    case badgeInactive(name: String)
    case roleMissing(name: String, role: Role)
    case alreadySignedIn(name: String)

    // MARK: Modes
    case modeChanged(KioskMode)
    case finishFirst(requisition: String)

    // MARK: Scans in general
    case notFound(ScanKind, code: String)
    case invalidScan(code: String, problem: ScanProblem)
    case wrongKind(ScanKind, mode: KioskMode)
    case storeUnavailable(StationProblem)
    case quantityNext(Int)
    case quantityZero
    case nothingToUndo
    case nothingToAccept
    case nothingToCancel

    // MARK: Pickup
    case scanRequisition
    case requisitionOpened(number: String, lines: Int)
    case requisitionAlreadyOpen(number: String)
    case requisitionNotApproved(number: String, status: RequisitionStatus)
    case requisitionRejected(number: String, reason: String?)
    case requisitionPickedUp(number: String)
    case requisitionCancelled(number: String)
    case itemNotOnRequisition(item: String, number: String)
    case overPick(item: String, remaining: Int)
    case stockShort(item: String, stock: Int)
    case counted(item: String, quantity: Int, picked: Int, toPick: Int)
    case undone(item: String, quantity: Int)
    case nothingPicked
    case recipientNotEntitled(name: String, department: String)
    case confirmRecipient(name: String, applicant: String)
    case recipientRefused(name: String)
    case pickupCancelled(number: String)
    case pickupRecorded(number: String, recipient: String, backorderLines: Int)
    case pickupRefused(StationProblem)
    case recording

    // MARK: Receiving and returns
    case scanItemToReceive(KioskMode)
    case typeQuantity(item: String, mode: KioskMode)
    case stockChanged(item: String, quantity: Int, stock: Int, mode: KioskMode)
    case stockChangeRefused(StationProblem)
    case pendingItemDropped(item: String)

    // MARK: Scanners
    case scannerConnected(name: String)
    case scannerDisconnected(name: String, droppedScan: Bool)

    public var tone: Tone {
        switch self {
        case .scanBadgeToStart, .scanRequisition, .scanItemToReceive, .typeQuantity, .quantityNext,
             .modeChanged, .requisitionOpened, .recording, .signedOut, .scannerConnected:
            return .info
        case .signedIn, .counted, .pickupRecorded, .stockChanged, .undone, .pickupCancelled:
            return .success
        case .confirmRecipient, .signedOutIdle, .requisitionAlreadyOpen, .alreadySignedIn,
             .nothingToUndo, .nothingToAccept, .nothingToCancel, .recipientRefused, .pendingItemDropped,
             .scannerDisconnected:
            return .warning
        case .signInFirst, .badgeInactive, .roleMissing, .finishFirst, .notFound, .invalidScan,
             .wrongKind, .storeUnavailable, .quantityZero, .requisitionNotApproved, .requisitionRejected,
             .requisitionPickedUp, .requisitionCancelled, .itemNotOnRequisition, .overPick, .stockShort,
             .nothingPicked, .recipientNotEntitled, .pickupRefused, .stockChangeRefused:
            return .error
        }
    }
}

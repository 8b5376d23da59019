/// What the pickup tells the keeper and the recipient.
public enum PickupNotice: KioskMessage {
    case scanRequisition
    case requisitionOpened(number: String, lines: Int)
    case requisitionAlreadyOpen(number: String)
    case requisitionNotApproved(number: String, status: RequisitionStatus)
    case requisitionRejected(number: String, reason: String?)
    case requisitionPickedUp(number: String)
    case requisitionCancelled(number: String)
    /// A pickup is open: it must be confirmed or cancelled before anything else.
    case finishFirst(requisition: String)
    case quantity(QuantityNotice)
    case itemNotOnRequisition(item: String, number: String)
    case overPick(item: String, remaining: Int)
    case stockShort(item: String, stock: Int)
    case counted(item: String, quantity: Int, picked: Int, toPick: Int)
    case undone(item: String, quantity: Int)
    case nothingPicked
    /// The recipient's badge is disabled.
    case badgeInactive(name: String)
    case recipientNotEntitled(name: String, department: String)
    case confirmRecipient(name: String, applicant: String)
    case recipientRefused(name: String)
    case pickupCancelled(number: String)
    case pickupRecorded(number: String, recipient: String, backorderLines: Int)
    case pickupRefused(StationProblem)
    /// Said inside the router's idle sign-out: the open pickup was dropped.
    case pickupDiscarded(number: String)
    /// A pickup left open when the station stopped came back: `units` scanned, `dropped` kept
    /// scans no longer fitting the requisition or the stock as they are now.
    case pickupResumed(number: String, units: Int, dropped: Int)
    /// A pickup left open when the station stopped can no longer go on (its requisition was
    /// picked up, cancelled or changed meanwhile): its scans were dropped.
    case leftOpenDropped(number: String)
    /// The scans on the screen could not be kept in the store.
    case scansNotKept(StationProblem)
    /// The store could not say whether a pickup was left open when the station stopped.
    case leftOpenUnreadable(StationProblem)

    public var tone: NoticeTone {
        switch self {
        case .quantity(let notice):
            return notice.tone
        case .scanRequisition, .requisitionOpened:
            return .info
        case .counted, .pickupRecorded, .undone, .pickupCancelled:
            return .success
        case .confirmRecipient, .requisitionAlreadyOpen, .recipientRefused, .pickupDiscarded, .pickupResumed, .leftOpenDropped:
            return .warning
        case .finishFirst, .requisitionNotApproved, .requisitionRejected, .requisitionPickedUp, .requisitionCancelled,
             .itemNotOnRequisition, .overPick, .stockShort, .nothingPicked, .badgeInactive, .recipientNotEntitled,
             .pickupRefused, .scansNotKept, .leftOpenUnreadable:
            return .error
        }
    }
}

public import Foundation

/// The storeroom kiosk as a pure state machine: `handle(_:)` takes one event, updates `state`
/// and returns the effects to perform. No I/O, no clock: tests drive it synchronously.
public struct KioskFlow: Sendable {
    public private(set) var state = KioskState()
    /// This station's id, written on every record.
    public let station: String
    /// After this long without a scan or key, the person is signed out.
    public let idleTimeout: TimeInterval

    public init(station: String, idleTimeout: TimeInterval = 120) {
        self.station = station
        self.idleTimeout = idleTimeout
    }

    public mutating func handle(_ event: KioskEvent) -> [KioskEffect] {
        switch event {
        case .scan(let scan, let time):
            return scanned(scan, at: time)
        case .key(let key, let time):
            return pressed(key, at: time)
        case .tick(let now):
            return tick(now)
        case .pickupRecorded(let outcome, let time):
            return pickupRecorded(outcome, at: time)
        case .pickupRefused(let problem, _):
            state.isRecording = false
            state.pick?.recipient = nil
            return refuse(.pickupRefused(problem))
        case .stockChangeRecorded(let item, let change):
            state.isRecording = false
            state.notice = .stockChanged(item: item.name, quantity: change.quantity, stock: item.stock, mode: state.mode)
            return []
        case .stockChangeRefused(let problem, _):
            state.isRecording = false
            return refuse(.stockChangeRefused(problem))
        case .slipProduced(let location):
            state.slipNote = location
            return []
        case .slipFailed(let problem):
            state.slipNote = problem.description
            return [.bell]
        case .scanner(let change):
            return scannerChanged(change)
        }
    }

    // MARK: Helpers

    private mutating func refuse(_ notice: Notice) -> [KioskEffect] {
        state.notice = notice
        return [.bell]
    }

    /// Scanners coming and going are told, not decided: whatever was in progress stays.
    private mutating func scannerChanged(_ change: ScannerChange) -> [KioskEffect] {
        var online = state.scanners ?? []
        switch change {
        case .connected(let name):
            if !online.contains(name) { online.append(name) }
            state.scanners = online
            return say(.scannerConnected(name: name))
        case .disconnected(let name, let dropped):
            online.removeAll { $0 == name }
            state.scanners = online
            return refuse(.scannerDisconnected(name: name, droppedScan: dropped))
        }
    }

    private mutating func say(_ notice: Notice) -> [KioskEffect] {
        state.notice = notice
        return []
    }

    /// What the screen asks for next in the current mode.
    private var prompt: Notice {
        switch state.mode {
        case .pickup: return .scanRequisition
        case .receive, .return: return .scanItemToReceive(state.mode)
        }
    }
}

// MARK: - Scans

extension KioskFlow {
    private mutating func scanned(_ scan: ResolvedScan, at time: Date) -> [KioskEffect] {
        if state.isRecording { return refuse(.recording) }
        state.lastActivity = time

        switch scan {
        case .mode(let mode):
            return switchMode(to: mode)
        case .notFound(let kind, let code):
            return refuse(.notFound(kind, code: code))
        case .invalid(let code, let problem):
            return refuse(.invalidScan(code: code, problem: problem))
        case .unavailable(let problem):
            return refuse(.storeUnavailable(problem))
        default:
            break
        }

        guard let person = state.person else {
            if case .badge(let badge) = scan { return signIn(badge) }
            return refuse(.signInFirst)
        }

        switch state.mode {
        case .pickup:
            return pickupScan(scan, keeper: person, at: time)
        case .receive, .return:
            return stockScan(scan, keeper: person, at: time)
        }
    }

    private mutating func signIn(_ person: Person) -> [KioskEffect] {
        guard person.active else { return refuse(.badgeInactive(name: person.name)) }
        let role = state.mode.requiredRole
        guard person.has(role) else { return refuse(.roleMissing(name: person.name, role: role)) }
        state.person = person
        return say(.signedIn(name: person.name, mode: state.mode))
    }

    private mutating func switchMode(to mode: KioskMode) -> [KioskEffect] {
        if let pick = state.pick { return refuse(.finishFirst(requisition: pick.number)) }
        state.mode = mode
        state.pendingItem = nil
        state.pendingQuantity = nil
        if let person = state.person, !person.has(mode.requiredRole) {
            state.person = nil
            return refuse(.roleMissing(name: person.name, role: mode.requiredRole))
        }
        return say(.modeChanged(mode))
    }

    /// A badge scanned when no pickup waits for a recipient: another keeper taking over the
    /// station, or the same keeper again.
    private mutating func handOver(to person: Person, from keeper: Person) -> [KioskEffect] {
        if person.badge == keeper.badge { return say(.alreadySignedIn(name: person.name)) }
        guard person.active else { return refuse(.badgeInactive(name: person.name)) }
        guard person.has(state.mode.requiredRole) else {
            return refuse(state.mode == .pickup ? .scanRequisition : .roleMissing(name: person.name, role: state.mode.requiredRole))
        }
        state.pendingItem = nil
        state.pendingQuantity = nil
        return signIn(person)
    }
}

// MARK: - Pickup

extension KioskFlow {
    private mutating func pickupScan(_ scan: ResolvedScan, keeper: Person, at time: Date) -> [KioskEffect] {
        switch scan {
        case .requisition(let detail):
            return open(detail)
        case .item(let item):
            return count(item)
        case .quantity(let quantity):
            guard state.pick != nil else { return refuse(.scanRequisition) }
            guard quantity > 0 else { return refuse(.quantityZero) }
            state.pendingQuantity = quantity
            return say(.quantityNext(quantity))
        case .badge(let person):
            guard state.pick != nil else { return handOver(to: person, from: keeper) }
            return confirm(by: person, keeper: keeper, at: time)
        case .otherKind(let kind, _):
            return refuse(.wrongKind(kind, mode: state.mode))
        case .mode, .notFound, .invalid, .unavailable:
            return []  // answered in `scanned`
        }
    }

    private mutating func open(_ detail: RequisitionDetail) -> [KioskEffect] {
        let requisition = detail.requisition
        if let pick = state.pick {
            if pick.number == requisition.number { return say(.requisitionAlreadyOpen(number: pick.number)) }
            return refuse(.finishFirst(requisition: pick.number))
        }
        switch requisition.status {
        case .draft:
            return refuse(.requisitionNotApproved(number: requisition.number, status: .draft))
        case .rejected:
            return refuse(.requisitionRejected(number: requisition.number, reason: requisition.rejectionReason))
        case .cancelled:
            return refuse(.requisitionCancelled(number: requisition.number))
        case .pickedUp:
            return refuse(.requisitionPickedUp(number: requisition.number))
        case .approved, .partlyPicked:
            break
        }
        let open = requisition.lines.filter { $0.remaining > 0 }
        guard !open.isEmpty else { return refuse(.requisitionPickedUp(number: requisition.number)) }
        state.pick = PickSession(detail: detail)
        state.pendingQuantity = nil
        state.lastPickup = nil
        state.slipNote = nil
        return say(.requisitionOpened(number: requisition.number, lines: open.count))
    }

    private mutating func count(_ item: Item) -> [KioskEffect] {
        guard var pick = state.pick else { return refuse(.scanRequisition) }
        guard let line = pick.detail.requisition.lines.first(where: { $0.itemCode == item.code }), line.remaining > 0
        else { return refuse(.itemNotOnRequisition(item: item.name, number: pick.number)) }
        let quantity = state.pendingQuantity ?? 1
        let already = pick.picked(item.code)
        guard already + quantity <= line.remaining else {
            return refuse(.overPick(item: item.name, remaining: line.remaining - already))
        }
        guard already + quantity <= item.stock else {
            return refuse(.stockShort(item: item.name, stock: item.stock))
        }
        state.pendingQuantity = nil
        pick.scans.append(.init(itemCode: item.code, quantity: quantity))
        pick.pendingRecipient = nil
        state.pick = pick
        return say(.counted(item: item.name, quantity: quantity, picked: already + quantity, toPick: line.remaining))
    }

    /// The recipient's badge confirms: the applicant directly, a colleague from the same
    /// department only once the keeper accepts.
    private mutating func confirm(by recipient: Person, keeper: Person, at time: Date) -> [KioskEffect] {
        guard var pick = state.pick else { return [] }
        guard !pick.isEmpty else { return refuse(.nothingPicked) }
        guard recipient.active else { return refuse(.badgeInactive(name: recipient.name)) }
        let requisition = pick.detail.requisition
        if recipient.badge == requisition.applicantBadge {
            return commit(recipient: recipient, accepted: false, keeper: keeper, at: time)
        }
        guard recipient.department == requisition.department else {
            return refuse(.recipientNotEntitled(name: recipient.name, department: requisition.department))
        }
        pick.pendingRecipient = recipient
        state.pick = pick
        state.notice = .confirmRecipient(name: recipient.name, applicant: pick.detail.applicant?.name ?? requisition.applicantBadge)
        return [.bell]
    }

    private mutating func commit(recipient: Person, accepted: Bool, keeper: Person, at time: Date) -> [KioskEffect] {
        guard var pick = state.pick else { return [] }
        pick.recipient = recipient
        state.pick = pick
        state.isRecording = true
        state.notice = .recording
        let commit = PickupCommit(
            requisitionNumber: pick.number, picks: pick.picks, keeperBadge: keeper.badge,
            recipientBadge: recipient.badge, acceptedByKeeper: accepted, station: station, time: time)
        return [.recordPickup(commit)]
    }

    private mutating func pickupRecorded(_ outcome: PickupOutcome, at time: Date) -> [KioskEffect] {
        state.isRecording = false
        guard state.pick != nil, state.person != nil else { return [] }
        let requisition = outcome.requisition
        state.pick = nil
        state.pendingQuantity = nil
        state.lastPickup = outcome
        state.slipNote = nil
        state.notice = .pickupRecorded(
            number: requisition.number, recipient: outcome.slip.slip.recipientName,
            backorderLines: requisition.lines.filter { $0.remaining > 0 }.count)
        return [.produceSlip(outcome.slip)]
    }
}

// MARK: - Receiving and returns

extension KioskFlow {
    private mutating func stockScan(_ scan: ResolvedScan, keeper: Person, at time: Date) -> [KioskEffect] {
        switch scan {
        case .item(let item):
            if let quantity = state.pendingQuantity {
                state.pendingQuantity = nil
                return record(item, quantity: quantity, keeper: keeper, at: time)
            }
            let dropped = state.pendingItem
            state.pendingItem = item
            if let dropped, dropped.code != item.code {
                state.notice = .pendingItemDropped(item: dropped.name)
                return [.bell]
            }
            return say(.typeQuantity(item: item.name, mode: state.mode))
        case .quantity(let quantity):
            guard quantity > 0 else { return refuse(.quantityZero) }
            if let item = state.pendingItem {
                state.pendingItem = nil
                return record(item, quantity: quantity, keeper: keeper, at: time)
            }
            state.pendingQuantity = quantity
            return say(.quantityNext(quantity))
        case .badge(let person):
            return handOver(to: person, from: keeper)
        case .requisition:
            return refuse(.wrongKind(.requisition, mode: state.mode))
        case .otherKind(let kind, _):
            return refuse(.wrongKind(kind, mode: state.mode))
        case .mode, .notFound, .invalid, .unavailable:
            return []
        }
    }

    private mutating func record(_ item: Item, quantity: Int, keeper: Person, at time: Date) -> [KioskEffect] {
        let kind: StockChange.Kind = state.mode == .return ? .return : .receipt
        state.isRecording = true
        state.notice = .recording
        return [.recordStockChange(StockChange(
            kind: kind, itemCode: item.code, quantity: quantity, actorBadge: keeper.badge,
            station: station, time: time))]
    }
}

// MARK: - Keys and time

extension KioskFlow {
    private mutating func pressed(_ key: KioskKey, at time: Date) -> [KioskEffect] {
        if state.isRecording { return refuse(.recording) }
        state.lastActivity = time
        switch key {
        case .switchMode(let mode):
            return switchMode(to: mode)
        case .undo:
            return undo()
        case .cancel:
            return cancel()
        case .accept:
            guard let keeper = state.person, let recipient = state.pick?.pendingRecipient else {
                return refuse(.nothingToAccept)
            }
            return commit(recipient: recipient, accepted: true, keeper: keeper, at: time)
        case .signOut:
            if let pick = state.pick { return refuse(.finishFirst(requisition: pick.number)) }
            state = KioskState(mode: state.mode, notice: .signedOut, scanners: state.scanners)
            return []
        }
    }

    private mutating func undo() -> [KioskEffect] {
        if state.pendingQuantity != nil {
            state.pendingQuantity = nil
            return say(prompt)
        }
        if state.pendingItem != nil {
            state.pendingItem = nil
            return say(prompt)
        }
        guard var pick = state.pick, let last = pick.scans.popLast() else { return refuse(.nothingToUndo) }
        pick.pendingRecipient = nil
        state.pick = pick
        let name = pick.detail.items[last.itemCode]?.name ?? last.itemCode
        return say(.undone(item: name, quantity: last.quantity))
    }

    private mutating func cancel() -> [KioskEffect] {
        if var pick = state.pick, let recipient = pick.pendingRecipient {
            pick.pendingRecipient = nil
            state.pick = pick
            return say(.recipientRefused(name: recipient.name))
        }
        if let pick = state.pick {
            state.pick = nil
            state.pendingQuantity = nil
            return say(.pickupCancelled(number: pick.number))
        }
        if state.pendingItem != nil || state.pendingQuantity != nil {
            state.pendingItem = nil
            state.pendingQuantity = nil
            return say(prompt)
        }
        return say(.nothingToCancel)
    }

    private mutating func tick(_ now: Date) -> [KioskEffect] {
        guard state.person != nil, !state.isRecording, let last = state.lastActivity,
              now.timeIntervalSince(last) >= idleTimeout
        else { return [] }
        let discarded = state.pick?.number
        state = KioskState(mode: state.mode, notice: .signedOutIdle(discardedRequisition: discarded), scanners: state.scanners)
        return []
    }
}

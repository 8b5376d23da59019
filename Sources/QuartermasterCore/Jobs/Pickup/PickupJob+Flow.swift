import Foundation

// MARK: - Scans

extension PickupJob {
    mutating func scanned(_ scan: ResolvedScan, context: JobContext) -> Reply? {
        switch scan {
        case .requisition(let detail):
            return open(detail, context: context)
        case .item(let item):
            return count(item, context: context)
        case .quantity(let quantity):
            guard pick != nil else { return .refuse(.scanRequisition) }
            if let problem = QuantityNotice.check(quantity) { return .refuse(.quantity(problem)) }
            pendingQuantity = quantity
            return .say(.quantity(.next(quantity)))
        case .badge(let person):
            guard pick != nil else {
                // No pickup waits for a recipient: a keeper's badge is the router's (taking
                // over the station); anyone else is a recipient who came too early.
                let routers = person.badge == context.person.badge || !person.active || person.has(Self.card.requiredRole)
                return routers ? nil : .refuse(.scanRequisition)
            }
            return confirm(by: person, context: context)
        case .asset, .location, .mode, .notFound, .invalid, .unavailable, .otherKind:
            return nil
        }
    }

    private mutating func open(_ detail: RequisitionDetail, context: JobContext) -> Reply {
        let requisition = detail.requisition
        if let pick {
            if pick.number == requisition.number { return .say(.requisitionAlreadyOpen(number: pick.number)) }
            return .refuse(.finishFirst(requisition: pick.number))
        }
        if let refusal = Self.refusal(toOpen: requisition) { return .refuse(refusal) }
        pick = PickSession(detail: detail)
        pendingQuantity = nil
        lastPickup = nil
        slipNote = nil
        let open = requisition.lines.filter { $0.remaining > 0 }
        return keeping(.requisitionOpened(number: requisition.number, lines: open.count), context: context)
    }

    /// Why a requisition cannot be picked now; nil when it can.
    static func refusal(toOpen requisition: Requisition) -> PickupNotice? {
        switch requisition.status {
        case .draft:
            return .requisitionNotApproved(number: requisition.number, status: .draft)
        case .rejected:
            return .requisitionRejected(number: requisition.number, reason: requisition.rejectionReason)
        case .cancelled:
            return .requisitionCancelled(number: requisition.number)
        case .pickedUp:
            return .requisitionPickedUp(number: requisition.number)
        case .approved, .partlyPicked:
            break
        }
        guard requisition.lines.contains(where: { $0.remaining > 0 }) else { return .requisitionPickedUp(number: requisition.number) }
        return nil
    }

    private mutating func count(_ item: Item, context: JobContext) -> Reply {
        guard var pick else { return .refuse(.scanRequisition) }
        let quantity = pendingQuantity ?? 1
        if let refusal = Self.refusal(adding: quantity, of: item, to: pick) { return .refuse(refusal) }
        pendingQuantity = nil
        pick.scans.append(.init(itemCode: item.code, quantity: quantity))
        pick.pendingRecipient = nil
        self.pick = pick
        let toPick = pick.detail.requisition.lines.first { $0.itemCode == item.code }?.remaining ?? 0
        return keeping(.counted(item: item.name, quantity: quantity, picked: pick.picked(item.code), toPick: toPick), context: context)
    }

    /// Why `quantity` more of `item` may not be added to the pick; nil when it may. The same
    /// rules for a scan at the counter and for a kept scan coming back after a restart.
    static func refusal(adding quantity: Int, of item: Item, to pick: PickSession) -> PickupNotice? {
        guard let line = pick.detail.requisition.lines.first(where: { $0.itemCode == item.code }), line.remaining > 0
        else { return .itemNotOnRequisition(item: item.name, number: pick.number) }
        let already = pick.picked(item.code)
        // Checked: a sum that overflows is more than any line can owe.
        let (total, overflow) = already.addingReportingOverflow(quantity)
        guard !overflow, total <= line.remaining else {
            return .overPick(item: item.name, remaining: line.remaining - already)
        }
        guard total <= item.stock else {
            return .stockShort(item: item.name, stock: item.stock)
        }
        return nil
    }

    /// Says `notice` and keeps the pick's scans in the store as they are now, so a restart
    /// comes back to them.
    private func keeping(_ notice: PickupNotice, context: JobContext) -> Reply {
        guard let pick else { return .say(notice) }
        let open = OpenPickup(requisitionNumber: pick.number, scans: pick.scans, keeperBadge: context.person.badge, time: context.time)
        return Reply(notice: notice, effects: [.keepOpen(open)])
    }

    /// The recipient's badge confirms: the applicant directly, a colleague from the same
    /// department only once the keeper accepts.
    private mutating func confirm(by recipient: Person, context: JobContext) -> Reply {
        guard var pick else { return .quiet }
        guard !pick.isEmpty else { return .refuse(.nothingPicked) }
        guard recipient.active else { return .refuse(.badgeInactive(name: recipient.name)) }
        let requisition = pick.detail.requisition
        if recipient.badge == requisition.applicantBadge {
            return commit(recipient: recipient, accepted: false, context: context)
        }
        guard recipient.department == requisition.department else {
            return .refuse(.recipientNotEntitled(name: recipient.name, department: requisition.department))
        }
        pick.pendingRecipient = recipient
        self.pick = pick
        return .alert(.confirmRecipient(name: recipient.name, applicant: pick.detail.applicant?.name ?? requisition.applicantBadge))
    }

    /// Hands the pickup to the store; the router shows "Recording…" until the answer is back.
    private mutating func commit(recipient: Person, accepted: Bool, context: JobContext) -> Reply {
        guard var pick else { return .quiet }
        pick.recipient = recipient
        self.pick = pick
        let commit = PickupCommit(
            requisitionNumber: pick.number, picks: pick.picks, keeperBadge: context.person.badge,
            recipientBadge: recipient.badge, acceptedByKeeper: accepted, station: context.station, time: context.time)
        return .perform(.recordPickup(commit))
    }
}

// MARK: - Keys

extension PickupJob {
    mutating func pressed(_ key: JobKey, context: JobContext) -> Reply? {
        switch key {
        case .undo:
            if pendingQuantity != nil {
                pendingQuantity = nil
                return .say(.scanRequisition)
            }
            guard var pick, let last = pick.scans.popLast() else { return nil }
            pick.pendingRecipient = nil
            self.pick = pick
            let name = pick.detail.items[last.itemCode]?.name ?? last.itemCode
            return keeping(.undone(item: name, quantity: last.quantity), context: context)
        case .cancel:
            if var pick, let recipient = pick.pendingRecipient {
                pick.pendingRecipient = nil
                self.pick = pick
                return .say(.recipientRefused(name: recipient.name))
            }
            if let pick {
                self.pick = nil
                pendingQuantity = nil
                return Reply(notice: .pickupCancelled(number: pick.number), effects: [.forgetOpen(requisition: pick.number)])
            }
            if pendingQuantity != nil {
                pendingQuantity = nil
                return .say(.scanRequisition)
            }
            return nil
        case .accept:
            guard let recipient = pick?.pendingRecipient else { return nil }
            return commit(recipient: recipient, accepted: true, context: context)
        }
    }
}

// MARK: - Answers

extension PickupJob {
    mutating func answered(_ answer: PickupAnswer, context: JobContext) -> Reply {
        switch answer {
        case .recorded(let outcome, _):
            return recorded(outcome)
        case .refused(let problem):
            pick?.recipient = nil
            return .refuse(.pickupRefused(problem))
        case .slipProduced(let location):
            slipNote = location
            return .quiet
        case .slipFailed(let problem):
            slipNote = problem.description
            return Reply(cue: .attention)
        case .kept:
            return .quiet
        case .notKept(let problem):
            // Forgetting the scans of a pickup already ended can wait for the next one.
            return pick == nil ? .quiet : .alert(.scansNotKept(problem))
        case .leftOpen(let left):
            return resumed(left, context: context)
        case .leftOpenUnreadable(let problem):
            return .alert(.leftOpenUnreadable(problem))
        }
    }

    /// A pickup left open when the station stopped: back on the counter with every kept scan
    /// that still fits the requisition and the stock as they are now (the rest are dropped and
    /// the store told), and the keeper told what came back. One whose requisition can no
    /// longer be picked is forgotten.
    private mutating func resumed(_ left: LeftOpenPickup?, context: JobContext) -> Reply {
        guard pick == nil, let left else { return .quiet }
        let number = left.open.requisitionNumber
        guard left.detail.requisition.number == number, Self.refusal(toOpen: left.detail.requisition) == nil else {
            return Reply(notice: .leftOpenDropped(number: number), effects: [.forgetOpen(requisition: number)], cue: .attention)
        }
        var session = PickSession(detail: left.detail)
        var dropped = 0
        for scan in left.open.scans {
            guard scan.quantity > 0, let item = left.detail.items[scan.itemCode],
                  Self.refusal(adding: scan.quantity, of: item, to: session) == nil
            else {
                dropped += 1
                continue
            }
            session.scans.append(scan)
        }
        pick = session
        pendingQuantity = nil
        lastPickup = nil
        slipNote = nil
        let units = session.scans.reduce(0) { $0 + $1.quantity }
        var reply = dropped > 0 ? keeping(.pickupResumed(number: number, units: units, dropped: dropped), context: context)
            : .say(.pickupResumed(number: number, units: units, dropped: 0))
        reply.cue = .attention
        return reply
    }

    /// The pickup is on record, and its slip owed with it: clear the counter and produce the slip.
    private mutating func recorded(_ outcome: PickupOutcome) -> Reply {
        guard let pick else { return .quiet }
        self.pick = nil
        pendingQuantity = nil
        lastPickup = outcome
        slipNote = nil
        let requisition = outcome.requisition
        return Reply(
            notice: .pickupRecorded(number: requisition.number, recipient: pick.recipient?.name ?? requisition.applicantBadge,
                                    backorderLines: requisition.lines.filter { $0.remaining > 0 }.count),
            effects: [.produceSlip(id: outcome.slipID), .forgetOpen(requisition: requisition.number)])
    }
}

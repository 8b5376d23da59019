import Foundation

// MARK: - Scans

extension PickupJob {
    mutating func scanned(_ scan: ResolvedScan, context: JobContext) -> Reply? {
        switch scan {
        case .requisition(let detail):
            return open(detail)
        case .item(let item):
            return count(item)
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

    private mutating func open(_ detail: RequisitionDetail) -> Reply {
        let requisition = detail.requisition
        if let pick {
            if pick.number == requisition.number { return .say(.requisitionAlreadyOpen(number: pick.number)) }
            return .refuse(.finishFirst(requisition: pick.number))
        }
        switch requisition.status {
        case .draft:
            return .refuse(.requisitionNotApproved(number: requisition.number, status: .draft))
        case .rejected:
            return .refuse(.requisitionRejected(number: requisition.number, reason: requisition.rejectionReason))
        case .cancelled:
            return .refuse(.requisitionCancelled(number: requisition.number))
        case .pickedUp:
            return .refuse(.requisitionPickedUp(number: requisition.number))
        case .approved, .partlyPicked:
            break
        }
        let open = requisition.lines.filter { $0.remaining > 0 }
        guard !open.isEmpty else { return .refuse(.requisitionPickedUp(number: requisition.number)) }
        pick = PickSession(detail: detail)
        pendingQuantity = nil
        lastPickup = nil
        slipNote = nil
        return .say(.requisitionOpened(number: requisition.number, lines: open.count))
    }

    private mutating func count(_ item: Item) -> Reply {
        guard var pick else { return .refuse(.scanRequisition) }
        guard let line = pick.detail.requisition.lines.first(where: { $0.itemCode == item.code }), line.remaining > 0
        else { return .refuse(.itemNotOnRequisition(item: item.name, number: pick.number)) }
        let quantity = pendingQuantity ?? 1
        let already = pick.picked(item.code)
        // Checked: a sum that overflows is more than any line can owe.
        let (total, overflow) = already.addingReportingOverflow(quantity)
        guard !overflow, total <= line.remaining else {
            return .refuse(.overPick(item: item.name, remaining: line.remaining - already))
        }
        guard total <= item.stock else {
            return .refuse(.stockShort(item: item.name, stock: item.stock))
        }
        pendingQuantity = nil
        pick.scans.append(.init(itemCode: item.code, quantity: quantity))
        pick.pendingRecipient = nil
        self.pick = pick
        return .say(.counted(item: item.name, quantity: quantity, picked: total, toPick: line.remaining))
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
            return .say(.undone(item: name, quantity: last.quantity))
        case .cancel:
            if var pick, let recipient = pick.pendingRecipient {
                pick.pendingRecipient = nil
                self.pick = pick
                return .say(.recipientRefused(name: recipient.name))
            }
            if let pick {
                self.pick = nil
                pendingQuantity = nil
                return .say(.pickupCancelled(number: pick.number))
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
        }
    }

    /// The pickup is on record, and its slip owed with it: clear the counter and produce the slip.
    private mutating func recorded(_ outcome: PickupOutcome) -> Reply {
        guard pick != nil else { return .quiet }
        self.pick = nil
        pendingQuantity = nil
        lastPickup = outcome
        slipNote = nil
        let requisition = outcome.requisition
        return Reply(
            notice: .pickupRecorded(number: requisition.number, recipient: outcome.slip.slip.recipientName,
                                    backorderLines: requisition.lines.filter { $0.remaining > 0 }.count),
            effects: [.produceSlip(outcome.slip)])
    }
}

import Foundation
import QuartermasterCore
import Testing

/// The pickup flow on its own, event by event: every reply (notice, effects, sound) and every
/// state change is asserted. The router's part (signing in, modes, the interlock) is in
/// KioskRouterTests.
@Suite struct PickupJobTests {
    typealias F = Fixtures
    typealias Reply = PickupJob.Reply
    var job = PickupJob()
    var clock = F.t0

    // MARK: Driving helpers

    var context: JobContext { JobContext(person: F.keeper, station: "ST-01", time: clock) }

    mutating func scan(_ scan: ResolvedScan) -> Reply? {
        clock += 1
        return job.handle(.scan(scan), context: context)
    }

    mutating func press(_ key: JobKey) -> Reply? {
        clock += 1
        return job.handle(.key(key), context: context)
    }

    mutating func answer(_ answer: PickupAnswer) -> Reply? {
        job.handle(.answer(answer), context: context)
    }

    /// A change to the pick: the notice, and the pick's scans (these) kept in the store, as of now.
    func kept(_ notice: PickupNotice, _ scans: [PickSession.Scan], number: String = "YPQ-2024-001") -> Reply {
        Reply(notice: notice, effects: [.keepOpen(OpenPickup(requisitionNumber: number, scans: scans, keeperBadge: F.keeper.badge, time: clock))])
    }

    /// YPQ-2024-001 open.
    mutating func openPickup(_ detail: RequisitionDetail = F.requisition()) {
        #expect(scan(.requisition(detail)) == kept(.requisitionOpened(number: detail.requisition.number, lines: 2), [], number: detail.requisition.number))
    }

    // MARK: Opening a requisition

    @Test(arguments: [
        (RequisitionStatus.draft, PickupNotice.requisitionNotApproved(number: "YPQ-2024-001", status: .draft)),
        (.rejected, .requisitionRejected(number: "YPQ-2024-001", reason: "exceeds quarterly budget")),
        (.pickedUp, .requisitionPickedUp(number: "YPQ-2024-001")),
        (.cancelled, .requisitionCancelled(number: "YPQ-2024-001")),
    ])
    func requisitionNotPickableIsRefused(status: RequisitionStatus, notice: PickupNotice) {
        var test = PickupJobTests()
        let detail = F.requisition(status, rejectionReason: status == .rejected ? "exceeds quarterly budget" : nil)
        #expect(test.scan(.requisition(detail)) == .refuse(notice))
        #expect(test.job.pick == nil)
    }

    @Test mutating func fullyPickedLinesCountAsPickedUp() {
        var detail = F.requisition(.partlyPicked)
        for index in detail.requisition.lines.indices {
            detail.requisition.lines[index].picked = detail.requisition.lines[index].approved
        }
        #expect(scan(.requisition(detail)) == .refuse(.requisitionPickedUp(number: "YPQ-2024-001")))
        #expect(job.pick == nil)
    }

    @Test mutating func opensApprovedRequisition() {
        openPickup()
        #expect(job.pick?.number == "YPQ-2024-001")
        #expect(job.leaveBlocker == .finishFirst(requisition: "YPQ-2024-001"))
        #expect(scan(.requisition(F.requisition())) == .say(.requisitionAlreadyOpen(number: "YPQ-2024-001")))
        #expect(scan(.requisition(F.requisition(number: "YPQ-2024-002"))) == .refuse(.finishFirst(requisition: "YPQ-2024-001")))
        #expect(job.pick?.number == "YPQ-2024-001")
    }

    // MARK: Counting items

    @Test mutating func itemScanBeforeRequisitionIsRefused() {
        #expect(scan(.item(F.paper)) == .refuse(.scanRequisition))
        #expect(scan(.quantity(3)) == .refuse(.scanRequisition))
        #expect(job.pendingQuantity == nil)
    }

    @Test mutating func eachScanCountsOneUnit() {
        openPickup()
        #expect(scan(.item(F.paper)) == kept(.counted(item: F.paper.name, quantity: 1, picked: 1, toPick: 10), [.init(itemCode: F.paper.code, quantity: 1)]))
        #expect(scan(.item(F.paper)) == kept(.counted(item: F.paper.name, quantity: 1, picked: 2, toPick: 10),
                                             [.init(itemCode: F.paper.code, quantity: 1), .init(itemCode: F.paper.code, quantity: 1)]))
        #expect(job.pick?.picked(F.paper.code) == 2)
    }

    @Test mutating func typedQuantityAppliesToNextScan() {
        openPickup()
        #expect(scan(.quantity(8)) == .say(.quantity(.next(8))))
        #expect(job.pendingQuantity == 8)
        #expect(scan(.item(F.paper)) == kept(.counted(item: F.paper.name, quantity: 8, picked: 8, toPick: 10), [.init(itemCode: F.paper.code, quantity: 8)]))
        #expect(job.pendingQuantity == nil)
        #expect(job.pick?.scans == [.init(itemCode: F.paper.code, quantity: 8)])
        #expect(scan(.quantity(0)) == .refuse(.quantity(.zero)))
        #expect(job.pendingQuantity == nil)
    }

    @Test mutating func quantityBeyondTheBoundIsRefused() {
        openPickup()
        #expect(scan(.quantity(QuantityLimit.maximum + 1)) == .refuse(.quantity(.tooLarge(maximum: 1_000_000))))
        #expect(job.pendingQuantity == nil)
        #expect(scan(.quantity(Int.max)) == .refuse(.quantity(.tooLarge(maximum: 1_000_000))))
        #expect(scan(.quantity(QuantityLimit.maximum)) == .say(.quantity(.next(1_000_000))), "the bound itself is allowed")
        #expect(scan(.item(F.paper)) == .refuse(.overPick(item: F.paper.name, remaining: 10)))
    }

    @Test mutating func itemNotOnRequisitionIsRefused() {
        openPickup()
        let stapler = Item(code: "ITM-STAPLER", barcodes: [], name: "Stapler", spec: "", unit: "pcs",
                           category: .stationery, stock: 5, threshold: 0, bin: "B-01")
        #expect(scan(.item(stapler)) == .refuse(.itemNotOnRequisition(item: "Stapler", number: "YPQ-2024-001")))
        // A line the approver cut to zero is not pickable either.
        #expect(scan(.item(F.toner)) == .refuse(.itemNotOnRequisition(item: F.toner.name, number: "YPQ-2024-001")))
        #expect(job.pick?.isEmpty == true)
    }

    @Test mutating func overPickIsRefused() {
        openPickup()
        _ = scan(.quantity(11))
        #expect(scan(.item(F.paper)) == .refuse(.overPick(item: F.paper.name, remaining: 10)))
        #expect(job.pick?.isEmpty == true)
        #expect(job.pendingQuantity == 11, "the typed quantity stays so the keeper can see it and undo it")
        #expect(press(.undo) == .say(.scanRequisition))
        #expect(job.pendingQuantity == nil)
        _ = scan(.quantity(10))
        #expect(scan(.item(F.paper)) == kept(.counted(item: F.paper.name, quantity: 10, picked: 10, toPick: 10), [.init(itemCode: F.paper.code, quantity: 10)]))
        #expect(scan(.item(F.paper)) == .refuse(.overPick(item: F.paper.name, remaining: 0)))
        #expect(job.pick?.picked(F.paper.code) == 10)
    }

    @Test mutating func overPickCountsEarlierPickups() {
        var detail = F.requisition(.partlyPicked)
        detail.requisition.lines[0].picked = 9
        openPickup(detail)
        #expect(scan(.item(F.paper)) == kept(.counted(item: F.paper.name, quantity: 1, picked: 1, toPick: 1), [.init(itemCode: F.paper.code, quantity: 1)]))
        #expect(scan(.item(F.paper)) == .refuse(.overPick(item: F.paper.name, remaining: 0)))
    }

    @Test mutating func pickBeyondStockOnRecordIsRefused() {
        openPickup()
        _ = scan(.quantity(3))
        #expect(scan(.item(F.pens)) == .refuse(.stockShort(item: F.pens.name, stock: 2)))
        #expect(job.pick?.picked(F.pens.code) == 0)
    }

    @Test mutating func undoTakesBackTheLastScan() {
        openPickup()
        #expect(press(.undo) == nil, "nothing to undo: the router says so")
        _ = scan(.item(F.paper))
        _ = scan(.quantity(2))
        _ = scan(.item(F.pens))
        #expect(press(.undo) == kept(.undone(item: F.pens.name, quantity: 2), [.init(itemCode: F.paper.code, quantity: 1)]), "the undo is kept too")
        #expect(job.pick?.scans == [.init(itemCode: F.paper.code, quantity: 1)])
    }

    @Test mutating func cancelDropsThePickupAndRecordsNothing() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(press(.cancel) == Reply(notice: .pickupCancelled(number: "YPQ-2024-001"), effects: [.forgetOpen(requisition: "YPQ-2024-001")]),
                "the kept scans are forgotten")
        #expect(job.pick == nil)
        #expect(job.leaveBlocker == nil)
        #expect(press(.cancel) == nil, "nothing to cancel: the router says so")
    }

    @Test mutating func otherKindsAreLeftToTheRouter() {
        openPickup()
        #expect(scan(.otherKind(.assetTag, "FA-000123")) == nil)
        #expect(job.pick?.isEmpty == true)
    }

    @Test mutating func badgesWithoutAnOpenPickup() {
        #expect(scan(.badge(F.keeper)) == nil, "the keeper again: the router answers")
        let second = Person(badge: "E1002", name: "Keeper Two", department: "Storeroom", roles: [.keeper])
        #expect(scan(.badge(second)) == nil, "another keeper takes over: the router answers")
        #expect(scan(.badge(F.leaver)) == nil, "a disabled badge: the router answers")
        #expect(scan(.badge(F.applicant)) == .refuse(.scanRequisition), "a recipient too early")
    }

    @Test mutating func interruptDropsTheTypedQuantityOnly() {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.quantity(2))
        job.interrupt()
        #expect(job.pendingQuantity == nil)
        #expect(job.pick?.picked(F.paper.code) == 1)
        #expect(job.idleDiscard == .pickupDiscarded(number: "YPQ-2024-001"))
    }

    // MARK: Kept across a restart

    /// What the store kept of YPQ-2024-001 before the station stopped: 4 packs of paper, 1 box of pens.
    static let keptScans: [PickSession.Scan] = [.init(itemCode: F.paper.code, quantity: 4), .init(itemCode: F.pens.code, quantity: 1)]

    static func leftOpen(_ detail: RequisitionDetail = F.requisition(), scans: [PickSession.Scan] = keptScans) -> LeftOpenPickup {
        LeftOpenPickup(open: OpenPickup(requisitionNumber: detail.requisition.number, scans: scans, keeperBadge: "E1002", time: F.t0), detail: detail)
    }

    @Test mutating func startingWorkLooksForAPickupLeftOpenOnlyWithNothingOnTheCounter() {
        #expect(job.resume(context: context) == .perform(.findLeftOpen))
        #expect(!PickupEffect.findLeftOpen.isRecording && !PickupEffect.findLeftOpen.canFollowTheScreen, "a read, answered before the screen")
        openPickup()
        #expect(job.resume(context: context) == nil, "a pickup on the counter is the work")
    }

    @Test mutating func aPickupLeftOpenComesBackAndGoesOnToItsRecord() {
        #expect(answer(.leftOpen(Self.leftOpen())) == .alert(.pickupResumed(number: "YPQ-2024-001", units: 5, dropped: 0)))
        #expect(PickupNotice.pickupResumed(number: "YPQ-2024-001", units: 5, dropped: 0).text(.english)
                == "Pickup YPQ-2024-001 resumed: 5 items scanned. Scan on; the recipient's badge confirms, Esc cancels.")
        #expect(job.pick?.scans == Self.keptScans)
        #expect(job.leaveBlocker == .finishFirst(requisition: "YPQ-2024-001"), "it is open work like any other")
        #expect(scan(.item(F.paper)) == kept(.counted(item: F.paper.name, quantity: 1, picked: 5, toPick: 10), Self.keptScans + [.init(itemCode: F.paper.code, quantity: 1)]))
        #expect(press(.undo) == kept(.undone(item: F.paper.name, quantity: 1), Self.keptScans))
        let reply = scan(.badge(F.applicant))
        guard case .recordPickup(let commit)? = reply?.effects.first else {
            Issue.record("expected the pickup to be recorded, got \(String(describing: reply))")
            return
        }
        #expect(commit.picks == [.init(itemCode: F.paper.code, quantity: 4), .init(itemCode: F.pens.code, quantity: 1)])
        #expect(commit.keeperBadge == F.keeper.badge, "the keeper signed in now records it")
    }

    @Test mutating func cancellingAPickupThatCameBackForgetsIt() {
        _ = answer(.leftOpen(Self.leftOpen()))
        #expect(press(.cancel) == Reply(notice: .pickupCancelled(number: "YPQ-2024-001"), effects: [.forgetOpen(requisition: "YPQ-2024-001")]))
        #expect(job.pick == nil)
    }

    @Test mutating func keptScansThatNoLongerFitAreDroppedAndTheRestKept() {
        // Since the scans were kept: 8 packs of paper picked elsewhere, the pens' stock down to 1.
        var detail = F.requisition(.partlyPicked)
        detail.requisition.lines[0].picked = 8
        detail.items[F.pens.code]?.stock = 1
        let scans: [PickSession.Scan] = [
            .init(itemCode: F.paper.code, quantity: 4),  // only 2 still owed
            .init(itemCode: F.paper.code, quantity: 2),
            .init(itemCode: F.pens.code, quantity: 1),
            .init(itemCode: F.pens.code, quantity: 1),  // beyond the stock on record
            .init(itemCode: "ITM-GONE", quantity: 1),  // no longer on the requisition
            .init(itemCode: F.toner.code, quantity: 1),  // cut to zero by the approver
        ]
        let still: [PickSession.Scan] = [.init(itemCode: F.paper.code, quantity: 2), .init(itemCode: F.pens.code, quantity: 1)]
        var expected = kept(.pickupResumed(number: "YPQ-2024-001", units: 3, dropped: 4), still)
        expected.cue = .attention
        #expect(answer(.leftOpen(Self.leftOpen(detail, scans: scans))) == expected, "what is kept is what is on the counter now")
        #expect(job.pick?.scans == still)
        #expect(PickupNotice.pickupResumed(number: "YPQ-2024-001", units: 3, dropped: 4).text(.english)
                == "Pickup YPQ-2024-001 resumed: 3 items scanned. 4 scan(s) no longer fit the requisition or the stock and were dropped. Scan on; the recipient's badge confirms, Esc cancels.")
    }

    @Test(arguments: [RequisitionStatus.pickedUp, .cancelled, .rejected, .draft])
    func aPickupLeftOpenWhoseRequisitionCannotBePickedIsForgotten(status: RequisitionStatus) {
        var test = PickupJobTests()
        #expect(test.answer(.leftOpen(Self.leftOpen(F.requisition(status)))) == Reply(
            notice: .leftOpenDropped(number: "YPQ-2024-001"), effects: [.forgetOpen(requisition: "YPQ-2024-001")], cue: .attention))
        #expect(test.job.pick == nil)
    }

    @Test mutating func nothingLeftOpenOrAPickupOnTheCounterAlreadyChangesNothing() {
        #expect(answer(.leftOpen(nil)) == .quiet)
        #expect(job.pick == nil)
        openPickup(F.requisition(number: "YPQ-2024-002"))
        #expect(answer(.leftOpen(Self.leftOpen())) == .quiet)
        #expect(job.pick?.number == "YPQ-2024-002")
    }

    @Test mutating func scansTheStoreCouldNotKeepAreSaidSo() {
        let problem = StationProblem(.system, "The disk is full.", advice: "Free some space.")
        #expect(answer(.notKept(problem)) == .quiet, "nothing open: a forget that failed waits for the next pickup")
        openPickup()
        _ = scan(.item(F.paper))
        #expect(answer(.kept) == .quiet)
        #expect(answer(.notKept(problem)) == .alert(.scansNotKept(problem)))
        #expect(job.pick?.picked(F.paper.code) == 1, "the scan stays on the counter")
        #expect(answer(.leftOpenUnreadable(problem)) == .alert(.leftOpenUnreadable(problem)))
    }

    @Test mutating func anIdleSignOutForgetsTheKeptScans() {
        #expect(job.idleDiscardEffects == [])
        openPickup()
        #expect(job.idleDiscardEffects == [.forgetOpen(requisition: "YPQ-2024-001")])
        #expect(!PickupEffect.keepOpen(OpenPickup(requisitionNumber: "YPQ-2024-001", scans: [], keeperBadge: "E1001", time: F.t0)).isRecording,
                "keeping the scans does not hold the counter")
    }

    // MARK: Confirming

    @Test mutating func applicantBadgeConfirmsAndRecords() {
        openPickup()
        _ = scan(.quantity(4))
        _ = scan(.item(F.paper))
        _ = scan(.item(F.pens))
        let reply = scan(.badge(F.applicant))
        let expected = PickupCommit(
            requisitionNumber: "YPQ-2024-001",
            picks: [.init(itemCode: F.paper.code, quantity: 4), .init(itemCode: F.pens.code, quantity: 1)],
            keeperBadge: F.keeper.badge, recipientBadge: F.applicant.badge, acceptedByKeeper: false,
            station: "ST-01", time: clock)
        #expect(reply == .perform(.recordPickup(expected)))
        #expect(PickupEffect.recordPickup(expected).isRecording, "the router holds the counter while it records")
        #expect(job.pick?.recipient == F.applicant)
    }

    @Test mutating func recipientWithNothingPickedIsRefused() {
        openPickup()
        #expect(scan(.badge(F.applicant)) == .refuse(.nothingPicked))
    }

    @Test mutating func recipientFromAnotherDepartmentIsRefused() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.outsider)) == .refuse(.recipientNotEntitled(name: F.outsider.name, department: "General Affairs")))
        #expect(job.pick?.pendingRecipient == nil)
    }

    @Test mutating func inactiveRecipientIsRefused() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.leaver)) == .refuse(.badgeInactive(name: F.leaver.name)))
    }

    @Test mutating func colleagueNeedsTheKeepersAccept() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.colleague)) == .alert(.confirmRecipient(name: F.colleague.name, applicant: F.applicant.name)))
        #expect(job.pick?.pendingRecipient == F.colleague)
        #expect(job.awaitsAccept)
        let reply = press(.accept)
        guard case .recordPickup(let commit)? = reply?.effects.first else {
            Issue.record("expected a pickup to record, got \(String(describing: reply))")
            return
        }
        #expect(reply?.effects.count == 1)
        #expect(reply?.notice == nil)
        #expect(commit.recipientBadge == F.colleague.badge)
        #expect(commit.acceptedByKeeper)
    }

    @Test mutating func keeperCanRefuseAColleague() {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.badge(F.colleague))
        #expect(press(.cancel) == .say(.recipientRefused(name: F.colleague.name)))
        #expect(job.pick?.pendingRecipient == nil)
        #expect(!job.awaitsAccept)
        #expect(job.pick?.picked(F.paper.code) == 1, "refusing the recipient keeps the picked items")
        #expect(press(.accept) == nil, "nothing to accept: the router says so")
    }

    @Test mutating func recordedPickupPrintsASlip() {
        openPickup()
        _ = scan(.quantity(10))
        _ = scan(.item(F.paper))
        _ = scan(.item(F.pens))
        let confirmed = scan(.badge(F.applicant))
        let confirmTime = clock
        guard case .recordPickup(let commit)? = confirmed?.effects.first else {
            Issue.record("expected the pickup to be recorded, got \(String(describing: confirmed))")
            return
        }

        var after = F.requisition().requisition
        after.lines[0].picked = 10
        after.lines[1].picked = 1
        after.status = .partlyPicked
        var paper = F.paper
        paper.stock = 30
        var pens = F.pens
        pens.stock = 1
        // The store owes the slip from the pickup's transaction; the flow has it produced,
        // built from the pickup's event, once the screen has answered.
        let outcome = F.outcome(after, items: [paper.code: paper, pens.code: pens])
        let reply = answer(.recorded(outcome, at: confirmTime))

        #expect(reply?.notice == .pickupRecorded(number: "YPQ-2024-001", recipient: "张三", backorderLines: 1))
        #expect(reply?.cue == nil)
        #expect(reply?.effects == [.produceSlip(id: F.slipID), .forgetOpen(requisition: "YPQ-2024-001")])
        #expect(!PickupEffect.produceSlip(id: F.slipID).isRecording, "the slip does not hold the counter")
        #expect(PickupEffect.produceSlip(id: F.slipID).canFollowTheScreen, "the slip waits for the screen")
        #expect(PickupEffect.forgetOpen(requisition: "YPQ-2024-001").canFollowTheScreen, "forgetting the kept scans waits for the screen")
        #expect(commit.recipientBadge == F.applicant.badge)
        #expect(commit.time == confirmTime)
        #expect(job.pick == nil)
        #expect(job.lastPickup == outcome)
        #expect(job.transcriptNote(for: .pickupRecorded(number: "YPQ-2024-001", recipient: "张三", backorderLines: 1)) == nil)

        #expect(answer(.slipProduced("out/YPQ-2024-001.pdf")) == .quiet)
        #expect(job.slipNote == "out/YPQ-2024-001.pdf")
        #expect(job.transcriptNote(for: .pickupRecorded(number: "YPQ-2024-001", recipient: "张三", backorderLines: 1))
                == " Slip: out/YPQ-2024-001.pdf")
        #expect(job.transcriptNote(for: .scanRequisition) == nil)
    }

    @Test mutating func storeRefusalKeepsThePickOpen() {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.badge(F.applicant))
        let problem = StationProblem(.conflict, "Stock of A4 复印纸 changed: only 0 on hand.", advice: "Cancel and scan again.")
        #expect(answer(.refused(problem)) == .refuse(.pickupRefused(problem)))
        #expect(job.pick?.picked(F.paper.code) == 1)
        #expect(job.pick?.recipient == nil)
    }

    @Test mutating func slipFailureIsShownAndRung() {
        let problem = StationProblem(.system, "Could not write the slip.", advice: "Tell the admin.")
        #expect(answer(.slipFailed(problem)) == Reply(cue: .attention))
        #expect(job.slipNote == problem.description)
    }

    @Test func declaresItsCard() {
        #expect(PickupJob.card.mode == .pickup)
        #expect(PickupJob.card.mode.barcode == "QM-MODE-PICKUP")
        #expect(PickupJob.card.requiredRole == .keeper)
        #expect(PickupJob.card.functionKey == 1)
        #expect(PickupJob.card.prompt == KioskNotice(PickupNotice.scanRequisition))
    }
}

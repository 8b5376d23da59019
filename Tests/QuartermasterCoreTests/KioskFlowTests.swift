import Foundation
import QuartermasterCore
import Testing

/// The storeroom kiosk, event by event: every state change and every effect is asserted.
@Suite struct KioskFlowTests {
    typealias F = Fixtures
    var flow = KioskFlow(station: "ST-01", idleTimeout: 120)
    var clock = F.t0

    // MARK: Driving helpers

    mutating func scan(_ scan: ResolvedScan) -> [KioskEffect] {
        clock += 1
        return flow.handle(.scan(scan, at: clock))
    }

    mutating func press(_ key: KioskKey) -> [KioskEffect] {
        clock += 1
        return flow.handle(.key(key, at: clock))
    }

    /// Keeper signed in with YPQ-2024-001 open.
    mutating func openPickup(_ detail: RequisitionDetail = F.requisition()) {
        #expect(scan(.badge(F.keeper)) == [])
        #expect(scan(.requisition(detail)) == [])
    }

    // MARK: Signing in

    @Test mutating func keeperSignsIn() {
        #expect(flow.state.notice == .scanBadgeToStart)
        #expect(scan(.badge(F.keeper)) == [])
        #expect(flow.state.person == F.keeper)
        #expect(flow.state.notice == .signedIn(name: F.keeper.name, mode: .pickup))
    }

    @Test mutating func badgeWithoutKeeperRoleIsRefused() {
        #expect(scan(.badge(F.auditor)) == [.bell])
        #expect(flow.state.person == nil)
        #expect(flow.state.notice == .roleMissing(name: F.auditor.name, role: .keeper))
    }

    @Test mutating func inactiveBadgeIsRefused() {
        var formerKeeper = F.keeper
        formerKeeper.active = false
        #expect(scan(.badge(formerKeeper)) == [.bell])
        #expect(flow.state.person == nil)
        #expect(flow.state.notice == .badgeInactive(name: F.keeper.name))
    }

    @Test mutating func scansBeforeSigningInAreRefused() {
        #expect(scan(.requisition(F.requisition())) == [.bell])
        #expect(flow.state.notice == .signInFirst)
        #expect(flow.state.pick == nil)
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.notice == .signInFirst)
    }

    @Test mutating func unknownAndInvalidCodesAreRefused() {
        #expect(scan(.notFound(.badge, "E9999")) == [.bell])
        #expect(flow.state.notice == .notFound(.badge, code: "E9999"))
        #expect(scan(.invalid("6901234567893", .badCheckDigit)) == [.bell])
        #expect(flow.state.notice == .invalidScan(code: "6901234567893", problem: .badCheckDigit))
        let busy = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        #expect(scan(.unavailable(busy)) == [.bell])
        #expect(flow.state.notice == .storeUnavailable(busy))
    }

    @Test mutating func anotherKeeperTakesOver() {
        #expect(scan(.badge(F.keeper)) == [])
        let second = Person(badge: "E1002", name: "Keeper Two", department: "Storeroom", roles: [.keeper])
        #expect(scan(.badge(second)) == [])
        #expect(flow.state.person == second)
        #expect(scan(.badge(second)) == [])
        #expect(flow.state.notice == .alreadySignedIn(name: second.name))
    }

    // MARK: Opening a requisition

    @Test(arguments: [
        (RequisitionStatus.draft, Notice.requisitionNotApproved(number: "YPQ-2024-001", status: .draft)),
        (.rejected, .requisitionRejected(number: "YPQ-2024-001", reason: "exceeds quarterly budget")),
        (.pickedUp, .requisitionPickedUp(number: "YPQ-2024-001")),
        (.cancelled, .requisitionCancelled(number: "YPQ-2024-001")),
    ])
    func requisitionNotPickableIsRefused(status: RequisitionStatus, notice: Notice) {
        var test = KioskFlowTests()
        _ = test.scan(.badge(F.keeper))
        let detail = F.requisition(status, rejectionReason: status == .rejected ? "exceeds quarterly budget" : nil)
        #expect(test.scan(.requisition(detail)) == [.bell])
        #expect(test.flow.state.pick == nil)
        #expect(test.flow.state.notice == notice)
    }

    @Test mutating func fullyPickedLinesCountAsPickedUp() {
        var detail = F.requisition(.partlyPicked)
        for index in detail.requisition.lines.indices {
            detail.requisition.lines[index].picked = detail.requisition.lines[index].approved
        }
        _ = scan(.badge(F.keeper))
        #expect(scan(.requisition(detail)) == [.bell])
        #expect(flow.state.notice == .requisitionPickedUp(number: "YPQ-2024-001"))
    }

    @Test mutating func opensApprovedRequisition() {
        openPickup()
        #expect(flow.state.pick?.number == "YPQ-2024-001")
        #expect(flow.state.notice == .requisitionOpened(number: "YPQ-2024-001", lines: 2))
        #expect(scan(.requisition(F.requisition())) == [])
        #expect(flow.state.notice == .requisitionAlreadyOpen(number: "YPQ-2024-001"))
        #expect(scan(.requisition(F.requisition(number: "YPQ-2024-002"))) == [.bell])
        #expect(flow.state.notice == .finishFirst(requisition: "YPQ-2024-001"))
        #expect(flow.state.pick?.number == "YPQ-2024-001")
    }

    // MARK: Counting items

    @Test mutating func itemScanBeforeRequisitionIsRefused() {
        _ = scan(.badge(F.keeper))
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.notice == .scanRequisition)
        #expect(scan(.quantity(3)) == [.bell])
        #expect(flow.state.pendingQuantity == nil)
    }

    @Test mutating func eachScanCountsOneUnit() {
        openPickup()
        #expect(scan(.item(F.paper)) == [])
        #expect(scan(.item(F.paper)) == [])
        #expect(flow.state.pick?.picked(F.paper.code) == 2)
        #expect(flow.state.notice == .counted(item: F.paper.name, quantity: 1, picked: 2, toPick: 10))
    }

    @Test mutating func typedQuantityAppliesToNextScan() {
        openPickup()
        #expect(scan(.quantity(8)) == [])
        #expect(flow.state.pendingQuantity == 8)
        #expect(flow.state.notice == .quantityNext(8))
        #expect(scan(.item(F.paper)) == [])
        #expect(flow.state.pendingQuantity == nil)
        #expect(flow.state.pick?.scans == [.init(itemCode: F.paper.code, quantity: 8)])
        #expect(scan(.quantity(0)) == [.bell])
        #expect(flow.state.notice == .quantityZero)
    }

    @Test mutating func itemNotOnRequisitionIsRefused() {
        openPickup()
        let stapler = Item(code: "ITM-STAPLER", barcodes: [], name: "Stapler", spec: "", unit: "pcs",
                           category: .stationery, stock: 5, threshold: 0, bin: "B-01")
        #expect(scan(.item(stapler)) == [.bell])
        #expect(flow.state.notice == .itemNotOnRequisition(item: "Stapler", number: "YPQ-2024-001"))
        // A line the approver cut to zero is not pickable either.
        #expect(scan(.item(F.toner)) == [.bell])
        #expect(flow.state.notice == .itemNotOnRequisition(item: F.toner.name, number: "YPQ-2024-001"))
        #expect(flow.state.pick?.isEmpty == true)
    }

    @Test mutating func overPickIsRefused() {
        openPickup()
        #expect(scan(.quantity(11)) == [])
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.notice == .overPick(item: F.paper.name, remaining: 10))
        #expect(flow.state.pick?.isEmpty == true)
        #expect(flow.state.pendingQuantity == 11, "the typed quantity stays so the keeper can see it and undo it")
        _ = press(.undo)
        #expect(scan(.quantity(10)) == [])
        #expect(scan(.item(F.paper)) == [])
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.notice == .overPick(item: F.paper.name, remaining: 0))
        #expect(flow.state.pick?.picked(F.paper.code) == 10)
    }

    @Test mutating func overPickCountsEarlierPickups() {
        var detail = F.requisition(.partlyPicked)
        detail.requisition.lines[0].picked = 9
        openPickup(detail)
        #expect(scan(.item(F.paper)) == [])
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.notice == .overPick(item: F.paper.name, remaining: 0))
    }

    @Test mutating func pickBeyondStockOnRecordIsRefused() {
        openPickup()
        #expect(scan(.quantity(3)) == [])
        #expect(scan(.item(F.pens)) == [.bell])
        #expect(flow.state.notice == .stockShort(item: F.pens.name, stock: 2))
        #expect(flow.state.pick?.picked(F.pens.code) == 0)
    }

    @Test mutating func undoTakesBackTheLastScan() {
        openPickup()
        #expect(press(.undo) == [.bell])
        #expect(flow.state.notice == .nothingToUndo)
        _ = scan(.item(F.paper))
        _ = scan(.quantity(2))
        _ = scan(.item(F.pens))
        #expect(press(.undo) == [])
        #expect(flow.state.notice == .undone(item: F.pens.name, quantity: 2))
        #expect(flow.state.pick?.scans == [.init(itemCode: F.paper.code, quantity: 1)])
    }

    @Test mutating func cancelDropsThePickupAndRecordsNothing() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(press(.cancel) == [])
        #expect(flow.state.pick == nil)
        #expect(flow.state.notice == .pickupCancelled(number: "YPQ-2024-001"))
        #expect(press(.cancel) == [])
        #expect(flow.state.notice == .nothingToCancel)
    }

    @Test mutating func modeCannotChangeWithAnOpenPickup() {
        openPickup()
        #expect(scan(.mode(.receive)) == [.bell])
        #expect(flow.state.mode == .pickup)
        #expect(flow.state.notice == .finishFirst(requisition: "YPQ-2024-001"))
        #expect(press(.signOut) == [.bell])
        #expect(flow.state.person == F.keeper)
    }

    @Test mutating func assetTagIsTheWrongKindHere() {
        openPickup()
        #expect(scan(.otherKind(.assetTag, "FA-000123")) == [.bell])
        #expect(flow.state.notice == .wrongKind(.assetTag, mode: .pickup))
    }

    // MARK: Confirming

    @Test mutating func applicantBadgeConfirmsAndRecords() throws {
        openPickup()
        _ = scan(.quantity(4))
        _ = scan(.item(F.paper))
        _ = scan(.item(F.pens))
        let effects = scan(.badge(F.applicant))
        let expected = PickupCommit(
            requisitionNumber: "YPQ-2024-001",
            picks: [.init(itemCode: F.paper.code, quantity: 4), .init(itemCode: F.pens.code, quantity: 1)],
            keeperBadge: F.keeper.badge, recipientBadge: F.applicant.badge, acceptedByKeeper: false,
            station: "ST-01", time: clock)
        #expect(effects == [.recordPickup(expected)])
        #expect(flow.state.isRecording)
        #expect(flow.state.notice == .recording)
        // While the store works, further scans wait.
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.notice == .recording)
    }

    @Test mutating func recipientWithNothingPickedIsRefused() {
        openPickup()
        #expect(scan(.badge(F.applicant)) == [.bell])
        #expect(flow.state.notice == .nothingPicked)
        #expect(!flow.state.isRecording)
    }

    @Test mutating func recipientFromAnotherDepartmentIsRefused() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.outsider)) == [.bell])
        #expect(flow.state.notice == .recipientNotEntitled(name: F.outsider.name, department: "General Affairs"))
        #expect(flow.state.pick?.pendingRecipient == nil)
    }

    @Test mutating func inactiveRecipientIsRefused() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.leaver)) == [.bell])
        #expect(flow.state.notice == .badgeInactive(name: F.leaver.name))
    }

    @Test mutating func colleagueNeedsTheKeepersAccept() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(scan(.badge(F.colleague)) == [.bell])
        #expect(flow.state.pick?.pendingRecipient == F.colleague)
        #expect(flow.state.notice == .confirmRecipient(name: F.colleague.name, applicant: F.applicant.name))
        #expect(!flow.state.isRecording)
        let effects = press(.accept)
        guard case .recordPickup(let commit) = effects.first else {
            Issue.record("expected a pickup to record, got \(effects)")
            return
        }
        #expect(effects.count == 1)
        #expect(commit.recipientBadge == F.colleague.badge)
        #expect(commit.acceptedByKeeper)
    }

    @Test mutating func keeperCanRefuseAColleague() {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.badge(F.colleague))
        #expect(press(.cancel) == [])
        #expect(flow.state.notice == .recipientRefused(name: F.colleague.name))
        #expect(flow.state.pick?.pendingRecipient == nil)
        #expect(flow.state.pick?.picked(F.paper.code) == 1, "refusing the recipient keeps the picked items")
        #expect(press(.accept) == [.bell])
        #expect(flow.state.notice == .nothingToAccept)
    }

    @Test mutating func recordedPickupPrintsASlip() throws {
        openPickup()
        _ = scan(.quantity(10))
        _ = scan(.item(F.paper))
        _ = scan(.item(F.pens))
        let confirmed = scan(.badge(F.applicant))
        let confirmTime = clock
        guard case .recordPickup(let commit) = confirmed.first else {
            Issue.record("expected the pickup to be recorded, got \(confirmed)")
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
        // The store builds the slip from what it recorded, in the pickup's transaction.
        let queued = QueuedSlip(
            id: UUID(), slip: PickupSlip(
                recording: commit, requisition: after, items: [paper.code: paper, pens.code: pens],
                applicant: F.applicant, keeper: F.keeper, recipient: F.applicant))
        let outcome = PickupOutcome(requisition: after, items: [paper.code: paper, pens.code: pens], replenishments: [], slip: queued)
        let effects = flow.handle(.pickupRecorded(outcome, at: confirmTime))

        #expect(effects == [.produceSlip(queued)])
        let slip = queued.slip
        #expect(slip.requisitionNumber == "YPQ-2024-001")
        #expect(slip.applicantName == "张三")
        #expect(slip.department == "General Affairs")
        #expect(slip.approver == "Manager Li")
        #expect(slip.purpose == "department printing")
        #expect(slip.status == .partlyPicked)
        #expect(slip.keeperName == F.keeper.name)
        #expect(slip.recipientBadge == F.applicant.badge)
        #expect(slip.station == "ST-01")
        #expect(slip.pickupTime == confirmTime)
        #expect(slip.lines == [
            .init(itemCode: F.paper.code, name: F.paper.name, spec: "70 g", unit: "pack", approved: 10, picked: 10, remaining: 0),
            .init(itemCode: F.pens.code, name: F.pens.name, spec: "0.5 mm", unit: "box", approved: 5, picked: 1, remaining: 4),
        ])
        #expect(flow.state.pick == nil)
        #expect(!flow.state.isRecording)
        #expect(flow.state.lastPickup == outcome)
        #expect(flow.state.notice == .pickupRecorded(number: "YPQ-2024-001", recipient: "张三", backorderLines: 1))

        #expect(flow.handle(.slipProduced("out/YPQ-2024-001.pdf")) == [])
        #expect(flow.state.slipNote == "out/YPQ-2024-001.pdf")
    }

    @Test mutating func storeRefusalKeepsThePickOpen() {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.badge(F.applicant))
        let problem = StationProblem(.conflict, "Stock of A4 复印纸 changed: only 0 on hand.", advice: "Cancel and scan again.")
        #expect(flow.handle(.pickupRefused(problem, at: clock)) == [.bell])
        #expect(!flow.state.isRecording)
        #expect(flow.state.pick?.picked(F.paper.code) == 1)
        #expect(flow.state.pick?.recipient == nil)
        #expect(flow.state.notice == .pickupRefused(problem))
    }

    @Test mutating func slipFailureIsShownAndRung() {
        let problem = StationProblem(.system, "Could not write the slip.", advice: "Tell the admin.")
        #expect(flow.handle(.slipFailed(problem)) == [.bell])
        #expect(flow.state.slipNote == problem.description)
    }

    // MARK: Time

    @Test mutating func idleTimeoutSignsOutAndDiscardsTheOpenPick() {
        openPickup()
        _ = scan(.item(F.paper))
        #expect(flow.handle(.tick(clock + 119)) == [])
        #expect(flow.state.person == F.keeper)
        #expect(flow.handle(.tick(clock + 120)) == [])
        #expect(flow.state.person == nil)
        #expect(flow.state.pick == nil)
        #expect(flow.state.notice == .signedOutIdle(discardedRequisition: "YPQ-2024-001"))
    }

    @Test mutating func noTimeoutWhileRecording() {
        openPickup()
        _ = scan(.item(F.paper))
        _ = scan(.badge(F.applicant))
        _ = flow.handle(.tick(clock + 600))
        #expect(flow.state.isRecording)
        #expect(flow.state.person == F.keeper)
    }

    // MARK: Receiving and returns

    @Test mutating func receiveItemThenQuantity() {
        _ = scan(.badge(F.keeper))
        #expect(scan(.mode(.receive)) == [])
        #expect(flow.state.mode == .receive)
        #expect(scan(.item(F.toner)) == [])
        #expect(flow.state.pendingItem == F.toner)
        #expect(flow.state.notice == .typeQuantity(item: F.toner.name, mode: .receive))
        let effects = scan(.quantity(12))
        #expect(effects == [.recordStockChange(StockChange(
            kind: .receipt, itemCode: F.toner.code, quantity: 12, actorBadge: F.keeper.badge, station: "ST-01", time: clock))])
        #expect(flow.state.pendingItem == nil)
        var toner = F.toner
        toner.stock = 15
        let change = StockChange(kind: .receipt, itemCode: F.toner.code, quantity: 12, actorBadge: F.keeper.badge, station: "ST-01", time: clock)
        #expect(flow.handle(.stockChangeRecorded(toner, change)) == [])
        #expect(flow.state.notice == .stockChanged(item: F.toner.name, quantity: 12, stock: 15, mode: .receive))
    }

    @Test mutating func returnQuantityThenItem() {
        _ = scan(.badge(F.keeper))
        _ = press(.switchMode(.return))
        #expect(scan(.quantity(2)) == [])
        #expect(scan(.item(F.pens)) == [.recordStockChange(StockChange(
            kind: .return, itemCode: F.pens.code, quantity: 2, actorBadge: F.keeper.badge, station: "ST-01", time: clock))])
        let problem = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        #expect(flow.handle(.stockChangeRefused(problem, at: clock)) == [.bell])
        #expect(flow.state.notice == .stockChangeRefused(problem))
        #expect(!flow.state.isRecording)
    }

    @Test mutating func newItemWithoutQuantityDropsThePendingOne() {
        _ = scan(.badge(F.keeper))
        _ = scan(.mode(.receive))
        _ = scan(.item(F.toner))
        #expect(scan(.item(F.paper)) == [.bell])
        #expect(flow.state.pendingItem == F.paper)
        #expect(flow.state.notice == .pendingItemDropped(item: F.toner.name))
        #expect(scan(.requisition(F.requisition())) == [.bell])
        #expect(flow.state.notice == .wrongKind(.requisition, mode: .receive))
    }
}

/// Scanners read directly come and go; the person is told, and work in progress stays.
@Suite struct KioskScannerTests {
    @Test func unpluggedScannerIsToldAndRung() {
        var flow = KioskFlow(station: "ST-01")
        #expect(flow.state.scanners == nil)
        #expect(flow.handle(.scanner(.connected(name: "Honeywell 1900"))) == [])
        #expect(flow.state.scanners == ["Honeywell 1900"])
        #expect(flow.state.notice == .scannerConnected(name: "Honeywell 1900"))
        _ = flow.handle(.scan(.badge(Fixtures.keeper), at: Fixtures.t0))
        _ = flow.handle(.scan(.requisition(Fixtures.requisition()), at: Fixtures.t0))
        #expect(flow.handle(.scanner(.disconnected(name: "Honeywell 1900", droppedScan: true))) == [.bell])
        #expect(flow.state.scanners == [])
        #expect(flow.state.notice == .scannerDisconnected(name: "Honeywell 1900", droppedScan: true))
        #expect(flow.state.pick?.number == "YPQ-2024-001", "the open pickup stays")
        _ = flow.handle(.tick(Fixtures.t0 + 600))
        #expect(flow.state.scanners == [], "signing out keeps the scanner list")
    }

    @Test func statusLineSaysWhenNoScannerIsConnected() {
        var flow = KioskFlow(station: "ST-01")
        _ = flow.handle(.scanner(.connected(name: "S1")))
        _ = flow.handle(.scanner(.disconnected(name: "S1", droppedScan: false)))
        let view = KioskView(language: .english, station: "ST-01", timeZone: TimeZone(identifier: "UTC")!)
        let status = view.render(flow.state, input: "", now: Fixtures.t0, columns: 80, rows: 24)[0].text
        #expect(status.contains("NO SCANNER"))
    }
}

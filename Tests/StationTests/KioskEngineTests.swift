import Foundation
import QuartermasterCore
import Station
import Testing

/// The engine between typed text and the flow: scans are classified and looked up, effects are
/// performed and their results fed back.
@Suite struct KioskEngineTests {
    let store = MemoryStore()
    let slips = MemorySlips()
    let now = Date(timeIntervalSince1970: 1_709_280_000)

    init() {
        let keeper = Person(badge: "E1001", name: "Keeper", department: "Storeroom", roles: [.keeper])
        let applicant = Person(badge: "E2001", name: "张三", department: "General Affairs", roles: [.employee])
        let paper = Item(code: "ITM-001", barcodes: ["6901234000016"], name: "A4 paper", spec: "70 g", unit: "pack",
                         category: .stationery, stock: 10, threshold: 2, bin: "A-01")
        store.people = [keeper.badge: keeper, applicant.badge: applicant]
        store.itemsByBarcode = ["6901234000016": paper, "ITM-001": paper]
        let requisition = Requisition(
            number: "YPQ-2024-001", applicantBadge: "E2001", department: "General Affairs",
            date: CalendarDate("2024-03-01")!, purpose: "printing", approver: "Manager Li", status: .approved,
            lines: [RequisitionLine(itemCode: "ITM-001", requested: 3, approved: 3)])
        store.requisitions = ["YPQ-2024-001": RequisitionDetail(requisition: requisition, applicant: applicant, items: ["ITM-001": paper])]
        slips.store = store
    }

    func engine() -> KioskEngine<MemoryStore, MemorySlips> {
        KioskEngine(router: KioskRouter(station: "ST-01"),
                    resolver: ScanResolver(classifier: ScanClassifier(patterns: ScanPatterns()), store: store),
                    slips: slips)
    }

    /// Types a line and Enter; true when the engine asked for a sound.
    func type(_ text: String, into engine: inout KioskEngine<MemoryStore, MemorySlips>) -> Bool {
        for character in text { engine.handle(.character(character), at: now) }
        return engine.handle(.enter, at: now) != nil
    }

    @Test func typedScansRunAWholePickup() {
        var engine = engine()
        #expect(!type("E1001", into: &engine))
        #expect(!type("YPQ-2024-001", into: &engine))
        #expect(!type("2", into: &engine))
        #expect(!type("6901234000016", into: &engine))
        #expect(store.openPickups["YPQ-2024-001"]?.scans == [.init(itemCode: "ITM-001", quantity: 2)], "the scan is kept before the screen answers")
        #expect(!type("E2001", into: &engine))
        #expect(store.recordedPickups.map(\.picks) == [[.init(itemCode: "ITM-001", quantity: 2)]])
        #expect(engine.router.notice == KioskNotice(PickupNotice.pickupRecorded(number: "YPQ-2024-001", recipient: "张三", backorderLines: 1)))
        // The slip, already owed in the store, waits until the screen has said "Recorded".
        #expect(slips.slips.isEmpty)
        #expect(engine.followUps.count == 2, "the slip, and forgetting the kept scans")
        #expect(!engine.router.isRecording, "the counter is free while the slip is made")
        let bell = engine.performFollowUps(at: Date())
        #expect(bell == nil)
        #expect(engine.followUps.isEmpty)
        #expect(store.openPickups.isEmpty)
        #expect(slips.slips.map(\.requisitionNumber) == ["YPQ-2024-001"])
        #expect(engine.router.job(PickupJob.self)?.slipNote == "memory #1")
        let again = engine.performFollowUps(at: Date())
        #expect(again == nil, "performed once")
        #expect(slips.slips.count == 1)
    }

    @Test func refusalsRingTheBell() {
        var engine = engine()
        #expect(type("E9999", into: &engine))
        #expect(engine.router.notice == KioskNotice(RouterNotice.notFound(.badge, code: "E9999")))
        #expect(type("6901234000017", into: &engine))
        #expect(engine.router.notice == KioskNotice(RouterNotice.invalidScan(code: "6901234000017", problem: .badCheckDigit)))
        #expect(type("FA-000123", into: &engine))
        #expect(engine.router.notice == KioskNotice(RouterNotice.signInFirst(role: .keeper)))
    }

    @Test func internalItemCodesAreLookedUpAsTheyAre() {
        var engine = engine()
        _ = type("E1001", into: &engine)
        _ = type("YPQ-2024-001", into: &engine)
        #expect(!type("ITM-001", into: &engine))
        #expect(engine.router.job(PickupJob.self)?.pick?.picked("ITM-001") == 1)
    }

    @Test func storeFailureDuringLookupIsShownNotGuessed() {
        var engine = engine()
        let busy = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        store.failure = busy
        #expect(type("E1001", into: &engine))
        #expect(engine.router.notice == KioskNotice(RouterNotice.storeUnavailable(busy)))
        #expect(engine.router.person == nil)
    }

    @Test func storeRefusalAtConfirmKeepsThePick() {
        var engine = engine()
        _ = type("E1001", into: &engine)
        _ = type("YPQ-2024-001", into: &engine)
        _ = type("6901234000016", into: &engine)
        let conflict = StationProblem(.conflict, "Stock changed.", advice: "Cancel and scan again.")
        store.writeFailure = conflict
        #expect(type("E2001", into: &engine))
        #expect(engine.router.notice == KioskNotice(PickupNotice.pickupRefused(conflict)))
        #expect(engine.router.job(PickupJob.self)?.pick?.picked("ITM-001") == 1)
        #expect(!engine.router.isRecording)
        #expect(slips.slips.isEmpty)
        // Once the store accepts again, the same badge scan records it.
        store.writeFailure = nil
        #expect(!type("E2001", into: &engine))
        #expect(store.recordedPickups.count == 1)
    }

    @Test func slipFailureStillRecordsThePickup() {
        var engine = engine()
        slips.failure = StationProblem(.system, "The slip could not be saved.", advice: "Tell the admin.")
        _ = type("E1001", into: &engine)
        _ = type("YPQ-2024-001", into: &engine)
        _ = type("6901234000016", into: &engine)
        #expect(!type("E2001", into: &engine))
        #expect(store.recordedPickups.count == 1)
        let bell = engine.performFollowUps(at: Date())
        #expect(bell == .attention, "a failed slip rings the bell")
        #expect(engine.router.job(PickupJob.self)?.slipNote == "The slip could not be saved. Tell the admin.")
    }

    @Test func emptyEnterAcceptsAWaitingRecipientOnly() {
        var engine = engine()
        let bell = engine.handle(.enter, at: now)
        #expect(bell == nil, "an empty Enter with nothing waiting does nothing")
        #expect(engine.router.notice == KioskNotice(RouterNotice.scanBadgeToStart))
    }

    @Test func overlongScanIsCutOffAndRefused() {
        var engine = engine()
        for _ in 0..<(ScanLine.limit + 10) { engine.handle(.character("A"), at: now) }
        #expect(engine.line.text.count == ScanLine.limit)
        let bell = engine.handle(.enter, at: now)
        #expect(bell == .attention)
        guard case .invalidScan(let code, .tooLong)? = engine.router.notice.as(RouterNotice.self) else {
            Issue.record("expected a too-long refusal, got \(engine.router.notice)")
            return
        }
        #expect(code.count < 40)
        #expect(engine.line.text.isEmpty)
    }

    @Test func scannerBytesThatAreNotUTF8AreFlaggedNotGuessed() {
        var engine = engine()
        let signedIn = engine.scan(bytes: Array("E1001".utf8), at: now)
        #expect(signedIn == nil)
        #expect(engine.router.person?.badge == "E1001", "valid bytes scan like typed text")
        let refused = engine.scan(bytes: [0x45, 0xFF, 0x31], at: now)
        #expect(refused == .attention)
        guard case .invalidScan(_, .invalidUTF8)? = engine.router.notice.as(RouterNotice.self) else {
            Issue.record("expected an invalid-UTF-8 refusal, got \(engine.router.notice)")
            return
        }
    }

    @Test func scanTheReaderCutOffIsRefusedAsTooLong() {
        var engine = engine()
        let bell = engine.refuse("AAAA…", .tooLong, at: now)
        #expect(bell == .attention)
        #expect(engine.router.notice == KioskNotice(RouterNotice.invalidScan(code: "AAAA…", problem: .tooLong)))
    }

    @Test func receiptAndReturnGoThroughTheStore() {
        var engine = engine()
        _ = type("E1001", into: &engine)
        _ = type("QM-MODE-RECEIVE", into: &engine)
        #expect(engine.router.mode == .receive)
        #expect(!type("6901234000016", into: &engine))
        #expect(!type("12", into: &engine))
        #expect(store.recordedChanges.map(\.kind) == [.receipt])
        #expect(store.recordedChanges.map(\.quantity) == [12])
        #expect(!engine.router.isRecording)
        #expect(engine.router.notice.text(.english) == "Receiving recorded: +12 A4 paper; stock now 22.")
        engine.handle(.command(.switchMode(.return)), at: now)
        #expect(!type("3", into: &engine))
        #expect(!type("ITM-001", into: &engine))
        #expect(store.recordedChanges.map(\.kind) == [.receipt, .return])
        #expect(engine.router.notice.text(.english) == "Returns recorded: +3 A4 paper; stock now 13.")
        store.writeFailure = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        _ = type("1", into: &engine)
        #expect(type("ITM-001", into: &engine), "a refused write rings")
        #expect(engine.router.notice.text(.english) == "NOT recorded: The station database is busy. Try again.")
        #expect(!engine.router.isRecording)
    }

    @Test func emptyEnterAcceptsAWaitingRecipient() {
        var engine = engine()
        let colleague = Person(badge: "E2002", name: "李四", department: "General Affairs", roles: [.employee])
        store.people[colleague.badge] = colleague
        _ = type("E1001", into: &engine)
        _ = type("YPQ-2024-001", into: &engine)
        _ = type("6901234000016", into: &engine)
        #expect(type("E2002", into: &engine), "a colleague collecting rings for the keeper's accept")
        #expect(engine.router.awaitsAccept)
        let bell = engine.handle(.enter, at: now)
        #expect(bell == nil)
        #expect(store.recordedPickups.map(\.recipientBadge) == ["E2002"])
        #expect(store.recordedPickups.map(\.acceptedByKeeper) == [true])
    }

    @Test func aNewJobsEffectsArePerformedWithoutChangingTheEngine() {
        var engine = KioskEngine(router: KioskRouter(station: "ST-01", jobs: KioskJobs.storeroom + [ShelfCheckJob.self]),
                                 resolver: ScanResolver(classifier: ScanClassifier(patterns: ScanPatterns()), store: store),
                                 slips: slips)
        _ = type("QM-MODE-SHELF", into: &engine)
        #expect(engine.router.mode == ShelfCheckJob.card.mode)
        _ = type("E1001", into: &engine)
        #expect(!type("6901234000016", into: &engine))
        #expect(engine.router.notice.text(.english) == "On the shelf: A4 paper, 10 on record.")
        #expect(engine.router.job(ShelfCheckJob.self)?.checked == ["ITM-001"])
    }

    @Test(arguments: [
        ("E1001", KioskScript.Step.scan("E1001")),
        ("  @accept ", .input(.command(.accept))),
        ("@undo", .input(.command(.undo))),
        ("@cancel", .input(.command(.cancel))),
        ("@signout", .input(.command(.signOut))),
        ("@pickup", .input(.command(.switchMode(.pickup)))),
        ("@receive", .input(.command(.switchMode(.receive)))),
        ("@RETURN", .input(.command(.switchMode(.return)))),
        ("@count", .input(.command(.switchMode(.count)))),
        ("@visit", .scan("@visit")),
    ])
    func scriptLines(line: String, step: KioskScript.Step) {
        #expect(KioskScript.step(Substring(line), modes: KioskRouter(station: "ST-01").modes) == step)
    }

    @Test func aNewJobsModeNameIsAScriptDirective() {
        let modes = KioskRouter(station: "ST-01", jobs: KioskJobs.storeroom + [ShelfCheckJob.self]).modes
        #expect(KioskScript.step("@shelf", modes: modes) == .input(.command(.switchMode(ShelfCheckJob.card.mode))))
        #expect(KioskScript.step("@shelf", modes: KioskRouter(station: "ST-01").modes) == .scan("@shelf"))
    }

    @Test func scriptCommentsAndBlankLinesAreSkipped() {
        #expect(KioskScript.step("# keeper signs in", modes: []) == nil)
        #expect(KioskScript.step("   ", modes: []) == nil)
    }
}

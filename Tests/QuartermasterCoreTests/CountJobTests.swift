import Foundation
import QuartermasterCore
import Testing

/// The count's flow on its own: a location label first, then tags, each answered by class; the
/// questions (open a count here? accept this move? a name for this surplus tag?) and leaving.
@Suite struct CountJobTests {
    typealias C = CountFixtures
    typealias Reply = CountJob.Reply
    var job = CountJob()
    var clock = C.t0

    var context: JobContext { JobContext(person: C.auditor, station: "ST-01", time: clock) }

    mutating func scan(_ scan: ResolvedScan) -> Reply? {
        clock += 1
        return job.handle(.scan(scan), context: context)
    }

    mutating func press(_ key: JobKey) -> Reply? {
        clock += 1
        return job.handle(.key(key), context: context)
    }

    mutating func answer(_ answer: CountAnswer) -> Reply? {
        job.handle(.answer(answer), context: context)
    }

    func tagScan(_ tag: String, at location: Location = C.room301) -> CountTagScan {
        CountTagScan(session: C.session.id, tag: tag, locationCode: location.code, countedBy: C.auditor.badge, station: "ST-01", time: clock)
    }

    /// Signed in, counting room 301 of the open session.
    mutating func atRoom301(_ session: CountSession = C.session) {
        #expect(scan(.location(C.room301)) == .perform(.findSession(C.room301)))
        #expect(!CountEffect.findSession(C.room301).isRecording, "a look-up, not a write")
        let progress = C.progress(C.room301, missing: [C.laptop, C.projector])
        #expect(answer(.session(C.room301, session, progress)) == .say(.counting(session: session.id, progress: progress, blind: session.blind)))
        #expect(job.location == C.room301 && job.session == session)
    }

    // MARK: Before a location

    static let tagsBeforeALocation: [ResolvedScan] = [
        .asset(C.laptop), .otherKind(.assetTag, "FA-123456"), .notFound(.unknown, "SN-XYZ"), .notFound(.badge, "E9999"),
    ]

    @Test(arguments: tagsBeforeALocation)
    func anAssetTagBeforeAnyLocationIsRefused(_ tag: ResolvedScan) {
        var job = CountJob()
        let reply = job.handle(.scan(tag), context: JobContext(person: C.auditor, station: "ST-01", time: C.t0))
        #expect(reply == .refuse(.scanLocationFirst))
        #expect(reply?.effects.isEmpty == true, "nothing recorded")
    }

    @Test mutating func anUnregisteredLocationLabelIsSaidSo() {
        #expect(scan(.otherKind(.location, "LOC-NOWHERE")) == .refuse(.unknownLocation(code: "LOC-NOWHERE")))
    }

    @Test mutating func noOpenCountOffersToOpenOneWithEnter() {
        #expect(scan(.location(C.room301)) == .perform(.findSession(C.room301)))
        #expect(answer(.session(C.room301, nil, nil)) == .alert(.noOpenCount(C.room301)))
        #expect(job.awaitsAccept, "an empty Enter means yes")
        let opening = CountOpening(scope: [C.room301.code], blind: false, openedBy: C.auditor.badge, station: "ST-01", time: clock + 1)
        #expect(press(.accept) == .perform(.open(opening, at: C.room301)))
        #expect(CountEffect.open(opening, at: C.room301).isRecording)
        let session = CountSession(id: "CNT-1", scope: [C.room301.code], blind: false, openedBy: C.auditor.badge, openedAt: clock, station: "ST-01")
        let progress = C.progress(C.room301)
        #expect(answer(.opened(session, progress)) == .say(.opened(session: "CNT-1", progress: progress, blind: false)))
        #expect(job.session == session && job.location == C.room301 && !job.awaitsAccept)
        #expect(CountNotice.noOpenCount(C.room301).text(.english).contains("quartermaster count open --scope LOC-HQ-301"))
    }

    @Test mutating func escDeclinesToOpenACount() {
        _ = scan(.location(C.room301))
        _ = answer(.session(C.room301, nil, nil))
        #expect(press(.cancel) == .say(.scanLocation))
        #expect(job.pendingOpen == nil && !job.awaitsAccept)
    }

    // MARK: Tags, one reply per class

    struct ClassCase: Sendable, CustomTestStringConvertible {
        var name: String
        var asset: Asset?
        var scanClass: CountScanClass
        var reply: Reply
        var awaitsAccept = false
        var pendingSurplus: String?
        var testDescription: String { name }
    }

    static let earlier = C.scan(C.laptop.tag, at: C.room302, outcome: .found, by: C.second.badge)

    static let classCases: [ClassCase] = [
        ClassCase(name: "found: green, the found sound", asset: C.laptop, scanClass: .foundInPlace,
                  reply: Reply(notice: .found(tag: C.laptop.tag, name: C.laptop.name), cue: .accepted)),
        ClassCase(name: "moved: yellow, the moved sound, Enter accepts", asset: C.desk, scanClass: .moved(registeredAt: C.room302.code),
                  reply: .alert(.moved(tag: C.desk.tag, name: C.desk.name, registeredAt: C.room302.code, here: C.room301), cue: .moved),
                  awaitsAccept: true),
        ClassCase(name: "surplus: yellow, the surplus sound, a name may follow", asset: nil, scanClass: .surplus,
                  reply: .alert(.surplus(tag: "FA-900001", here: C.room301), cue: .surplus), pendingSurplus: "FA-900001"),
        ClassCase(name: "duplicate: said so, the duplicate sound", asset: C.laptop, scanClass: .duplicate(earlier),
                  reply: Reply(notice: .duplicate(tag: C.laptop.tag, name: C.laptop.name, earlier: earlier), cue: .duplicate)),
        ClassCase(name: "disposed: red, the flagged sound", asset: C.printer, scanClass: .disposed,
                  reply: .alert(.disposed(tag: C.printer.tag, name: C.printer.name), cue: .flagged)),
    ]

    @Test(arguments: classCases)
    mutating func eachClassHasItsNoticeToneAndBell(_ c: ClassCase) {
        atRoom301()
        let tag = c.asset?.tag ?? "FA-900001"
        let scanned: ResolvedScan = c.asset.map(ResolvedScan.asset) ?? .otherKind(.assetTag, tag)
        #expect(scan(scanned) == .perform(.record(tagScan(tag))))
        #expect(CountEffect.record(tagScan(tag)).isRecording, "each tag waits for its durable commit")
        let progress = C.progress(C.room301, found: 1, missing: [C.projector])
        let reply = answer(.scanned(CountScanResult(scan: tagScan(tag), scanClass: c.scanClass, asset: c.asset, progress: progress)))
        #expect(reply == c.reply)
        #expect(job.awaitsAccept == c.awaitsAccept)
        #expect(job.pendingSurplus == c.pendingSurplus)
        #expect(job.visited.first == progress, "the screen's tally comes from the same transaction")
    }

    @Test func theFiveClassesLookAndSoundDifferent() {
        let looks = Self.classCases.map { c in "\(c.reply.notice?.tone ?? .info) \(c.reply.notice?.text(.english).prefix(5) ?? "")" }
        #expect(Set(looks).count == 5, "\(looks)")
        #expect(Self.classCases.map(\.reply.notice?.tone) == [.success, .warning, .warning, .info, .error])
        let cues = Self.classCases.compactMap(\.reply.cue)
        #expect(cues == [.accepted, .moved, .surplus, .duplicate, .flagged])
        #expect(Set(cues).count == 5 && !cues.contains(.attention), "each class its own sound, none the plain refusal bell")
    }

    // MARK: Confirmations

    @Test mutating func aMoveIsAcceptedWithEnter() {
        atRoom301()
        _ = scan(.asset(C.desk))
        _ = answer(.scanned(CountScanResult(scan: tagScan(C.desk.tag), scanClass: .moved(registeredAt: C.room302.code), asset: C.desk,
                                            progress: C.progress(C.room301, found: 1))))
        let acceptance = CountMoveAcceptance(session: C.session.id, tag: C.desk.tag, acceptedBy: C.auditor.badge, station: "ST-01", time: clock + 1)
        #expect(press(.accept) == .perform(.acceptMove(acceptance)))
        #expect(answer(.moveAccepted(acceptance)) == .say(.moveAccepted(tag: C.desk.tag, name: C.desk.name, here: C.room301)))
        #expect(job.pendingMove == nil && !job.awaitsAccept)
        #expect(press(.accept) == nil, "nothing else waits: the router says so")
    }

    @Test mutating func scanningOnLeavesAMoveUnaccepted() {
        atRoom301()
        _ = scan(.asset(C.desk))
        _ = answer(.scanned(CountScanResult(scan: tagScan(C.desk.tag), scanClass: .moved(registeredAt: C.room302.code), asset: C.desk,
                                            progress: C.progress(C.room301, found: 1))))
        #expect(scan(.asset(C.laptop)) == .perform(.record(tagScan(C.laptop.tag))))
        #expect(job.pendingMove == nil)
    }

    @Test mutating func aTypedNameRegistersTheSurplusTagHere() {
        atRoom301()
        _ = scan(.otherKind(.assetTag, "FA-900001"))
        _ = answer(.scanned(CountScanResult(scan: tagScan("FA-900001"), scanClass: .surplus, asset: nil, progress: C.progress(C.room301, found: 1))))
        #expect(scan(.quantity(12)) == .refuse(.nameNotNumber(tag: "FA-900001")))
        let registration = SurplusRegistration(session: C.session.id, tag: "FA-900001", name: "显示器 27\"", locationCode: C.room301.code,
                                               registeredBy: C.auditor.badge, station: "ST-01", time: clock + 1)
        #expect(scan(.notFound(.unknown, "显示器 27\"")) == .perform(.registerSurplus(registration, at: C.room301)))
        let asset = Asset(tag: "FA-900001", name: "显示器 27\"", locationCode: C.room301.code)
        #expect(answer(.registered(asset, C.progress(C.room301, found: 1))) == .say(.registered(tag: "FA-900001", name: "显示器 27\"", here: C.room301)))
        #expect(job.pendingSurplus == nil)
    }

    @Test mutating func scanningOnLeavesTheSurplusTagFlagged() {
        atRoom301()
        _ = scan(.otherKind(.assetTag, "FA-900001"))
        _ = answer(.scanned(CountScanResult(scan: tagScan("FA-900001"), scanClass: .surplus, asset: nil, progress: C.progress(C.room301, found: 1))))
        #expect(scan(.otherKind(.assetTag, "FA-900002")) == .perform(.record(tagScan("FA-900002"))))
        #expect(job.pendingSurplus == nil)
    }

    @Test mutating func withoutAWaitingSurplusTypedTextIsATag() {
        atRoom301()
        #expect(scan(.notFound(.unknown, "SN-OLD-7")) == .perform(.record(tagScan("SN-OLD-7"))))
    }

    // MARK: Leaving, refusals, other kinds

    @Test mutating func escLeavesTheLocationAndTheCountStaysOpen() {
        atRoom301()
        #expect(press(.cancel) == .say(.leftLocation(C.room301)))
        #expect(job.location == nil && job.session == C.session)
        #expect(scan(.asset(C.laptop)) == .refuse(.scanLocationFirst))
        #expect(press(.cancel) == nil, "nothing left to cancel")
        #expect(job.leaveBlocker == nil, "mode changes and sign-out are always allowed: the count lives in the database")
    }

    @Test mutating func aScanRefusedBecauseTheCountClosedAsksForTheLocationAgain() {
        atRoom301()
        _ = scan(.asset(C.laptop))
        let closed = StationProblem(.conflict, "Count CNT has been closed.", advice: "Scan the location label again.")
        #expect(answer(.refused(closed, lostLocation: true)) == .refuse(.refused(closed)))
        #expect(job.location == nil && job.session == nil)
        #expect(scan(.asset(C.laptop)) == .refuse(.scanLocationFirst))
    }

    @Test mutating func aBusyStoreKeepsTheLocation() {
        atRoom301()
        _ = scan(.asset(C.laptop))
        let busy = StationProblem(.busy, "busy", advice: "Wait.")
        #expect(answer(.refused(busy)) == .refuse(.refused(busy)))
        #expect(job.location == C.room301)
    }

    @Test mutating func otherKindsAreLeftToTheRouter() {
        atRoom301()
        #expect(scan(.badge(C.second)) == nil)
        #expect(scan(.item(Fixtures.paper)) == nil)
        #expect(scan(.requisition(Fixtures.requisition())) == nil)
        #expect(scan(.quantity(3)) == nil)
        #expect(press(.undo) == nil)
    }

    @Test mutating func anotherLocationOfTheSessionKeepsTheFirstOnScreen() {
        atRoom301()
        #expect(scan(.location(C.room302)) == .perform(.findSession(C.room302)))
        _ = answer(.session(C.room302, C.session, C.progress(C.room302, missing: [C.desk, C.safe])))
        #expect(job.visited.map(\.location) == [C.room302, C.room301])
        let rows = job.rows(width: 80, language: .english).map(\.text)
        #expect(rows.contains { $0.hasPrefix("301 会议室 (LOC-HQ-301)   found 0 / expected 2") }, "\(rows)")
    }

    // MARK: The screen

    @Test mutating func theScreenShowsFoundExpectedAndWhatIsMissingEscaped() {
        atRoom301()
        let hostile = Asset(tag: "FA-000007", name: "椅子\u{1b}[2J\u{202e}", locationCode: C.room301.code)
        _ = answer(.scanned(CountScanResult(scan: tagScan(C.laptop.tag), scanClass: .foundInPlace, asset: C.laptop,
                                            progress: C.progress(C.room301, expected: 3, found: 1, missing: [C.projector, hostile]))))
        let rows = job.rows(width: 80, language: .english).map(\.text)
        #expect(rows[0] == "Count CNT-20251202-7K2M9Q")
        #expect(rows[1] == "Location: 301 会议室 (LOC-HQ-301)   found 1 / expected 3")
        #expect(rows[2] == "Still missing here (2):")
        #expect(rows[3] == "  FA-000002  投影仪")
        #expect(rows[4] == "  FA-000007  椅子\\x1b[2J\\u{202e}")
        #expect(!rows.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        for row in job.rows(width: 20, language: .simplifiedChinese) { #expect(DisplayWidth.of(row.text) <= 20) }
    }

    @Test mutating func theHeadingNamesTheCampaignTheSessionBelongsToEscaped() {
        var session = C.session
        session.campaign = CountSession.Campaign(id: "2025-Q4-总部", name: "2025年第四季度盘点\u{1b}[2J")
        atRoom301(session)
        let rows = job.rows(width: 80, language: .simplifiedChinese).map(\.text)
        #expect(rows[0] == "盘点 CNT-20251202-7K2M9Q · 2025年第四季度盘点\\x1b[2J", "\(rows)")
        #expect(job.rows(width: 80, language: .english)[0].text.hasPrefix("Count CNT-20251202-7K2M9Q · 2025年第四季度盘点"))
    }

    @Test mutating func aBlindCountShowsFoundOnly() {
        var blind = C.session
        blind.blind = true
        atRoom301(blind)
        _ = answer(.scanned(CountScanResult(scan: tagScan(C.laptop.tag), scanClass: .foundInPlace, asset: C.laptop,
                                            progress: C.progress(C.room301, expected: 2, found: 1, missing: [C.projector]))))
        let text = job.rows(width: 80, language: .english).map(\.text).joined(separator: "\n")
        #expect(text.contains("found 1"))
        #expect(!text.contains("expected") && !text.contains("missing") && !text.contains(C.projector.name), "\(text)")
        let notice = CountNotice.counting(session: blind.id, progress: C.progress(C.room301, expected: 2, found: 1), blind: true).text(.english)
        #expect(!notice.contains("expected") && !notice.contains("of 2"), "\(notice)")
    }

    // MARK: Through the router

    @Test func theModeCardNeedsAnAuditor() {
        var router = KioskRouter(station: "ST-01")
        #expect(router.modes.contains(.count))
        #expect(KioskMode.count.barcode == "QM-MODE-COUNT" && KioskMode.count.directive == "@count")
        _ = router.handle(.scan(.mode(.count), at: C.t0))
        _ = router.handle(.scan(.badge(Fixtures.keeper), at: C.t0))
        #expect(router.person == nil, "a keeper may not count")
        _ = router.handle(.scan(.badge(C.auditor), at: C.t0))
        #expect(router.person == C.auditor)
        #expect(router.mode(forFunctionKey: 8) == .count)
        // An unregistered code reaches the job (before a location: refused as such), not the
        // router's "not found".
        #expect(router.handle(.scan(.notFound(.unknown, "SN-1"), at: C.t0)) == [.bell])
        #expect(router.notice == KioskNotice(CountNotice.scanLocationFirst))
        #expect(router.handle(.scan(.location(C.room301), at: C.t0)) == [.perform(CountJob.self, .findSession(C.room301))])
    }
}

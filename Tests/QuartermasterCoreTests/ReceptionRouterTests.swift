import Foundation
import Testing
import QuartermasterCore

/// Reception as a walk-up job: visitors use it with nobody signed in, typed lines arrive as
/// text, staff functions need a reception badge, and the idle timeout wipes the visitor's form.
@Suite struct ReceptionRouterTests {
    typealias F = Fixtures
    static let receptionist = Person(badge: "100231", name: "周前台", department: "行政部", roles: [.reception])
    static let host = Person(badge: "100300", name: "王芳", department: "研发部", roles: [.employee])
    static let host2 = Person(badge: "100301", name: "王芳芳", department: "财务部", roles: [.employee])
    static let rules = SiteRules(version: "7", text: "Wear the badge.")

    static func atReception() -> KioskRouter {
        var router = KioskRouter(station: "ST-01", jobs: KioskJobs.station)
        _ = router.handle(.key(.switchMode(.reception), at: F.t0))
        return router
    }

    static func reply(_ answer: ReceptionAnswer, _ router: inout KioskRouter, at time: Date = F.t0) -> [KioskEffect] {
        router.handle(.answer(AnyJobAnswer(ReceptionJob.self, answer), at: time))
    }

    static func effect(_ effect: ReceptionEffect) -> KioskEffect { .perform(ReceptionJob.self, effect) }

    static func notice(_ router: KioskRouter) -> ReceptionNotice? { router.notice.as(ReceptionNotice.self) }

    /// A walk-in typed up to the rules.
    static func typedUpToTheRules() -> KioskRouter {
        var router = atReception()
        _ = router.handle(.text("100231", at: F.t0))  // a visitor who is called "100231" (a badge number)
        _ = router.handle(.text("华为技术有限公司, \"深圳\"", at: F.t0))
        #expect(router.handle(.text("王", at: F.t0)) == [effect(.findHosts("王"))])
        _ = reply(.hosts(query: "王", [host]), &router)
        _ = router.handle(.text("面试", at: F.t0))
        #expect(router.handle(.key(.accept, at: F.t0)) == [effect(.loadRules)])
        _ = reply(.rules(rules), &router)
        return router
    }

    @Test func receptionTakesF11AndIsAWalkUpJob() {
        #expect(ReceptionJob.card.functionKey == 11)
        #expect(ReceptionJob.card.walkUp)
        #expect(!JobCard.routerKeys.contains(11))
        #expect(KioskRouter(station: "ST-01", jobs: KioskJobs.station).mode(forFunctionKey: 11) == .reception)
        #expect(KioskJobs.station.allSatisfy { $0 == ReceptionJob.self || !$0.card.walkUp })
    }

    @Test func aVisitorTypesAWalkInWithNobodySignedIn() {
        var router = Self.typedUpToTheRules()
        #expect(router.person == nil)
        #expect(Self.notice(router) == .readRules(Self.rules))
        let effects = router.handle(.key(.accept, at: F.t0))
        let walkIn = WalkInRegistration(name: "100231", company: "华为技术有限公司, \"深圳\"", phone: nil, purpose: "面试",
                                        hostBadge: Self.host.badge, rulesVersion: "7", station: "ST-01", time: F.t0)
        #expect(effects == [Self.effect(.signInWalkIn(walkIn))])
        #expect(router.isRecording)
        let pass = VisitPass(visitID: 1, name: "100231", company: walkIn.company, hostName: "王芳", hostDepartment: "研发部",
                             date: CalendarDate("2024-03-01")!, arrival: F.t0, badgeCode: "VB-123456789012")
        #expect(Self.reply(.signIn(.signedIn(pass)), &router) == [Self.effect(.printBadge(pass, time: F.t0))])
        #expect(Self.notice(router) == .signedIn(name: "100231", host: "王芳"))
        #expect(router.job(ReceptionJob.self)?.form == nil)
        #expect(ReceptionEffect.printBadge(pass, time: F.t0).canFollowTheScreen)
    }

    @Test func theTextModeFollowsTheForm() {
        var router = Self.atReception()
        #expect(router.textEntry == .unlessCode)
        _ = router.handle(.text("Anna Müller", at: F.t0))
        #expect(router.textEntry == .always)
        _ = router.handle(.key(.cancel, at: F.t0))
        #expect(Self.notice(router) == .formDropped)
        #expect(router.textEntry == .unlessCode)
        #expect(KioskRouter(station: "ST-01").textEntry == .none)
    }

    @Test func severalHostsAreListedAndPickedByNumber() {
        var router = Self.atReception()
        _ = router.handle(.text("Li Lei", at: F.t0))
        _ = router.handle(.text("ACME", at: F.t0))
        _ = router.handle(.text("王芳", at: F.t0))
        _ = Self.reply(.hosts(query: "王芳", [Self.host, Self.host2]), &router)
        #expect(Self.notice(router) == .pickHost(count: 2))
        #expect(router.handle(.text("3", at: F.t0)) == [.bell])
        #expect(Self.notice(router) == .badField(.noSuchChoice(count: 2)))
        _ = router.handle(.text("2", at: F.t0))
        #expect(Self.notice(router) == .askPurpose(host: "王芳芳"))
        #expect(router.job(ReceptionJob.self)?.form?.host == Self.host2)
    }

    @Test func noHostOrTooManyAskForAnotherPartOfTheName() {
        var router = Self.atReception()
        _ = router.handle(.text("Li Lei", at: F.t0))
        _ = router.handle(.text("ACME", at: F.t0))
        _ = router.handle(.text("zz", at: F.t0))
        #expect(Self.reply(.hosts(query: "zz", []), &router) == [.bell])
        #expect(Self.notice(router) == .noHostFound(query: "zz"))
        _ = router.handle(.text("a", at: F.t0))
        let many = (0..<6).map { Person(badge: "10040\($0)", name: "A\($0)", department: "D", roles: [.employee]) }
        _ = Self.reply(.hosts(query: "a", many), &router)
        #expect(Self.notice(router) == .tooManyHosts(query: "a"))
    }

    @Test func undoStepsBackOneField() {
        var router = Self.typedUpToTheRules()
        _ = router.handle(.key(.undo, at: F.t0))
        #expect(Self.notice(router) == .askPhone)
        _ = router.handle(.key(.undo, at: F.t0))
        #expect(Self.notice(router) == .askPurpose(host: "王芳"))
        _ = router.handle(.key(.undo, at: F.t0))
        #expect(Self.notice(router) == .askHost)
        _ = router.handle(.key(.undo, at: F.t0))
        #expect(Self.notice(router) == .askCompany)
        _ = router.handle(.key(.undo, at: F.t0))
        #expect(Self.notice(router) == .welcome)
        #expect(router.job(ReceptionJob.self)?.form == nil)
    }

    @Test func aPhoneIsCheckedAndOptional() {
        var router = Self.atReception()
        for line in ["Li Lei", "ACME", "王"] { _ = router.handle(.text(line, at: F.t0)) }
        _ = Self.reply(.hosts(query: "王", [Self.host]), &router)
        _ = router.handle(.text("demo", at: F.t0))
        #expect(router.handle(.text("call me", at: F.t0)) == [.bell])
        #expect(Self.notice(router) == .badField(.notAPhoneNumber))
        #expect(router.handle(.text("+86 138-0000 0000", at: F.t0)) == [Self.effect(.loadRules)])
        #expect(router.job(ReceptionJob.self)?.form?.phone == "+86 138-0000 0000")
    }

    @Test(arguments: ["", String(repeating: "长", count: 61), "A\u{1B}[2JB", "A\u{202E}B"])
    func untypableOrOversizedFieldsAreRefused(text: String) {
        var router = Self.atReception()
        #expect(router.handle(.text(text, at: F.t0)) == [.bell])
        #expect(router.job(ReceptionJob.self)?.form == nil)
    }

    @Test func anInviteScanDropsAHalfTypedFormAndSignsIn() {
        var router = Self.atReception()
        _ = router.handle(.text("Li Lei", at: F.t0))
        let effects = router.handle(.scan(.otherKind(.visitorInvite, "INV-7K2M9Q4XAB12"), at: F.t0))
        #expect(effects == [Self.effect(.signInByInvite(code: "INV-7K2M9Q4XAB12", station: "ST-01", time: F.t0))])
        #expect(router.job(ReceptionJob.self)?.form == nil)
        _ = Self.reply(.signIn(.refused(.alreadySignedIn(time: "09:12"))), &router)
        #expect(Self.notice(router) == .inviteRefused(.alreadySignedIn(time: "09:12")))
    }

    @Test func aBadgeScanSignsOutAndADeadBadgeSignsNothingOut() {
        var router = Self.atReception()
        #expect(router.handle(.scan(.otherKind(.visitorBadge, "VB-123456789012"), at: F.t0))
                == [Self.effect(.signOut(badgeCode: "VB-123456789012", by: nil, station: "ST-01", time: F.t0))])
        _ = Self.reply(.signOut(.signedOut(name: "陈静")), &router)
        #expect(Self.notice(router) == .signedOut(name: "陈静"))
        _ = router.handle(.scan(.otherKind(.visitorBadge, "VB-123456789012"), at: F.t0))
        #expect(Self.reply(.signOut(.refused(.badgeDead)), &router) == [.bell])
        #expect(Self.notice(router) == .badgeRefused(.badgeDead))
    }

    @Test func theDenyListOnlyAsksTheVisitorToSeeReception() {
        var router = Self.typedUpToTheRules()
        _ = router.handle(.key(.accept, at: F.t0))
        #expect(Self.reply(.signIn(.seeReception), &router) == [.bell])
        #expect(Self.notice(router) == .seeReception)
        #expect(router.notice.text(.english) == "Please see reception.")
    }

    @Test func visitorsCannotSwitchModesOrReachStaffFunctions() {
        var router = Self.atReception()
        for mode in [KioskMode.pickup, .receive, .loan] {
            #expect(router.handle(.key(.switchMode(mode), at: F.t0)) == [.bell])
            #expect(router.handle(.scan(.mode(mode), at: F.t0)) == [.bell])
            #expect(router.mode == .reception)
        }
        #expect(router.notice == KioskNotice(RouterNotice.staffOnly(job: ReceptionJob.card)))
        // Enter with nothing typed prints no roll call for the public.
        #expect(router.handle(.key(.accept, at: F.t0)) == [])
        #expect(router.handle(.key(.signOut, at: F.t0)) == [.bell])
        #expect(router.isVisitorScreen)
    }

    /// Closing time tells the screen a count only (it may be a visitor's), and not in the middle
    /// of a visitor's form.
    @Test func closingTimeShowsACountAndNoNames() {
        var router = Self.atReception()
        let listing = VisitListing(visit: VisitTransitionTests.invited(.notSignedOut), hostName: "王芳")
        _ = Self.reply(.closedForTheDay(closed: [listing, listing], anonymised: 3), &router)
        #expect(Self.notice(router) == .closedForTheDay(count: 2))
        #expect(!router.notice.text(.english).contains("陈静"))
        #expect(router.notice.text(.english) == "Closing time: 2 visits were not signed out and are closed. Staff: the roll call lists them.")
        _ = router.handle(.text("李小龙", at: F.t0))
        _ = Self.reply(.closedForTheDay(closed: [listing], anonymised: 0), &router)
        #expect(Self.notice(router) == .askCompany, "the visitor's form goes on")
        #expect((router.activeJob as? ReceptionJob)?.form?.name == "李小龙")
    }

    /// Reception's own key or card, and F10, would drop the visitor's form: refused, form kept.
    @Test func aVisitorsFormSurvivesTheModeKeysAndSignOut() {
        var router = Self.atReception()
        _ = router.handle(.text("李小龙", at: F.t0))
        let form = (router.activeJob as? ReceptionJob)?.form
        #expect(form?.name == "李小龙")
        for event in [KioskEvent.key(.switchMode(.reception), at: F.t0), .scan(.mode(.reception), at: F.t0), .key(.signOut, at: F.t0)] {
            #expect(router.handle(event) == [.bell])
            #expect(router.notice == KioskNotice(RouterNotice.staffOnly(job: ReceptionJob.card)))
            #expect((router.activeJob as? ReceptionJob)?.form == form)
        }
    }

    @Test func aStaffBadgeSignsInAndPrintsTheRollCall() {
        var router = Self.atReception()
        _ = router.handle(.scan(.badge(Self.receptionist), at: F.t0))
        #expect(router.person == Self.receptionist)
        #expect(!router.isVisitorScreen)
        #expect(router.handle(.key(.accept, at: F.t0)) == [Self.effect(.printRollCall(time: F.t0))])
        let listing = VisitListing(visit: VisitTransitionTests.invited(.onSite), hostName: "王芳")
        _ = Self.reply(.rollCall([listing], output: "queued for slip-80 (job 0193abcd)"), &router)
        #expect(Self.notice(router) == .rollCallPrinted(count: 1, output: "queued for slip-80 (job 0193abcd)"))
        // Staff sign a visit out by its badge, named in the journal as who did it.
        #expect(router.handle(.scan(.otherKind(.visitorBadge, "VB-1234"), at: F.t0))
                == [Self.effect(.signOut(badgeCode: "VB-1234", by: "100231", station: "ST-01", time: F.t0))])
        // And staff may leave the visitor screen.
        _ = Self.reply(.signOut(.signedOut(name: "x")), &router)
        _ = router.handle(.key(.switchMode(.loan), at: F.t0))
        #expect(router.mode == .loan)
    }

    @Test func aBadgeWithoutTheReceptionRoleIsNotStaff() {
        var router = Self.atReception()
        #expect(router.handle(.scan(.badge(F.keeper), at: F.t0)) == [.bell])
        #expect(router.person == nil)
    }

    @Test func theIdleTimeoutClearsAVisitorsFormAndPass() {
        var router = Self.atReception()
        _ = router.handle(.text("陈静", at: F.t0))
        _ = router.handle(.text("华为", at: F.t0))
        _ = router.handle(.tick(F.t0.addingTimeInterval(119)))
        #expect(router.job(ReceptionJob.self)?.form?.company == "华为")
        _ = router.handle(.tick(F.t0.addingTimeInterval(120)))
        #expect(router.job(ReceptionJob.self)?.form == nil)
        #expect(router.notice == ReceptionJob.card.prompt)
        let view = KioskView(language: .english, station: "ST-01", timeZone: TimeZone(identifier: "UTC")!)
        let screen = view.render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text).joined(separator: "\n")
        #expect(!screen.contains("陈静") && !screen.contains("华为"))
    }

    @Test func theKeyHelpWrapsOntoTwoRowsWhenItDoesNotFit() {
        let view = KioskView(language: .english, station: "ST-01", timeZone: TimeZone(identifier: "UTC")!)
        let router = KioskRouter(station: "ST-01", jobs: KioskJobs.station)
        let narrow = view.render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
        #expect(narrow.count == 24)
        #expect(narrow.suffix(2) == ["F1 Pickup F2 Receive F3 Return F8 Count F9 Loans F11 Reception", "F4 Undo · Esc Cancel · F10 Sign out"])
        let wide = view.render(router, input: "", now: F.t0, columns: 100, rows: 24).map(\.text)
        #expect(wide.last == "F1 Pickup F2 Receive F3 Return F8 Count F9 Loans F11 Reception · F4 Undo · Esc Cancel · F10 Sign out")
    }

    @Test func theVisitorScreenShowsTheFormAndItsOwnKeys() {
        let router = Self.typedUpToTheRules()
        let view = KioskView(language: .english, station: "ST-01", timeZone: TimeZone(identifier: "UTC")!)
        let screen = view.render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
        #expect(screen.contains("Name: 100231"))
        #expect(screen.contains("Host: 王芳 (研发部)"))
        #expect(screen.contains("  Wear the badge."))
        #expect(screen.last == "Enter accept · F4 Back · Esc Cancel")
        #expect(screen.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}

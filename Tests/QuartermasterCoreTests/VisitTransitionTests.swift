import Foundation
import Testing
import QuartermasterCore

/// Every visit transition, allowed and refused.
@Suite struct VisitTransitionTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let day = CalendarDate("2024-03-01")!
    static let t0 = Date(timeIntervalSince1970: 1_709_284_320)  // 2024-03-01 09:12 UTC

    static func invited(_ status: VisitStatus = .expected) -> Visit {
        var visit = Visit(name: "陈静", company: "华为技术有限公司, 深圳", purpose: "面试", hostBadge: "100231", expectedDate: day, inviteCode: "INV-7K2M9Q4XAB")
        visit.status = status
        if status != .expected && status != .noShow {
            visit.arrival = t0
            visit.badgeCode = "VB-000000000001"
        }
        return visit
    }

    @Test func anExpectedVisitSignsInOnItsDay() throws {
        var visit = Self.invited()
        try visit.signIn(at: Self.t0, in: Self.utc, badgeCode: "VB-123456789012", rulesVersion: "3")
        #expect(visit.status == .onSite)
        #expect(visit.arrival == Self.t0)
        #expect(visit.badgeCode == "VB-123456789012")
        #expect(visit.rulesVersion == "3")
    }

    @Test func anInviteIsRefusedOnAnotherDay() {
        var visit = Self.invited()
        #expect(throws: VisitRefusal.wrongDay(expected: Self.day)) {
            try visit.signIn(at: Self.t0.addingTimeInterval(86_400), in: Self.utc, badgeCode: "VB-1234", rulesVersion: nil)
        }
        #expect(visit.status == .expected)
    }

    @Test(arguments: [VisitStatus.onSite, .left, .notSignedOut])
    func aUsedInviteIsRefusedWithTheTimeOfTheFirstSignIn(status: VisitStatus) {
        var visit = Self.invited(status)
        #expect(throws: VisitRefusal.alreadySignedIn(time: "09:12")) {
            try visit.signIn(at: Self.t0.addingTimeInterval(600), in: Self.utc, badgeCode: "VB-9999", rulesVersion: nil)
        }
        #expect(VisitRefusal.alreadySignedIn(time: "09:12").text(.english).contains("already signed in at 09:12"))
    }

    @Test func noShowAndRefusedInvitesDoNotSignIn() {
        var noShow = Self.invited(.noShow)
        #expect(throws: VisitRefusal.wrongDay(expected: Self.day)) { try noShow.signIn(at: Self.t0, in: Self.utc, badgeCode: "VB-1", rulesVersion: nil) }
        var refused = Self.invited(.refused)
        #expect(throws: VisitRefusal.inviteClosed) { try refused.signIn(at: Self.t0, in: Self.utc, badgeCode: "VB-1", rulesVersion: nil) }
    }

    @Test func anOnSiteVisitSignsOutOnceThenTheBadgeIsDead() throws {
        var visit = Self.invited(.onSite)
        try visit.signOut(at: Self.t0.addingTimeInterval(3600))
        #expect(visit.status == .left)
        #expect(visit.departure == Self.t0.addingTimeInterval(3600))
        #expect(throws: VisitRefusal.badgeDead) { try visit.signOut(at: Self.t0.addingTimeInterval(3700)) }
    }

    @Test(arguments: [VisitStatus.expected, .left, .notSignedOut, .noShow, .refused])
    func onlyAnOnSiteVisitSignsOutOrIsClosed(status: VisitStatus) {
        var visit = Self.invited(status)
        #expect(throws: VisitRefusal.badgeDead) { try visit.signOut(at: Self.t0) }
        #expect(throws: VisitRefusal.badgeDead) { try visit.closeUnsignedOut() }
        #expect(visit.status == status)
    }

    @Test func closingTimeMarksAnOpenVisitNotSignedOutWithoutADeparture() throws {
        var visit = Self.invited(.onSite)
        try visit.closeUnsignedOut()
        #expect(visit.status == .notSignedOut)
        #expect(visit.departure == nil)
    }

    @Test func anInviteWhoseDayPassedIsANoShow() throws {
        var visit = Self.invited()
        #expect(throws: VisitRefusal.wrongDay(expected: Self.day)) { try visit.markNoShow(today: Self.day) }
        try visit.markNoShow(today: Self.day.adding(days: 1))
        #expect(visit.status == .noShow)
        var onSite = Self.invited(.onSite)
        #expect(throws: VisitRefusal.inviteClosed) { try onSite.markNoShow(today: Self.day.adding(days: 1)) }
    }

    @Test func onlyAnExpectedVisitIsTurnedAway() throws {
        var visit = Self.invited()
        try visit.refuse(at: Self.t0)
        #expect(visit.status == .refused)
        #expect(visit.badgeCode == nil)
        var onSite = Self.invited(.onSite)
        #expect(throws: VisitRefusal.inviteClosed) { try onSite.refuse(at: Self.t0) }
    }

    @Test func anonymisingRemovesThePersonalDataAndKeepsTheRest() {
        var visit = Self.invited(.left)
        visit.phone = "+86 138 0000 0000"
        visit.departure = Self.t0.addingTimeInterval(3600)
        let copy = visit.anonymisedCopy()
        #expect(copy.name == "" && copy.company == "" && copy.phone == nil && copy.anonymised)
        #expect(copy.arrival == visit.arrival && copy.departure == visit.departure)
        #expect(copy.hostBadge == visit.hostBadge && copy.purpose == visit.purpose && copy.status == visit.status)
    }

    @Test func onlyClosedVisitsPastTheRetentionAreDue() {
        let today = Self.day.adding(days: 91)
        #expect(Self.invited(.left).isDue(forAnonymisingOn: today, retentionDays: 90))
        #expect(!Self.invited(.left).isDue(forAnonymisingOn: Self.day.adding(days: 90), retentionDays: 90))
        #expect(!Self.invited(.onSite).isDue(forAnonymisingOn: today, retentionDays: 90))
        #expect(!Self.invited(.expected).isDue(forAnonymisingOn: today, retentionDays: 90))
        #expect(!Self.invited(.left).anonymisedCopy().isDue(forAnonymisingOn: today, retentionDays: 90))
    }
}

@Suite struct VisitCodeTests {
    @Test func codesMatchTheDefaultPatternsAndDoNotRepeat() throws {
        var generator = SystemRandomNumberGenerator()
        let invite = try Regex(ScanPatterns.default.visitorInvite)
        let badge = try Regex(ScanPatterns.default.visitorBadge)
        var seen = Set<String>()
        for _ in 0..<500 {
            let code = VisitCode.invite(using: &generator)
            #expect(code.wholeMatch(of: invite) != nil)
            #expect(code.count == 16)
            #expect(!code.dropFirst(4).contains { "ILOU".contains($0) })
            seen.insert(code)
            #expect(VisitCode.badge(using: &generator).wholeMatch(of: badge) != nil)
        }
        #expect(seen.count == 500)
    }

    @Test func theClassifierTellsInvitesAndBadgesApart() {
        let classifier = ScanClassifier(patterns: .default)
        #expect(classifier.classify("INV-7K2M9Q4XAB12").kind == .visitorInvite)
        #expect(classifier.classify("VB-123456789012").kind == .visitorBadge)
    }
}

@Suite struct DenyListTests {
    static let list = DenyList(entries: [DenyList.Entry(names: ["John Doe", "Johnny D", "王 伟"], note: "banned 2023")])

    @Test(arguments: ["John Doe", "JOHN DOE", "john  doe", "ＪＯＨＮ　ＤＯＥ", "Johnny D", "johnny d", "王 伟", "王　伟"])
    func matchesIgnoringCaseWidthAndSpacing(name: String) {
        #expect(Self.list.match(name)?.note == "banned 2023")
    }

    @Test(arguments: ["John", "Jon Doe", "", "王伟伟"])
    func otherNamesDoNotMatch(name: String) {
        #expect(Self.list.match(name) == nil)
    }
}

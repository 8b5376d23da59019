import Foundation
import QuartermasterCore
import Testing

/// The type-erased values the router passes around compare by what they hold, so tests that
/// compare notices and effects can fail.
@Suite struct KioskNoticeTests {
    @Test func noticesCompareByTheirMessage() {
        #expect(KioskNotice(RouterNotice.signedOut) == KioskNotice(RouterNotice.signedOut))
        #expect(KioskNotice(RouterNotice.signedOut) != KioskNotice(RouterNotice.signInFirst(role: .keeper)))
        #expect(KioskNotice(PickupNotice.nothingPicked) != KioskNotice(RouterNotice.signInFirst(role: .keeper)))
        #expect(KioskNotice(KioskNotice(PickupNotice.nothingPicked)) == KioskNotice(PickupNotice.nothingPicked), "wrapping twice stays one level deep")
        #expect(Set([KioskNotice(RouterNotice.signedOut), KioskNotice(RouterNotice.signedOut)]).count == 1)
    }

    @Test func aNoticeComesBackAsItsOwnEnum() {
        let notice = KioskNotice(PickupNotice.overPick(item: "Pens", remaining: 2))
        #expect(notice.as(PickupNotice.self) == .overPick(item: "Pens", remaining: 2))
        #expect(notice.as(RouterNotice.self) == nil)
        #expect(notice.tone == .error)
        #expect(notice.text(.english) == "Too many \"Pens\": only 2 more may be picked.")
    }

    @Test func effectsCompareByJobAndValue() {
        let change = StockChange(kind: .receipt, itemCode: "ITM-1", quantity: 1, actorBadge: "E1001", station: "ST-01", time: Fixtures.t0)
        var other = change
        other.quantity = 2
        #expect(KioskEffect.perform(ReceiveJob.self, .record(change)) == .perform(ReceiveJob.self, .record(change)))
        #expect(KioskEffect.perform(ReceiveJob.self, .record(change)) != .perform(ReceiveJob.self, .record(other)))
        #expect(KioskEffect.perform(ReceiveJob.self, .record(change)) != .perform(ReturnJob.self, .record(change)),
                "the same value from another job is another effect")
        #expect(AnyJobAnswer(ReceiveJob.self, .refused(StationProblem(.busy, "busy", advice: "wait")))
                != AnyJobAnswer(ReturnJob.self, .refused(StationProblem(.busy, "busy", advice: "wait"))))
    }
}

import Foundation
import QuartermasterCore
import Testing

/// Receiving (入庫) on its own: an item and its quantity, in either order, recorded as a receipt.
@Suite struct ReceiveJobTests {
    typealias F = Fixtures
    typealias Reply = StockChangeFlow.Reply
    var job = ReceiveJob()
    var clock = F.t0
    let title = ReceiveJob.title

    var context: JobContext { JobContext(person: F.keeper, station: "ST-01", time: clock) }

    mutating func scan(_ scan: ResolvedScan) -> Reply? {
        clock += 1
        return job.handle(.scan(scan), context: context)
    }

    mutating func press(_ key: JobKey) -> Reply? {
        clock += 1
        return job.handle(.key(key), context: context)
    }

    func receipt(_ item: Item, _ quantity: Int) -> StockChangeEffect {
        .record(StockChange(kind: .receipt, itemCode: item.code, quantity: quantity, actorBadge: F.keeper.badge, station: "ST-01", time: clock))
    }

    @Test mutating func itemThenQuantity() {
        #expect(scan(.item(F.toner)) == .say(.typeQuantity(item: F.toner.name, in: title)))
        #expect(job.flow.pendingItem == F.toner)
        let reply = scan(.quantity(12))
        #expect(reply == .perform(receipt(F.toner, 12)))
        #expect(receipt(F.toner, 12).isRecording)
        #expect(job.flow.pendingItem == nil)
        var toner = F.toner
        toner.stock = 15
        let change = StockChange(kind: .receipt, itemCode: F.toner.code, quantity: 12, actorBadge: F.keeper.badge, station: "ST-01", time: clock)
        #expect(job.handle(.answer(.recorded(toner, change)), context: context)
                == .say(.stockChanged(item: F.toner.name, quantity: 12, stock: 15, in: title)))
    }

    @Test mutating func quantityThenItem() {
        #expect(scan(.quantity(5)) == .say(.quantity(.next(5))))
        #expect(job.flow.pendingQuantity == 5)
        #expect(scan(.item(F.paper)) == .perform(receipt(F.paper, 5)))
        #expect(job.flow.pendingQuantity == nil)
    }

    @Test mutating func newItemWithoutQuantityDropsThePendingOne() {
        _ = scan(.item(F.toner))
        #expect(scan(.item(F.toner)) == .say(.typeQuantity(item: F.toner.name, in: title)), "the same item again is no loss")
        #expect(scan(.item(F.paper)) == .alert(.pendingItemDropped(item: F.toner.name)))
        #expect(job.flow.pendingItem == F.paper)
    }

    @Test mutating func requisitionsBadgesAndOtherKindsAreLeftToTheRouter() {
        #expect(scan(.requisition(F.requisition())) == nil)
        #expect(scan(.badge(F.keeper)) == nil)
        #expect(scan(.otherKind(.assetTag, "FA-000123")) == nil)
        #expect(press(.accept) == nil)
    }

    @Test mutating func undoAndCancelDropWhatIsTyped() {
        #expect(press(.undo) == nil)
        #expect(press(.cancel) == nil)
        _ = scan(.quantity(3))
        #expect(press(.undo) == .say(.scanItem(in: title)))
        #expect(job.flow.pendingQuantity == nil)
        _ = scan(.item(F.toner))
        #expect(press(.undo) == .say(.scanItem(in: title)))
        #expect(job.flow.pendingItem == nil)
        _ = scan(.item(F.toner))
        #expect(press(.cancel) == .say(.scanItem(in: title)))
        #expect(job.flow.pendingItem == nil)
        _ = scan(.item(F.toner))
        job.interrupt()
        #expect(job.flow.pendingItem == nil)
    }

    @Test mutating func zeroAndOversizedQuantitiesAreRefused() {
        _ = scan(.item(F.toner))
        #expect(scan(.quantity(0)) == .refuse(.quantity(.zero)))
        #expect(scan(.quantity(1_000_001)) == .refuse(.quantity(.tooLarge(maximum: QuantityLimit.maximum))))
        #expect(scan(.quantity(Int.max)) == .refuse(.quantity(.tooLarge(maximum: QuantityLimit.maximum))))
        #expect(job.flow.pendingItem == F.toner, "the item waits for a quantity that can be used")
    }

    @Test mutating func stockBeyondTheBoundIsRefusedWithoutTrapping() {
        var toner = F.toner
        toner.stock = QuantityLimit.maximum - 10
        _ = scan(.item(toner))
        #expect(scan(.quantity(11)) == .refuse(.stockWouldExceed(item: toner.name, stock: toner.stock, maximum: 1_000_000)))
        #expect(job.flow.pendingItem == toner, "the item waits for a quantity that fits")
        #expect(scan(.quantity(10)) == .perform(receipt(toner, 10)), "up to the bound is fine")
        #expect(job.flow.pendingItem == nil)
        // A stock figure no import should have let through: refused, not an overflow trap.
        toner.stock = Int.max
        _ = scan(.quantity(1))
        #expect(scan(.item(toner)) == .refuse(.stockWouldExceed(item: toner.name, stock: Int.max, maximum: 1_000_000)))
        #expect(job.flow.pendingQuantity == nil)
        #expect(job.flow.pendingItem == toner)
    }

    @Test mutating func storeRefusalIsShownAndRung() {
        let problem = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        #expect(job.handle(.answer(.refused(problem)), context: context) == .refuse(.stockChangeRefused(problem)))
    }

    @Test mutating func rowsShowWhatWaits() {
        _ = scan(.item(F.toner))
        let rows = job.rows(width: 80, language: .english).map(\.text)
        #expect(rows == ["Receiving", "Scan an item, then type the quantity and press Enter.",
                         "Item: Toner HP 58A  CF258A  [ITM-TONER]  stock 3 pcs  bin C-07"])
        job.interrupt()
        _ = scan(.quantity(4))
        #expect(job.rows(width: 80, language: .simplifiedChinese).map(\.text) == ["入库", "扫描物品，然后输入数量并按 Enter。", "数量：×4"])
    }

    @Test func declaresItsCard() {
        #expect(ReceiveJob.card.mode == .receive)
        #expect(ReceiveJob.card.mode.directive == "@receive")
        #expect(ReceiveJob.card.functionKey == 2)
        #expect(ReceiveJob.card.requiredRole == .keeper)
        #expect(ReceiveJob.card.prompt.text(.english) == "Receiving: scan an item (or type the quantity first).")
    }
}

import Foundation
import QuartermasterCore
import Testing

/// Returns on their own: the same mechanism as receiving, recorded as a return, in its own words.
@Suite struct ReturnJobTests {
    typealias F = Fixtures
    var job = ReturnJob()
    let clock = F.t0

    var context: JobContext { JobContext(person: F.keeper, station: "ST-01", time: clock) }

    @Test mutating func quantityThenItemRecordsAReturn() {
        #expect(job.handle(.scan(.quantity(2)), context: context) == .say(.quantity(.next(2))))
        #expect(job.handle(.scan(.item(F.pens)), context: context) == .perform(.record(StockChange(
            kind: .return, itemCode: F.pens.code, quantity: 2, actorBadge: F.keeper.badge, station: "ST-01", time: clock))))
        var pens = F.pens
        pens.stock = 4
        let change = StockChange(kind: .return, itemCode: F.pens.code, quantity: 2, actorBadge: F.keeper.badge, station: "ST-01", time: clock)
        let reply = job.handle(.answer(.recorded(pens, change)), context: context)
        #expect(reply == .say(.stockChanged(item: F.pens.name, quantity: 2, stock: 4, in: ReturnJob.title)))
        #expect(reply?.notice?.text(.english) == "Returns recorded: +2 Gel pen black; stock now 4.")
        #expect(reply?.notice?.text(.simplifiedChinese) == "退库已记录：+2 Gel pen black，现有库存 4。")
    }

    @Test mutating func storeRefusalIsShownAndRung() {
        let problem = StationProblem(.busy, "The station database is busy.", advice: "Try again.")
        #expect(job.handle(.answer(.refused(problem)), context: context) == .refuse(.stockChangeRefused(problem)))
    }

    @Test func declaresItsCard() {
        #expect(ReturnJob.card.mode == .return)
        #expect(ReturnJob.card.mode.barcode == "QM-MODE-RETURN")
        #expect(ReturnJob.card.functionKey == 3)
        #expect(ReturnJob.card.requiredRole == .keeper)
        #expect(ReturnJob.card.prompt.text(.simplifiedChinese) == "退库：请扫描物品（可先输入数量）。")
    }
}

import Foundation
import QuartermasterCore
import Storage
import Testing

/// The pickup slip is owed in the pickup's own transaction: a crash between the commit and the
/// printer loses no slip, and a refused pickup owes none.
@Suite("Slips owed")
struct SlipQueueTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    init() throws { fixture = try StationFixture() }

    @Test func aRecordedPickupOwesItsSlipWithWhatWasHandedOut() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 5)]))

        let pending = try database.pendingSlips()
        #expect(pending.map(\.id) == [outcome.slipID])
        #expect(try database.owedSlip(id: outcome.slipID) == pending.first)
        let queued = try #require(pending.first)
        let slip = queued.slip
        #expect(queued.reprintOf == nil)
        #expect(try database.journal().last { $0.kind == .pickupConfirmed }?.id == outcome.slipID, "the pickup's event is the slip's record")
        #expect(slip.requisitionNumber == "YPQ-2024-001")
        #expect(slip.applicantName == "Zhang San")
        #expect(slip.keeperName == "Wang Wu")
        #expect(slip.recipientName == "Zhang San")
        #expect(slip.status == .partlyPicked)
        #expect(slip.pickupTime == StationFixture.pickupTime)
        #expect(slip.lines == [
            .init(itemCode: "A4-70", name: "A4 copy paper", spec: "70 g", unit: "pack", approved: 8, picked: 5, remaining: 3),
            .init(itemCode: "PEN", name: "Gel pen", spec: "0.5 mm black", unit: "box", approved: 2, picked: 0, remaining: 2),
        ])
    }

    @Test func theSlipSurvivesARestartUntilItIsProduced() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))
        let owed = try #require(try database.owedSlip(id: outcome.slipID))
        try fixture.reopen()  // the station died before the slip reached the printer

        #expect(try database.pendingSlips() == [owed])
        #expect(try database.markSlipProduced(id: outcome.slipID, output: "out/a.pdf", at: StationFixture.pickupTime))
        #expect(try !database.markSlipProduced(id: outcome.slipID, output: "out/b.pdf", at: StationFixture.pickupTime),
                "a slip is produced once")
        #expect(try database.owedSlip(id: outcome.slipID) == nil)
        try fixture.reopen()
        #expect(try database.pendingSlips().isEmpty)
        #expect(try database.slips(requisition: "YPQ-2024-001").map(\.output) == ["out/a.pdf"])
    }

    @Test func aProblemIsNotedAndTheSlipStaysOwed() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 1)]))
        try database.noteSlipProblem(id: outcome.slipID, "disk full", at: StationFixture.pickupTime)
        #expect(try database.pendingSlips().map(\.id) == [outcome.slipID])
    }

    @Test func aRefusedPickupOwesNoSlip() throws {
        #expect(throws: StationProblem.self) {
            try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 9)]))
        }
        #expect(try database.pendingSlips().isEmpty)
        #expect(try database.slips(requisition: "YPQ-2024-001").isEmpty)
    }

    @Test func aReprintCopiesTheLatestSlipAndIsJournalled() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 2)]))
        let printed = try #require(try database.owedSlip(id: outcome.slipID))
        try database.markSlipProduced(printed, output: "out/a.pdf", at: StationFixture.pickupTime)
        let later = StationFixture.pickupTime.addingTimeInterval(3600)

        let reprint = try database.reprintSlip(requisition: "YPQ-2024-001", actorBadge: "C01", at: later)
        #expect(reprint.slip == printed.slip, "the copy shows what the slip showed")
        #expect(reprint.reprintOf == outcome.slipID)
        #expect(reprint.id != outcome.slipID)
        #expect(try database.pendingSlips() == [reprint])

        let event = try #require(try database.journal().last)
        #expect(event.kind == .slipReprinted)
        #expect(event.actorBadge == "C01")
        #expect(event.time == later)
        #expect(event.payload.contains(#""requisition":"YPQ-2024-001""#))
        #expect(event.payload.contains(outcome.slipID.uuidString))

        // A reprint of a reprint still names the first slip.
        let again = try database.reprintSlip(requisition: "YPQ-2024-001", actorBadge: "C01", at: later)
        #expect(again.reprintOf == outcome.slipID)
    }

    /// What a pickup's slip shows is taken when it is printed and kept: renaming the recipient
    /// and the item afterwards changes neither the produced slip nor its reprint.
    @Test func aProducedSlipKeepsWhatItShowed() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 2)]))
        let printed = try #require(try database.owedSlip(id: outcome.slipID))
        #expect(printed.slip.recipientName == "Zhang San")
        try database.markSlipProduced(printed, output: "out/a.pdf", at: StationFixture.pickupTime)
        _ = try database.importPeople(
            csv: "badge,name,department,roles\n100231,张三丰,General Affairs,employee\n", file: "people.csv", actorBadge: "C01",
            time: StationFixture.pickupTime)
        #expect(try database.slips(requisition: "YPQ-2024-001").map(\.slip) == [printed])
        #expect(try database.reprintSlip(requisition: "YPQ-2024-001", actorBadge: "C01", at: StationFixture.pickupTime).slip.recipientName
                == "Zhang San")
    }

    /// A slip still owed when someone asks for a copy is kept first, still owed, so the copy
    /// can name it: both are then produced.
    @Test func aReprintOfASlipStillOwedLeavesBothOwed() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 2)]))
        let owed = try #require(try database.owedSlip(id: outcome.slipID))
        let reprint = try database.reprintSlip(requisition: "YPQ-2024-001", actorBadge: "C01", at: StationFixture.pickupTime.addingTimeInterval(60))
        #expect(reprint.reprintOf == outcome.slipID)
        #expect(reprint.slip == owed.slip)
        #expect(try database.pendingSlips() == [owed, reprint])
        #expect(try database.markSlipProduced(id: outcome.slipID, output: "out/a.pdf", at: StationFixture.pickupTime))
        #expect(try database.pendingSlips() == [reprint])
    }

    @Test(arguments: [
        ("YPQ-2024-004", "has no pickup slip at this station"),
        ("YPQ-9999-999", "is not at this station"),
    ])
    func aReprintWithoutASlipIsRefused(number: String, message: String) throws {
        let before = try database.journal()
        let problem = try #require(throws: StationProblem.self) {
            try database.reprintSlip(requisition: number, actorBadge: "C01", at: StationFixture.pickupTime)
        }
        #expect(problem.message.contains(message))
        #expect(try database.journal() == before)
    }
}

import Foundation
import QuartermasterCore
import Storage
import Testing

/// Recording a pickup: all of it in one transaction, or none of it.
@Suite("Pickup")
struct PickupTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    init() throws { fixture = try StationFixture() }

    // MARK: Recorded

    @Test func fullPickupUpdatesStockLinesStatusMovementsAndJournal() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))

        #expect(outcome.requisition.status == .pickedUp)
        #expect(outcome.requisition.lines.map(\.picked) == [8, 2])
        #expect(outcome.items["A4-70"]?.stock == 32)
        #expect(outcome.items["PEN"]?.stock == 3)
        #expect(outcome.replenishments == [ReplenishmentRequest(itemCode: "PEN", stock: 3, threshold: 4)])
        #expect(try database.requisition(number: "YPQ-2024-001") == outcome.requisition)
        #expect(try database.item(code: "A4-70")?.stock == 32)

        let pickups = try database.movements().filter { $0.kind == .pickup }
        #expect(pickups == [
            StockMovement(time: StationFixture.pickupTime, kind: .pickup, itemCode: "A4-70", quantity: -8, actorBadge: "K01",
                          station: "hq-1", requisitionNumber: "YPQ-2024-001", recipientBadge: "100231"),
            StockMovement(time: StationFixture.pickupTime, kind: .pickup, itemCode: "PEN", quantity: -2, actorBadge: "K01",
                          station: "hq-1", requisitionNumber: "YPQ-2024-001", recipientBadge: "100231"),
        ])

        let journal = try database.journal()
        #expect(journal.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(journal.map(\.kind) == [.peopleImported, .itemsImported, .requisitionsImported, .pickupConfirmed, .replenishmentRequested])
        #expect(Set(journal.map(\.id)).count == journal.count)
        for entry in journal {
            #expect(entry.station == "hq-1")
            #expect(entry.id.uuid.6 >> 4 == 7, "UUID version 7")
            #expect(entry.id.uuid.8 >> 6 == 0b10, "RFC 9562 variant")
            #expect(UUIDv7.milliseconds(of: entry.id) == UInt64(entry.time.timeIntervalSince1970 * 1000))
        }
        let pickup = try #require(journal.first { $0.kind == .pickupConfirmed })
        #expect(pickup.actorBadge == "K01")
        #expect(pickup.time == StationFixture.pickupTime)
        #expect(pickup.payload == #"{"acceptedByKeeper":false,"keeperBadge":"K01","picks":[{"itemCode":"A4-70","quantity":8},{"itemCode":"PEN","quantity":2}],"recipientBadge":"100231","requisitionNumber":"YPQ-2024-001","station":"hq-1","time":1709301600000}"#)
        #expect(journal.last?.payload == #"{"itemCode":"PEN","stock":3,"threshold":4}"#)
        #expect(try database.journal(after: 3).map(\.sequence) == [4, 5])
    }

    @Test func partialPickupLeavesABackorderAndTheRestCanFollow() throws {
        let first = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 5)]))
        #expect(first.requisition.status == .partlyPicked)
        #expect(first.requisition.lines.map(\.remaining) == [3, 2])
        #expect(try database.requisition(number: "YPQ-2024-001")?.status == .partlyPicked)

        let second = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 3), ("PEN", 2)]))
        #expect(second.requisition.status == .pickedUp)
        #expect(second.requisition.lines.map(\.remaining) == [0, 0])
        #expect(try database.item(code: "A4-70")?.stock == 32)
        #expect(try database.journal().filter { $0.kind == .pickupConfirmed }.map(\.sequence) == [4, 5])
    }

    @Test func replenishmentIsRequestedOnceWhenStockCrossesTheThreshold() throws {
        let first = try database.recordPickup(fixture.commit("YPQ-2024-001", [("PEN", 2)]))
        #expect(first.replenishments.map(\.itemCode) == ["PEN"])
        let second = try database.recordPickup(fixture.commit("YPQ-2024-004", [("PEN", 1)], recipient: "100232"))
        #expect(second.replenishments.isEmpty)
        #expect(second.items["PEN"]?.stock == 2)
        #expect(try database.journal().filter { $0.kind == .replenishmentRequested }.count == 1)
    }

    // MARK: Refused, and nothing written

    enum Refusal: String, CaseIterable, Sendable {
        case moreThanApproved, moreThanInStock, draftRequisition, alreadyPickedUp, itemNotOnRequisition, unknownRequisition
    }

    @Test(arguments: Refusal.allCases)
    func refusedPickupChangesNothing(_ refusal: Refusal) throws {
        if refusal == .alreadyPickedUp {
            _ = try database.recordPickup(fixture.commit("YPQ-2024-004", [("PEN", 1)]))
        }
        let commit = switch refusal {
        case .moreThanApproved: fixture.commit("YPQ-2024-001", [("PEN", 2), ("A4-70", 9)])
        case .moreThanInStock: fixture.commit("YPQ-2024-003", [("A4-70", 2), ("TONER", 5)])
        case .draftRequisition: fixture.commit("YPQ-2024-002", [("TONER", 1)])
        case .alreadyPickedUp: fixture.commit("YPQ-2024-004", [("PEN", 1)])
        case .itemNotOnRequisition: fixture.commit("YPQ-2024-001", [("A4-70", 1), ("TONER", 1)])
        case .unknownRequisition: fixture.commit("YPQ-1999-999", [("A4-70", 1)])
        }
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) { try database.recordPickup(commit) }
        #expect(problem?.kind == .conflict)
        #expect(problem?.message.isEmpty == false)
        #expect(problem?.advice.isEmpty == false)
        #expect(try fixture.snapshot() == before)
    }

    @Test func overStockMessageSaysWhatTheBooksHold() throws {
        let problem = #expect(throws: StationProblem.self) {
            try database.recordPickup(fixture.commit("YPQ-2024-003", [("TONER", 5)]))
        }
        #expect(problem?.message == "The books show only 2 of item TONER (Toner cartridge) in stock, not 5.")
    }

    @Test(arguments: [[("A4-70", 0)], [("A4-70", -1)], [], [("A4-70", 1), ("A4-70", 1)]])
    func malformedPicksAreInvalidInput(picks: [(String, Int)]) throws {
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) {
            try database.recordPickup(fixture.commit("YPQ-2024-001", picks))
        }
        #expect(problem?.kind == .invalidInput)
        #expect(try fixture.snapshot() == before)
    }
}

/// Storeroom check-out (領用): the keeper opens an approved requisition, scans what they hand
/// out, and the recipient confirms with their badge; the pickup is recorded whole and a slip
/// printed. Nothing is recorded before the recipient confirms; the scans are kept in the store
/// as they are made, so after a crash or power cut the next sign-in goes on with them.
public struct PickupJob: KioskJob {
    public typealias Reply = JobReply<PickupNotice, PickupEffect>

    public static let card = JobCard(
        mode: .pickup, title: KioskText("Pickup", "领用出库"), keyLabel: KioskText("Pickup", "领用"),
        functionKey: 1, requiredRole: .keeper, prompt: PickupNotice.scanRequisition)

    /// The requisition on the counter and what was scanned against it.
    public internal(set) var pick: PickSession?
    /// A quantity typed ahead of the next item scan.
    public internal(set) var pendingQuantity: Int?
    /// The last pickup recorded at this station, shown until the next one opens.
    public internal(set) var lastPickup: PickupOutcome?
    /// Where the last slip went, or why it did not.
    public internal(set) var slipNote: String?

    public init() {}

    public mutating func handle(_ event: JobEvent<PickupAnswer>, context: JobContext) -> Reply? {
        switch event {
        case .scan(let scan): return scanned(scan, context: context)
        case .key(let key): return pressed(key, context: context)
        case .answer(let answer): return answered(answer, context: context)
        }
    }

    /// An open pickup must be confirmed or cancelled before the keeper leaves it.
    public var leaveBlocker: PickupNotice? { pick.map { .finishFirst(requisition: $0.number) } }

    public mutating func interrupt() {
        pendingQuantity = nil
    }

    public var idleDiscard: PickupNotice? { pick.map { .pickupDiscarded(number: $0.number) } }

    public var idleDiscardEffects: [PickupEffect] { pick.map { [.forgetOpen(requisition: $0.number)] } ?? [] }

    /// With no pickup on the counter, asks the store for one left open when the station stopped.
    public mutating func resume(context: JobContext) -> Reply? {
        pick == nil ? .perform(.findLeftOpen) : nil
    }

    public var awaitsAccept: Bool { pick?.pendingRecipient != nil }

    public func transcriptNote(for notice: PickupNotice) -> String? {
        guard case .pickupRecorded = notice, let slipNote else { return nil }
        return " Slip: \(slipNote)"
    }

    public static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: PickupEffect, store: Store, slips: Slips) -> PickupAnswer {
        switch effect {
        case .recordPickup(let commit):
            do throws(StationProblem) {
                return .recorded(try store.recordPickup(commit), at: commit.time)
            } catch {
                return .refused(error)
            }
        case .produceSlip(let id):
            do throws(StationProblem) {
                return .slipProduced(try slips.produceSlip(id: id))
            } catch {
                return .slipFailed(error)
            }
        case .keepOpen(let open):
            do throws(StationProblem) {
                try store.keepOpenPickup(open)
                return .kept
            } catch {
                return .notKept(error)
            }
        case .forgetOpen(let number):
            do throws(StationProblem) {
                try store.forgetOpenPickup(requisition: number)
                return .kept
            } catch {
                return .notKept(error)
            }
        case .findLeftOpen:
            do throws(StationProblem) {
                return .leftOpen(try store.leftOpenPickup())
            } catch {
                return .leftOpenUnreadable(error)
            }
        }
    }
}

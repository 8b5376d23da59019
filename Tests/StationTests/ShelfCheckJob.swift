import QuartermasterCore

/// A job that exists only in the tests: a keeper scans an item and the engine looks its stock
/// up through the store seam. It shows the engine performs a job's effects it has never heard of.
struct ShelfCheckJob: KioskJob {
    enum Notice: KioskMessage {
        case scanAnItem
        case onShelf(item: String, stock: Int)
        case lookupFailed(StationProblem)

        var tone: NoticeTone { .info }

        func text(_ language: Language) -> String {
            switch self {
            case .scanAnItem: return "Shelf check: scan an item."
            case .onShelf(let item, let stock): return "On the shelf: \(item), \(stock) on record."
            case .lookupFailed(let problem): return "Could not look it up: \(problem)"
            }
        }
    }

    enum Effect: JobEffect {
        case lookUp(barcode: String)
        var isRecording: Bool { false }
    }

    enum Answer: Sendable, Hashable {
        case found(Item?)
        case failed(StationProblem)
    }

    static let card = JobCard(
        mode: KioskMode(rawValue: "SHELF"), title: KioskText("Shelf check", "货架核对"),
        keyLabel: KioskText("Shelf", "货架"), functionKey: 7, requiredRole: .keeper, prompt: Notice.scanAnItem)

    var checked: [String] = []

    mutating func handle(_ event: JobEvent<Answer>, context: JobContext) -> JobReply<Notice, Effect>? {
        switch event {
        case .scan(.item(let item)):
            return .perform(.lookUp(barcode: item.barcodes.first ?? item.code))
        case .scan, .key:
            return nil
        case .answer(.found(let item?)):
            checked.append(item.code)
            return .say(.onShelf(item: item.name, stock: item.stock))
        case .answer(.found(nil)):
            return .quiet
        case .answer(.failed(let problem)):
            return .refuse(.lookupFailed(problem))
        }
    }

    func rows(width: Int, language: Language) -> [ViewRow] { [] }

    static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: Effect, store: Store, slips: Slips) -> Answer {
        switch effect {
        case .lookUp(let barcode):
            do throws(StationProblem) {
                return .found(try store.item(barcode: barcode))
            } catch {
                return .failed(error)
            }
        }
    }
}

import Foundation
import QuartermasterCore

/// A job that exists only in the tests, to prove the claim that a new job is a folder: it is
/// written against `KioskJob` alone, registered in a router built by the test, and needs no
/// change to the router, the view or the storeroom's jobs. An auditor tallies scanned items and
/// saves the tally with Enter/F5.
struct TallyJob: KioskJob {
    enum Notice: KioskMessage {
        case scanItems
        case tallied(item: String, count: Int)
        case saved(count: Int)
        case unsaved(count: Int)

        var tone: NoticeTone {
            switch self {
            case .scanItems: return .info
            case .tallied, .saved: return .success
            case .unsaved: return .warning
            }
        }

        func text(_ language: Language) -> String {
            switch self {
            case .scanItems: return "Tally: scan the items on the shelf."
            case .tallied(let item, let count): return "Tallied \(item): \(count)"
            case .saved(let count): return "Tally of \(count) saved."
            case .unsaved(let count): return "The tally of \(count) was not saved."
            }
        }
    }

    enum Effect: JobEffect {
        case save(count: Int)
        var isRecording: Bool { true }
    }

    enum Answer: Sendable, Hashable {
        case saved(count: Int, by: String?)
    }

    static let card = JobCard(
        mode: KioskMode(rawValue: "TALLY"), title: KioskText("Tally", "清点"), keyLabel: KioskText("Tally", "清点"),
        functionKey: 6, requiredRole: .auditor, prompt: Notice.scanItems)

    var count = 0

    mutating func handle(_ event: JobEvent<Answer>, context: JobContext) -> JobReply<Notice, Effect>? {
        switch event {
        case .scan(.item(let item)):
            count += 1
            return .say(.tallied(item: item.name, count: count))
        case .scan:
            return nil
        case .key(.accept):
            guard count > 0 else { return nil }
            return .perform(.save(count: count))
        case .key:
            return nil
        case .answer(.saved(let saved, _)):
            count = 0
            return .say(.saved(count: saved))
        }
    }

    var awaitsAccept: Bool { count > 0 }

    var idleDiscard: Notice? { count > 0 ? .unsaved(count: count) : nil }

    func rows(width: Int, language: Language) -> [ViewRow] {
        [ViewRow("Tally", .heading), ViewRow("Counted so far: \(count)")]
    }

    /// Uses a seam the store already has, to show a job performing through the engine.
    static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: Effect, store: Store, slips: Slips) -> Answer {
        switch effect {
        case .save(let count):
            return .saved(count: count, by: try? store.person(badge: "E4001")?.name)
        }
    }
}

/// A job that claims F4, the router's undo key: a router with it is refused at start.
struct UndoKeyJob: KioskJob {
    static let card = JobCard(
        mode: KioskMode(rawValue: "GREEDY"), title: KioskText("Greedy", "贪心"), keyLabel: KioskText("Greedy", "贪心"),
        functionKey: 4, requiredRole: .keeper, prompt: TallyJob.Notice.scanItems)

    mutating func handle(_ event: JobEvent<TallyJob.Answer>, context: JobContext) -> JobReply<TallyJob.Notice, TallyJob.Effect>? { nil }

    func rows(width: Int, language: Language) -> [ViewRow] { [] }

    static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: TallyJob.Effect, store: Store, slips: Slips) -> TallyJob.Answer {
        .saved(count: 0, by: nil)
    }
}

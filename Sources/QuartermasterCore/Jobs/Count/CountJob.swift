/// Counting assets (盘点): the auditor scans a location label, which finds the open count whose
/// scope holds it (or, with Enter, opens one), then the asset tags found there. Each tag is
/// classified and recorded at once, durably, so nothing is lost when the station stops: after a
/// restart the auditor scans the location again and carries on. Nothing in the register changes
/// until the count is closed (`quartermaster count close`), except a surplus tag the auditor
/// registers on the spot.
public struct CountJob: KioskJob {
    public typealias Reply = JobReply<CountNotice, CountEffect>

    public static let card = JobCard(
        mode: .count, title: KioskText("Count", "资产盘点"), keyLabel: KioskText("Count", "盘点"),
        functionKey: 8, requiredRole: .auditor, prompt: CountNotice.scanLocation)

    /// A moved asset waiting for the auditor's Enter/F5.
    public struct PendingMove: Sendable, Hashable {
        public var tag: String
        public var name: String
    }

    /// The session being counted into; nil until a location label finds one.
    public internal(set) var session: CountSession?
    /// The location whose tags are being scanned; asset tags before one are refused.
    public internal(set) var location: Location?
    /// What each location visited at this kiosk looks like, latest first.
    public internal(set) var visited: [CountProgress] = []
    /// A location with no open count: Enter opens one for it.
    public internal(set) var pendingOpen: Location?
    public internal(set) var pendingMove: PendingMove?
    /// A surplus tag: a typed name registers it here.
    public internal(set) var pendingSurplus: String?

    public init() {}

    public mutating func handle(_ event: JobEvent<CountAnswer>, context: JobContext) -> Reply? {
        switch event {
        case .scan(let scan): return scanned(scan, context: context)
        case .key(let key): return pressed(key, context: context)
        case .answer(let answer): return answered(answer)
        }
    }

    /// Questions waiting for a yes are dropped; the count itself lives in the database.
    public mutating func interrupt() {
        pendingOpen = nil
        pendingMove = nil
        pendingSurplus = nil
    }

    public var awaitsAccept: Bool { pendingOpen != nil || pendingMove != nil }

    public static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: CountEffect, store: Store, slips: Slips) -> CountAnswer {
        do throws(StationProblem) {
            switch effect {
            case .findSession(let location):
                guard let session = try store.openCountSession(holding: location.code) else { return .session(location, nil, nil) }
                return .session(location, session, try store.countProgress(session: session.id, location: location))
            case .open(let opening, let location):
                let session = try store.openCount(opening)
                return .opened(session, try store.countProgress(session: session.id, location: location))
            case .record(let scan):
                do throws(StationProblem) {
                    return .scanned(try store.recordCountScan(scan))
                } catch {
                    return .refused(error, lostLocation: error.kind == .conflict)
                }
            case .acceptMove(let acceptance):
                try store.acceptCountMove(acceptance)
                return .moveAccepted(acceptance)
            case .registerSurplus(let registration, let location):
                let asset = try store.registerSurplus(registration)
                return .registered(asset, try store.countProgress(session: registration.session, location: location))
            }
        } catch {
            return .refused(error)
        }
    }
}

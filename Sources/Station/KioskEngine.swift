public import Foundation
public import QuartermasterCore

/// Runs the kiosk: feeds input and time into the pure router, performs the effects its jobs ask
/// for against the store and the slip output, and feeds their answers back. Single-threaded by
/// design: one counter, one person, one thing at a time.
public struct KioskEngine<Store: StationStore, Slips: SlipOutput> {
    public private(set) var router: KioskRouter
    public private(set) var line = ScanLine()
    /// Effects that follow the screen (`JobEffect.canFollowTheScreen`), performed by
    /// `performFollowUps(at:)` once the person has seen the answer.
    public private(set) var followUps: [AnyJobEffect] = []
    public let resolver: ScanResolver<Store>
    public let slips: Slips
    /// Reception's closing time; nil closes nothing by itself (`visitors close` still does).
    public var receptionSchedule: ReceptionSchedule?
    /// The previous tick's time: the closing time counts when it lies between two ticks.
    private var lastTick: Date?

    public init(router: KioskRouter, resolver: ScanResolver<Store>, slips: Slips) {
        self.router = router
        self.resolver = resolver
        self.slips = slips
    }

    /// Takes one input; returns the sound the terminal should play, if any.
    @discardableResult
    public mutating func handle(_ input: KioskInput, at now: Date) -> KioskCue? {
        switch input {
        case .character(let character):
            line.type(character)
            return nil
        case .backspace:
            line.backspace()
            return nil
        case .command(let key):
            line.clear()
            return send(.key(key, at: now), at: now)
        case .enter:
            switch line.submit() {
            case .empty:
                return router.awaitsAccept ? send(.key(.accept, at: now), at: now) : nil
            case .scan(let text):
                return submit(text, at: now)
            case .tooLong(let prefix):
                return send(.scan(.invalid(prefix + "…", .tooLong), at: now), at: now)
            }
        }
    }

    /// One typed (or wedge-scanned) line, ended by Enter: a scan, or text while the job asks
    /// for text (`TextEntry`). In a form only an exact visitor invite or visitor badge is a
    /// scan, so a visitor called "100231" stays a name; on the screen before a form, any code
    /// the station recognises is a scan and the rest starts the form.
    @discardableResult
    public mutating func submit(_ text: String, at now: Date) -> KioskCue? {
        switch router.textEntry {
        case .none:
            return scan(text, at: now)
        case .unlessCode:
            let resolved = resolver.resolve(text)
            return send(Self.isCode(resolved) ? .scan(resolved, at: now) : .text(text, at: now), at: now)
        case .always:
            let kind = resolver.classifier.classify(text).kind
            guard kind == .visitorInvite || kind == .visitorBadge else { return send(.text(text, at: now), at: now) }
            return scan(text, at: now)
        }
    }

    /// True for a line the station recognised as one of its codes.
    static func isCode(_ scan: ResolvedScan) -> Bool {
        switch scan {
        case .badge, .requisition, .item, .asset, .location, .mode, .unavailable: return true
        case .otherKind(let kind, _), .notFound(let kind, _): return kind == .visitorInvite || kind == .visitorBadge
        case .quantity, .invalid: return false
        }
    }

    /// One complete scan (from a wedge scanner's Enter, an evdev reader or a replay).
    @discardableResult
    public mutating func scan(_ text: String, at now: Date) -> KioskCue? {
        send(.scan(resolver.resolve(text), at: now), at: now)
    }

    /// A scanner read through evdev came or went.
    @discardableResult
    public mutating func scannerChanged(_ change: ScannerChange, at now: Date) -> KioskCue? {
        send(.scanner(change), at: now)
    }

    /// One complete scan as the scanner sent it (evdev, camera): invalid UTF-8 is refused as such.
    @discardableResult
    public mutating func scan(bytes: [UInt8], at now: Date) -> KioskCue? {
        send(.scan(resolver.resolve(bytes: bytes), at: now), at: now)
    }

    /// A scan the reader already found wrong (cut off at 4 KiB): refused with its reason.
    @discardableResult
    public mutating func refuse(_ text: String, _ problem: ScanProblem, at now: Date) -> KioskCue? {
        send(.scan(.invalid(text, problem), at: now), at: now)
    }

    /// Time passing: the idle timeout, and reception's closing time when this tick is the first
    /// at or past it (the visits still open are closed and old ones anonymised, once a day).
    @discardableResult
    public mutating func tick(_ now: Date) -> KioskCue? {
        var cue = send(.tick(now), at: now)
        defer { lastTick = max(lastTick ?? now, now) }
        guard let schedule = receptionSchedule, let previous = lastTick, schedule.closingPassed(after: previous, upTo: now),
              router.cards.contains(where: { $0.mode == ReceptionJob.card.mode })
        else { return cue }
        let effect = AnyJobEffect(ReceptionJob.self, .closeForTheDay(today: schedule.day(now), retentionDays: schedule.retentionDays, time: now))
        cue = send(.answer(effect.perform(store: resolver.store, slips: slips), at: now), at: now) ?? cue
        return cue
    }

    /// Performs the work that waited for the screen (a pickup's slip); returns the sound the
    /// terminal should play, if any. The caller redraws afterwards.
    @discardableResult
    public mutating func performFollowUps(at now: Date) -> KioskCue? {
        var cue: KioskCue?
        while !followUps.isEmpty {
            let effect = followUps.removeFirst()
            cue = send(.answer(effect.perform(store: resolver.store, slips: slips), at: now), at: now) ?? cue
        }
        return cue
    }

    // MARK: Effects

    /// Runs the event and the answers it leads to; the last cue asked for is the one played.
    private mutating func send(_ event: KioskEvent, at now: Date) -> KioskCue? {
        var cue: KioskCue?
        var pending = [event]
        while !pending.isEmpty {
            for effect in router.handle(pending.removeFirst()) {
                switch effect {
                case .sound(let asked):
                    cue = asked
                case .job(let effect) where effect.canFollowTheScreen:
                    followUps.append(effect)
                case .job(let effect):
                    // The job knows its effect; the engine lends it the seams.
                    pending.append(.answer(effect.perform(store: resolver.store, slips: slips), at: now))
                }
            }
        }
        return cue
    }
}

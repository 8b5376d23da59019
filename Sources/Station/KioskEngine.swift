public import Foundation
public import QuartermasterCore

/// Runs the kiosk: feeds input and time into the pure flow, performs the effects it asks for
/// against the store and the slip output, and feeds their results back. Single-threaded by
/// design: one counter, one person, one thing at a time.
public struct KioskEngine<Store: StationStore, Slips: SlipOutput> {
    public private(set) var flow: KioskFlow
    public private(set) var line = ScanLine()
    public let resolver: ScanResolver<Store>
    public let slips: Slips

    public init(flow: KioskFlow, resolver: ScanResolver<Store>, slips: Slips) {
        self.flow = flow
        self.resolver = resolver
        self.slips = slips
    }

    public var state: KioskState { flow.state }

    /// Takes one input; returns true when the terminal should ring its bell.
    @discardableResult
    public mutating func handle(_ input: KioskInput, at now: Date) -> Bool {
        switch input {
        case .character(let character):
            line.type(character)
            return false
        case .backspace:
            line.backspace()
            return false
        case .command(let key):
            line.clear()
            return send(.key(key, at: now), at: now)
        case .enter:
            switch line.submit() {
            case .empty:
                return state.pick?.pendingRecipient != nil ? send(.key(.accept, at: now), at: now) : false
            case .scan(let text):
                return scan(text, at: now)
            case .tooLong(let prefix):
                return send(.scan(.invalid(prefix + "…", .tooLong), at: now), at: now)
            }
        }
    }

    /// One complete scan (from a wedge scanner's Enter, an evdev reader or a replay).
    @discardableResult
    public mutating func scan(_ text: String, at now: Date) -> Bool {
        send(.scan(resolver.resolve(text), at: now), at: now)
    }

    /// A scanner read through evdev came or went.
    @discardableResult
    public mutating func scannerChanged(_ change: ScannerChange, at now: Date) -> Bool {
        send(.scanner(change), at: now)
    }

    /// One complete scan as the scanner sent it (evdev, camera): invalid UTF-8 is refused as such.
    @discardableResult
    public mutating func scan(bytes: [UInt8], at now: Date) -> Bool {
        send(.scan(resolver.resolve(bytes: bytes), at: now), at: now)
    }

    /// A scan the reader already found wrong (cut off at 4 KiB): refused with its reason.
    @discardableResult
    public mutating func refuse(_ text: String, _ problem: ScanProblem, at now: Date) -> Bool {
        send(.scan(.invalid(text, problem), at: now), at: now)
    }

    @discardableResult
    public mutating func tick(_ now: Date) -> Bool {
        send(.tick(now), at: now)
    }

    // MARK: Effects

    private mutating func send(_ event: KioskEvent, at now: Date) -> Bool {
        var bell = false
        var pending = [event]
        while !pending.isEmpty {
            let effects = flow.handle(pending.removeFirst())
            for effect in effects {
                switch effect {
                case .bell:
                    bell = true
                case .recordPickup(let commit):
                    do throws(StationProblem) {
                        pending.append(.pickupRecorded(try resolver.store.recordPickup(commit), at: commit.time))
                    } catch {
                        pending.append(.pickupRefused(error, at: now))
                    }
                case .recordStockChange(let change):
                    do throws(StationProblem) {
                        pending.append(.stockChangeRecorded(try resolver.store.recordStockChange(change), change))
                    } catch {
                        pending.append(.stockChangeRefused(error, at: now))
                    }
                case .produceSlip(let slip):
                    do throws(StationProblem) {
                        pending.append(.slipProduced(try slips.produce(slip, at: now)))
                    } catch {
                        pending.append(.slipFailed(error))
                    }
                }
            }
        }
        return bell
    }
}

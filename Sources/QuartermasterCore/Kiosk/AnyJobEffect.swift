/// A job's effect on its way to the engine, with the job that knows how to perform it. The
/// engine needs no switch over effects: it asks the effect to perform itself.
public struct AnyJobEffect: Sendable, Hashable, CustomStringConvertible {
    public let job: any KioskJob.Type
    public let effect: any JobEffect

    public init<Job: KioskJob>(_ job: Job.Type, _ effect: Job.Effect) {
        self.job = job
        self.effect = effect
    }

    public var mode: KioskMode { job.card.mode }
    public var isRecording: Bool { effect.isRecording }
    public var canFollowTheScreen: Bool { effect.canFollowTheScreen }

    /// Performs the effect against the station's seams; the answer goes back to the router.
    public func perform<Store: StationStore, Slips: SlipOutput>(store: Store, slips: Slips) -> AnyJobAnswer {
        func run<Job: KioskJob>(_ job: Job.Type) -> AnyJobAnswer {
            guard let effect = effect as? Job.Effect else { preconditionFailure("\(effect) is not an effect of \(job)") }
            return AnyJobAnswer(job, Job.perform(effect, store: store, slips: slips))
        }
        return run(job)
    }

    public static func == (lhs: AnyJobEffect, rhs: AnyJobEffect) -> Bool {
        lhs.mode == rhs.mode && AnyHashable(lhs.effect) == AnyHashable(rhs.effect)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(mode)
        hasher.combine(AnyHashable(effect))
    }

    public var description: String { "\(mode): \(effect)" }
}

/// The answer to an `AnyJobEffect`, addressed to the job that asked.
public struct AnyJobAnswer: Sendable, Hashable, CustomStringConvertible {
    public let mode: KioskMode
    public let answer: any Sendable & Hashable

    public init<Job: KioskJob>(_ job: Job.Type, _ answer: Job.Answer) {
        self.mode = job.card.mode
        self.answer = answer
    }

    public static func == (lhs: AnyJobAnswer, rhs: AnyJobAnswer) -> Bool {
        lhs.mode == rhs.mode && AnyHashable(lhs.answer) == AnyHashable(rhs.answer)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(mode)
        hasher.combine(AnyHashable(answer))
    }

    public var description: String { "\(mode): \(answer)" }
}

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

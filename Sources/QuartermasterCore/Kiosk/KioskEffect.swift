/// What the router asks the engine to do.
public enum KioskEffect: Sendable, Hashable {
    /// Perform a job's effect and hand its answer back as `KioskEvent.answer`.
    case job(AnyJobEffect)
    /// Ring the terminal bell: something was refused or needs attention.
    case bell

    /// A job's effect, as a test writes it: `.perform(PickupJob.self, .recordPickup(commit))`.
    public static func perform<Job: KioskJob>(_ job: Job.Type, _ effect: Job.Effect) -> KioskEffect {
        .job(AnyJobEffect(job, effect))
    }
}

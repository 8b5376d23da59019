/// What the router asks the engine to do.
public enum KioskEffect: Sendable, Hashable {
    /// Perform a job's effect and hand its answer back as `KioskEvent.answer`.
    case job(AnyJobEffect)
    /// Play a job's cue on the terminal (a count scan's class, a refusal).
    case sound(KioskCue)

    /// The plain bell: something was refused or needs attention.
    public static var bell: KioskEffect { .sound(.attention) }

    /// A job's effect, as a test writes it: `.perform(PickupJob.self, .recordPickup(commit))`.
    public static func perform<Job: KioskJob>(_ job: Job.Type, _ effect: Job.Effect) -> KioskEffect {
        .job(AnyJobEffect(job, effect))
    }
}

/// What the router hands a walk-up job (reception) while nobody is signed in: a scan no badge
/// sign-in took, a key, a typed line, or the answer to one of the job's effects.
public enum WalkUpEvent<Answer: Sendable & Hashable>: Sendable, Hashable {
    case scan(ResolvedScan)
    case key(JobKey)
    case text(String)
    case answer(Answer)
}

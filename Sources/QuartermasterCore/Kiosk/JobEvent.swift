/// What the router hands a job: a scan the router did not answer itself, a key, or the answer
/// to one of the job's own effects.
public enum JobEvent<Answer: Sendable & Hashable>: Sendable, Hashable {
    case scan(ResolvedScan)
    case key(JobKey)
    case answer(Answer)
}

/// What the router hands a job: a scan the router did not answer itself, a key, or the answer
/// to one of the job's own effects.
public enum JobEvent<Answer: Sendable & Hashable>: Sendable, Hashable {
    case scan(ResolvedScan)
    case key(JobKey)
    case answer(Answer)
}

/// The keys a job answers; mode keys and sign-out are the router's.
public enum JobKey: Sendable, Hashable {
    /// Take back the last step (a scan, a typed quantity).
    case undo
    /// Drop what is in progress.
    case cancel
    /// The keeper's "yes" to what is waiting for one (a recipient who is not the applicant).
    case accept
}

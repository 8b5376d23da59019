/// The keys a job answers; mode keys and sign-out are the router's.
public enum JobKey: Sendable, Hashable {
    /// Take back the last step (a scan, a typed quantity).
    case undo
    /// Drop what is in progress.
    case cancel
    /// The keeper's "yes" to what is waiting for one (a recipient who is not the applicant).
    case accept
}

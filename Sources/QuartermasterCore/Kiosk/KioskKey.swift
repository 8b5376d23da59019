/// The commands a person gives with keys rather than scans. The terminal maps function keys
/// and Esc onto these; the router never sees raw key codes.
public enum KioskKey: Sendable, Hashable {
    case switchMode(KioskMode)
    /// Take back the last item scan (or the typed quantity not yet used).
    case undo
    /// Drop what is in progress: a pending recipient, then the open pickup.
    case cancel
    /// The keeper accepts a recipient who is not the applicant.
    case accept
    case signOut
}

/// How a sign-out by badge went.
public enum VisitSignOut: Sendable, Hashable {
    /// The visitor's own name, to say goodbye.
    case signedOut(name: String)
    case refused(VisitRefusal)
}

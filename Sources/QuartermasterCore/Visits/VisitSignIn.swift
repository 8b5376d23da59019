/// How a sign-in went, as the store answers it.
public enum VisitSignIn: Sendable, Hashable {
    case signedIn(VisitPass)
    /// The invite cannot be used (again, today, at all).
    case refused(VisitRefusal)
    /// The name is on the deny list: recorded as refused and staff told; the visitor is only
    /// asked to see reception.
    case seeReception
}

/// Where a walk-in's form stands: the screen asks for one field at a time, in this order.
public enum ReceptionStep: Sendable, Hashable {
    case company
    /// Part of the host's name, to search for.
    case host
    /// Several people matched: the visitor types the number of theirs (or searches again).
    case pickHost([Person])
    case purpose
    /// Optional: Enter skips it.
    case phone
    /// The site rules are shown; Enter accepts them and signs in.
    case rules(SiteRules)
}

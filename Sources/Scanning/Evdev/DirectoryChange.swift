/// A name that appeared in or left a watched directory: how a scanner being plugged in or
/// unplugged shows in `/dev/input`.
public enum DirectoryChange: Hashable, Sendable {
    /// Created, moved in, or its permissions changed (udev applies the rule's mode just after
    /// the node appears, so a node that could not be opened is tried again).
    case appeared(String)
    /// Deleted or moved away.
    case removed(String)

    /// The file name concerned.
    public var name: String {
        switch self {
        case .appeared(let name), .removed(let name): name
        }
    }
}

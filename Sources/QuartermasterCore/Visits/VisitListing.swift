/// A visit with its host's name, as the roll call and staff lists show it.
public struct VisitListing: Sendable, Hashable, Codable {
    public var visit: Visit
    public var hostName: String

    public init(visit: Visit, hostName: String) {
        self.visit = visit
        self.hostName = hostName
    }
}

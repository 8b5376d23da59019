/// A rejection (`POST …/reject`): the reason is required and reaches the station's screen.
public struct RequisitionRejection: Sendable, Hashable, Codable {
    public var reason: String
    public var approver: String?

    public init(reason: String, approver: String? = nil) {
        self.reason = reason
        self.approver = approver
    }
}

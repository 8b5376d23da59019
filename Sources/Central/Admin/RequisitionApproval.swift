/// An approval (`POST …/approve`): who approved, as printed on the slip (the admin's name when
/// absent).
public struct RequisitionApproval: Sendable, Hashable, Codable {
    public var approver: String?

    public init(approver: String? = nil) {
        self.approver = approver
    }
}

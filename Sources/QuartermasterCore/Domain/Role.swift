/// What a badge may do at the station. Roles come from the office's own process (domain.md):
/// a person can hold several.
public enum Role: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case employee
    case approver
    case clerk
    case keeper
    case auditor
    case reception
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A member of staff, identified by the badge they scan (the employee number as a barcode).
/// Leavers are made inactive, never deleted, so history keeps its names.
public struct Person: Sendable, Hashable, Codable {
    public var badge: String
    public var name: String
    public var department: String
    public var roles: Set<Role>
    public var active: Bool

    public init(badge: String, name: String, department: String, roles: Set<Role>, active: Bool = true) {
        self.badge = badge
        self.name = name
        self.department = department
        self.roles = roles
        self.active = active
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) || roles.contains(.admin) }
}

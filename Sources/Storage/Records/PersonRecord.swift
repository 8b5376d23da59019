internal import GRDB
internal import QuartermasterCore

/// A row of `person`.
struct PersonRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "person"

    var badge: String
    var name: String
    var department: String
    /// Role names joined by `;`, in the roles' own order so equal sets store equal text.
    var roles: String
    var active: Bool

    init(_ person: Person) {
        badge = person.badge
        name = person.name
        department = person.department
        roles = person.roles.sorted().map(\.rawValue).joined(separator: ";")
        active = person.active
    }

    func person() throws -> Person {
        var set: Set<Role> = []
        for name in roles.split(separator: ";") {
            guard let role = Role(rawValue: String(name)) else {
                throw StoredValueError(detail: "person \(badge) has unknown role \"\(name)\"")
            }
            set.insert(role)
        }
        return Person(badge: badge, name: name, department: department, roles: set, active: active)
    }
}

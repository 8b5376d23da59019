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

    /// Decoded by hand rather than through `Decodable` (GRDB's keyed decoding container costs
    /// several times SQLite's own work for the row): every scan at the counter and every pickup
    /// reads this record.
    init(badge: String, name: String, department: String, roles: String, active: Bool) {
        self.badge = badge
        self.name = name
        self.department = department
        self.roles = roles
        self.active = active
    }

    init(row: Row) throws {
        badge = try row.decode(forColumn: "badge")
        name = try row.decode(forColumn: "name")
        department = try row.decode(forColumn: "department")
        roles = try row.decode(forColumn: "roles")
        active = try row.decode(forColumn: "active")
    }

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

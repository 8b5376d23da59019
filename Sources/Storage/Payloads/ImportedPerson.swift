internal import QuartermasterCore

/// A person as an import left them, for the journal: every value, so the centre can replay it.
struct ImportedPerson: Encodable, Sendable {
    var change: ImportedRecordChange
    var badge: String
    var name: String
    var department: String
    /// Role names, sorted, so the same person always journals the same text.
    var roles: [String]
    var active: Bool

    init(_ person: Person, change: ImportedRecordChange) {
        self.change = change
        badge = person.badge
        name = person.name
        department = person.department
        roles = person.roles.map(\.rawValue).sorted()
        active = person.active
    }
}

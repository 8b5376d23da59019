/// One change an admin makes to reference data (the admin API and the CLI call
/// `CentralStore.putReference`): the natural key, the sites that see it, and its JSON body, or
/// nil to withdraw it. Each update takes the next value of the centre's change cursor, so a
/// station that pulls after its cursor gets it exactly once, however long it was offline.
public struct ReferenceUpdate: Sendable, Hashable {
    public var kind: ReferenceKind
    /// Badge, item code, requisition number, location code, asset tag or invite code.
    public var key: String
    /// The site whose stations see it; nil for every site (people and items usually).
    public var site: String?
    /// The record's JSON (the core type's encoding: `Person`, `Item`, `Requisition`, …), or
    /// nil when it is withdrawn.
    public var body: String?

    public init(kind: ReferenceKind, key: String, site: String? = nil, body: String?) {
        self.kind = kind
        self.key = key
        self.site = site
        self.body = body
    }
}

/// One reference record as the centre holds it: the latest change under its key. The admin
/// reads it back to change it (approve a requisition) with `ReferenceExpectation.at(cursor)`,
/// so two admins changing one record at once cannot lose either change.
public struct StoredReference: Sendable, Hashable {
    public var kind: ReferenceKind
    public var key: String
    public var site: String?
    /// The record's JSON; nil when it was withdrawn.
    public var body: String?
    /// The cursor of its latest change.
    public var cursor: Int64

    public init(kind: ReferenceKind, key: String, site: String?, body: String?, cursor: Int64) {
        self.kind = kind
        self.key = key
        self.site = site
        self.body = body
        self.cursor = cursor
    }
}

/// What a conditional `putReference` expects to find under the key, checked in the same
/// transaction as the write: a mismatch stores nothing and throws `.conflict`.
public enum ReferenceExpectation: Sendable, Hashable {
    /// Nothing is stored under the key yet (a new requisition number).
    case absent
    /// The record's latest change is still the one at this cursor (read, changed, written back).
    case at(Int64)
}

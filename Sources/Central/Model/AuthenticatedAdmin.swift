/// An administrator the centre knows by their admin token (`central admin add NAME`). Admins are
/// not stations: an admin token opens `/v1/admin/…` and nothing else, a station token never
/// opens it.
public struct AuthenticatedAdmin: Sendable, Hashable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

public import Central
public import Hummingbird

/// What the centre knows about one request: the station its token belongs to, set by
/// `StationAuthentication` before any station route runs, or the admin on admin routes.
public struct CentralRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The station the bearer token belongs to; nil until authenticated.
    public var station: AuthenticatedStation?
    /// The administrator an admin token belongs to, set by `AdminAuthentication` on the
    /// `/v1/admin/…` routes; nil elsewhere.
    public var admin: AuthenticatedAdmin?

    public init(source: Source) {
        coreContext = .init(source: source)
        station = nil
        admin = nil
    }
}

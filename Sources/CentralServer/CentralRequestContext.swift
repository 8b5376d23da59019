public import Central
public import Hummingbird

/// What the centre knows about one request: the station its token belongs to, set by
/// `StationAuthentication` before any station route runs.
public struct CentralRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The station the bearer token belongs to; nil until authenticated.
    public var station: AuthenticatedStation?

    public init(source: Source) {
        coreContext = .init(source: source)
        station = nil
    }
}

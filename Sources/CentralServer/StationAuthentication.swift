internal import Central
internal import Hummingbird

/// Maps the request's bearer token to the station it belongs to, through the store (which
/// keeps only the token's hash), and refuses the request with 401 when there is none or the
/// centre does not know it. Every station route sits behind it.
struct StationAuthentication: RouterMiddleware {
    typealias Context = CentralRequestContext
    let store: any CentralStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = Self.bearerToken(request) else { throw Refusal.missingToken() }
        guard let station = try await store.authenticate(token: token) else { throw Refusal.unknownToken() }
        var context = context
        context.station = station
        context.logger[metadataKey: "station"] = .string(station.name)
        return try await next(request, context)
    }

    /// The token of an `Authorization: Bearer TOKEN` header; nil when there is none.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}

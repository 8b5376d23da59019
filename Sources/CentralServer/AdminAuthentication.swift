internal import Central
internal import Hummingbird

/// Admits an admin token to the `/v1/admin/…` routes. No token, or one the centre does not
/// know (or revoked) → 401; a station's token → 403: it is a valid identity, just not one that
/// may administer. Only hashes are compared, through the store.
struct AdminAuthentication: RouterMiddleware {
    typealias Context = CentralRequestContext
    let store: any CentralStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = StationAuthentication.bearerToken(request) else {
            throw Refusal(.unauthorized, "This request carries no admin token.",
                          advice: "Send Authorization: Bearer TOKEN with a token from quartermaster central admin add NAME.")
        }
        guard let admin = try await store.authenticateAdmin(token: token) else {
            if try await store.authenticate(token: token) != nil {
                throw Refusal(.forbidden, "A station's token cannot use the admin API.",
                              advice: "Use an admin token (quartermaster central admin add NAME); station tokens only sync.")
            }
            throw Refusal(.unauthorized, "The centre does not know this admin token, or it was revoked.",
                          advice: "Ask for a new one: quartermaster central admin add NAME --database ….")
        }
        var context = context
        context.admin = admin
        context.logger[metadataKey: "admin"] = .string(admin.name)
        return try await next(request, context)
    }
}

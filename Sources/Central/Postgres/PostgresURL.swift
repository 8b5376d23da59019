internal import Foundation

/// A `postgres://` URL taken apart: user, password, host and port or unix socket, database.
struct PostgresURL: CustomStringConvertible {
    var user: String
    var password: String?
    var host: String
    var port: Int
    var database: String
    /// The socket file, when `?host=/folder` names a folder (libpq's convention).
    var socket: String?

    init(_ url: String) throws {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw CentralStoreURL.invalid(url)
        }
        user = components.percentEncodedUser?.removingPercentEncoding ?? "postgres"
        password = components.percentEncodedPassword?.removingPercentEncoding
        port = components.port ?? 5432
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        if let folder = components.queryItems?.first(where: { $0.name == "host" })?.value, folder.hasPrefix("/") {
            socket = folder + "/.s.PGSQL.\(port)"
        }
        if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value, mode != "disable" {
            throw CentralStoreError(
                .invalidInput, "The centre connects to PostgreSQL without TLS (sslmode=\(mode) was asked for).",
                advice: "Run PostgreSQL on the centre's machine (loopback or a unix socket) and leave sslmode out.")
        }
    }

    var description: String {
        socket.map { "postgres://\(user)@\($0)/\(database)" } ?? "postgres://\(user)@\(host):\(port)/\(database)"
    }
}

internal import Foundation

/// Opens the store a `--database` argument names: `postgres://user@host:port/db`
/// (or `postgresql://`; a unix socket as `postgres://user@/db?host=/path/to/dir`) or
/// `sqlite:PATH`. Anything else is refused with the two forms it accepts. The caller runs
/// `migrate()`; the server and the CLI both open their store here.
public func openCentralStore(_ url: String) throws -> any CentralStore {
    if url.hasPrefix("sqlite:") {
        let path = String(url.dropFirst("sqlite:".count))
        guard !path.isEmpty else { throw CentralStoreURL.invalid(url) }
        return try SQLiteCentralStore(path: path)
    }
    if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
        return try PostgresCentralStore(url: url)
    }
    throw CentralStoreURL.invalid(url)
}

enum CentralStoreURL {
    static func invalid(_ url: String) -> CentralStoreError {
        CentralStoreError(
            .invalidInput, "The database \"\(url)\" is neither postgres://… nor sqlite:PATH.",
            advice: "Give --database postgres://USER@HOST:PORT/NAME or --database sqlite:/var/lib/quartermaster/central.sqlite.")
    }
}

/// How to reach a CUPS scheduler: the system's, or a private one started for tests.
///
/// A plain value so it can be read from configuration and handed to any task; every
/// operation opens its own connection, because libcups' default connection is per thread
/// and would silently point at a different server (or a closed socket) in async code.
public struct PrintServer: Hashable, Sendable, CustomStringConvertible {
    // MARK: Address

    /// Where the scheduler listens.
    public let address: Address

    /// Connect timeout for each operation.
    public var connectTimeout: Duration = .seconds(5)

    /// The longest a connected operation waits for the scheduler to take or send bytes
    /// (libcups `httpSetTimeout`). Without it a scheduler that accepts the connection and then
    /// hangs (stopped, swapping, a half-open TCP link) would hold a claimed job past the
    /// spooler's orphan grace, and another process would send a second copy.
    public var ioTimeout: Duration = .seconds(20)

    public init(address: Address) {
        self.address = address
    }

    /// A scheduler listening on a Unix domain socket, e.g. `/run/cups/cups.sock` or a
    /// test server's `DIR/cups.sock`.
    public init(socketPath: String) {
        self.init(address: .socket(path: socketPath))
    }

    /// A scheduler listening on TCP, e.g. `localhost:631`.
    public init(host: String, port: Int = 631) {
        self.init(address: .host(host, port: port))
    }

    /// The server named by `CUPS_SERVER` in `environment` (a socket path, `host` or
    /// `host:port`), else libcups' own default (client.conf, then the local socket).
    ///
    /// The environment is a parameter so configuration code and tests decide what it is.
    public init(environment: [String: String]) {
        if let value = environment["CUPS_SERVER"], let address = Address(cupsServer: value) {
            self.init(address: address)
        } else {
            self.init(address: .systemDefault)
        }
    }

    public var description: String { address.description }
}

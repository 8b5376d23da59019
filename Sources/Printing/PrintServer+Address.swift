internal import CCups

extension PrintServer {
    /// Where a CUPS scheduler listens.
    public enum Address: Hashable, Sendable, CustomStringConvertible {
        /// Whatever libcups would use: `CUPS_SERVER`, `~/.cups/client.conf`,
        /// `/etc/cups/client.conf`, else the local socket or localhost:631.
        case systemDefault
        /// A Unix domain socket path.
        case socket(path: String)
        /// A host name or address and a TCP port.
        case host(String, port: Int)

        // MARK: Parsing CUPS_SERVER

        /// Parses a `CUPS_SERVER` value: "/path/cups.sock", "host", "host:port",
        /// "[v6addr]:port", optionally followed by "/version=1.1" (which is ignored).
        /// Nil for an empty value.
        public init?(cupsServer value: String) {
            var value = Substring(value)
            if !value.hasPrefix("/"), let slash = value.firstIndex(of: "/") {
                value = value[..<slash]
            }
            guard !value.isEmpty else { return nil }
            if value.hasPrefix("/") {
                self = .socket(path: String(value))
                return
            }
            if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
                let host = value[value.index(after: value.startIndex)..<close]
                let rest = value[value.index(after: close)...]
                let port = rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil
                self = .host(String(host), port: port ?? 631)
                return
            }
            if let colon = value.lastIndex(of: ":"), value.firstIndex(of: ":") == colon,
                let port = Int(value[value.index(after: colon)...])
            {
                self = .host(String(value[..<colon]), port: port)
                return
            }
            self = .host(String(value), port: 631)
        }

        // MARK: Resolving

        /// The host (or socket path) and port to hand to `httpConnect2`.
        var hostAndPort: (host: String, port: Int) {
            switch self {
            case .systemDefault:
                let server = cupsServer().map { String(cString: $0) } ?? "localhost"
                return (server, Int(ippPort()))
            case let .socket(path):
                return (path, 0)
            case let .host(host, port):
                return (host, port)
            }
        }

        public var description: String {
            switch self {
            case .systemDefault:
                let (host, port) = hostAndPort
                return host.hasPrefix("/") ? host : "\(host):\(port)"
            case let .socket(path):
                return path
            case let .host(host, port):
                return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
            }
        }
    }
}

internal import Dispatch
internal import Glibc
internal import Synchronization

/// A minimal HTTP/1.0 responder for Prometheus' scrapes: every request gets the current text
/// exposition and the connection is closed. It listens on a local address only (station.yaml's
/// `metrics_listen`), accepts on a dispatch source (no thread, no polling while idle), and
/// reads at most one request head per connection, so a slow or hostile client costs little.
final class MetricsServer: Sendable {
    private let listener: Int32
    private let queue = DispatchQueue(label: "quartermaster.metrics")
    private let source = Mutex<(any DispatchSourceRead)?>(nil)
    private let body: @Sendable () -> [UInt8]
    /// The port actually bound (the one asked for, or the kernel's choice for port 0).
    let port: UInt16

    init(address: MetricsAddress, body: @escaping @Sendable () -> [UInt8]) throws(StationRuntimeError) {
        self.body = body
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard descriptor >= 0 else { throw StationRuntimeError("Cannot open a socket for metrics: \(String(cString: strerror(errno))).") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = address.port.bigEndian
        inet_pton(AF_INET, address.host, &socketAddress.sin_addr)
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw StationRuntimeError("Cannot serve metrics on \(address): \(reason). Choose another metrics_listen in station.yaml, or off.")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: actual.sin_port)
        listener = descriptor
    }

    func start() {
        source.withLock { source in
            let watcher = DispatchSource.makeReadSource(fileDescriptor: listener, queue: queue)
            watcher.setEventHandler { [self] in acceptAll() }
            watcher.setCancelHandler { [listener] in close(listener) }
            watcher.resume()
            source = watcher
        }
    }

    func stop() {
        let source = self.source.withLock { source in
            defer { source = nil }
            return source
        }
        source?.cancel()
    }

    private func acceptAll() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            respond(client)
        }
    }

    /// Reads the request head (up to 4 KiB, 2 s), answers, closes.
    private func respond(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while head.count < 4096, !Self.endsHead(head) {
            let count = buffer.withUnsafeMutableBytes { read(client, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            head += buffer[..<count]
        }
        let isGet = head.starts(with: Array("GET ".utf8))
        let content = isGet ? body() : Array("Only GET /metrics is served here.\n".utf8)
        let status = isGet ? "200 OK" : "405 Method Not Allowed"
        let type = isGet ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8"
        let response = Array("HTTP/1.0 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(content.count)\r\nConnection: close\r\n\r\n".utf8) + content
        var offset = 0
        while offset < response.count {
            let written = response.withUnsafeBytes { send(client, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    private static func endsHead(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && Array(bytes.suffix(4)) == [13, 10, 13, 10] || bytes.count >= 2 && Array(bytes.suffix(2)) == [10, 10]
    }
}

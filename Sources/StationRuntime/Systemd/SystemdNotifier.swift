internal import Glibc

/// Tells systemd how the station is doing (`Type=notify`): READY=1 once the kiosk is on
/// screen and the scanners are open, WATCHDOG=1 while it is alive, STOPPING=1 on the way out.
///
/// The protocol is a datagram to the unix socket named in `NOTIFY_SOCKET` (a path, or an
/// abstract name written `@name`); a handful of lines, so no libsystemd. Without the variable
/// (a laptop, a test) every call does nothing.
public struct SystemdNotifier: Sendable {
    /// The socket's name as systemd gave it; nil when not run by systemd.
    public let socketName: String?
    /// Half of `WATCHDOG_USEC` (systemd's advice), when the watchdog is on for this process.
    public let watchdogInterval: Duration?

    public init(environment: [String: String]) {
        let name = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        socketName = name
        var interval: Duration?
        if name != nil, let text = environment["WATCHDOG_USEC"], let microseconds = Int64(text), microseconds > 0,
           environment["WATCHDOG_PID"].flatMap(Int32.init).map({ $0 == getpid() }) ?? true {
            interval = .microseconds(microseconds / 2)
        }
        watchdogInterval = interval
    }

    /// Sends one state (`READY=1`, `WATCHDOG=1`, `STOPPING=1`, `STATUS=…`); true when sent.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        guard let socketName else { return false }
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var path = Array(socketName.utf8)
        if path.first == UInt8(ascii: "@") { path[0] = 0 }  // abstract namespace
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.count < capacity || (path.first == 0 && path.count <= capacity) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: path)
        }
        // Abstract names are exactly as long as given; paths end at their NUL.
        let length = MemoryLayout<sa_family_t>.size + path.count + (path.first == 0 ? 0 : 1)
        let message = Array(state.utf8)
        let sent = message.withUnsafeBytes { bytes in
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    sendto(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL), socketAddress, socklen_t(length))
                }
            }
        }
        return sent == message.count
    }
}

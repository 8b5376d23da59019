import Foundation
import Synchronization

/// A pretend network label printer on 127.0.0.1 (a Zebra on port 9100): keeps every byte
/// and counts the connections that delivered any, one per printed job.
final class PrintRawListener: Sendable {
    let port: Int
    private let socket: Int32
    private let received = Mutex<[UInt8]>([])
    private let connections = Mutex(0)

    var bytes: [UInt8] { received.withLock { $0 } }
    var deliveries: Int { connections.withLock { $0 } }

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Harness.MissingTool(name: "a TCP socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(fd, address, length) == 0 && listen(fd, 4) == 0 && getsockname(fd, address, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw Harness.MissingTool(name: "a listening socket on 127.0.0.1")
        }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        Glibc.close(socket)
    }

    /// Waits (up to `timeout` seconds) until `count` jobs arrived.
    func waitForDeliveries(_ count: Int, timeout: TimeInterval = 10) {
        let deadline = Date().addingTimeInterval(timeout)
        while deliveries < count, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            var delivered = false
            while true {
                let count = read(connection, &buffer, buffer.count)
                guard count > 0 else { break }
                received.withLock { $0.append(contentsOf: buffer[..<count]) }
                delivered = true
            }
            if delivered { connections.withLock { $0 += 1 } }
            Glibc.close(connection)
        }
    }
}

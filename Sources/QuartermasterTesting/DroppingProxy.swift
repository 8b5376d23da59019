import Foundation
import Synchronization

/// A TCP proxy on 127.0.0.1 between the station and the centre that can cut the link in the
/// middle of an answer: the centre has done the work and begun to answer, and the station
/// hears only part of it (a cable pulled, a Wi-Fi handover); or in the middle of a request,
/// when the centre gets part of a batch and must store none of it.
///
/// It follows the exchanges on every connection (HTTP/1.1 without pipelining: a request,
/// then its answer, so the first bytes of one direction after the other's begin a new request
/// or answer) and numbers them, which lets a test cut a chosen answer part-way and wait for
/// the Nth request to reach the centre. Numbering exchanges, not bytes per connection, is
/// what makes it work with an HTTP client's pool: the connection a station's next pass uses
/// was usually opened before the cut was armed, and small answers arrive in one read.
///
/// With several upstreams, connections go to them in turn (the first to the first): several
/// centre processes behind one address.
public final class DroppingProxy: Sendable {
    /// The port stations connect to.
    public let port: Int
    private let upstreamPorts: [Int]
    private let listener: Int32
    private let state = Mutex(State())

    private struct State {
        /// Requests and answers numbered so far (an exchange is numbered when its first
        /// bytes arrive) and those whose first bytes have been passed on.
        var requestsBegun = 0, answersBegun = 0
        var requestsPassed = 0, answersPassed = 0
        /// The request or answer to cut (its number) and how many of its bytes pass first.
        var cut: (direction: Direction, number: Int, after: Int)?
        var cuts = 0
    }

    private enum Direction { case request, answer }

    /// The direction a connection's bytes last went, shared by its two relaying threads.
    private final class Turns: Sendable {
        private let last = Mutex<Direction?>(nil)

        /// Records bytes going `direction`; whether they begin a new request or answer.
        func turn(to direction: Direction) -> Bool {
            last.withLock { previous in
                defer { previous = direction }
                return previous != direction
            }
        }
    }

    /// Connections cut so far.
    public var cuts: Int { state.withLock { $0.cuts } }

    /// Requests whose first bytes have reached the centre so far, over every connection.
    public var requests: Int { state.withLock { $0.requestsPassed } }

    /// Answers whose first bytes have reached the station so far.
    public var answers: Int { state.withLock { $0.answersPassed } }

    public convenience init(upstreamPort: Int) throws {
        try self.init(upstreamPorts: [upstreamPort])
    }

    public init(upstreamPorts: [Int]) throws {
        precondition(!upstreamPorts.isEmpty, "a proxy needs somewhere to send")
        self.upstreamPorts = upstreamPorts
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ListenerError("socket: \(String(cString: strerror(errno)))") }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(fd, address, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, address, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw ListenerError("cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Cuts the `number`th answer from now (1: the next one) after `bytes` of its bytes have
    /// passed (0: before any): both connections are shut down there. Once: later answers pass
    /// whole until the next call.
    public func cutAnswer(_ number: Int = 1, after bytes: Int) {
        state.withLock { $0.cut = (.answer, $0.answersBegun + number, bytes) }
    }

    /// Cuts the `number`th request from now (1: the next one) after `bytes` of its bytes have
    /// reached the centre, the same way.
    public func cutRequest(_ number: Int = 1, after bytes: Int) {
        state.withLock { $0.cut = (.request, $0.requestsBegun + number, bytes) }
    }

    /// Passes every request and answer whole again.
    public func stopCutting() {
        state.withLock { $0.cut = nil }
    }

    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    // MARK: Relaying

    private func acceptLoop() {
        var accepted = 0
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let upstream = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: upstreamPorts[accepted % upstreamPorts.count])
            accepted += 1
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            guard connected else {
                Glibc.close(upstream)
                Glibc.close(client)
                continue
            }
            // Each descriptor is closed once, after both directions have stopped using it;
            // `turns` follows the exchanges on it.
            let running = Mutex(2)
            let turns = Turns()
            let finish: @Sendable () -> Void = {
                if running.withLock({ $0 -= 1; return $0 }) == 0 {
                    Glibc.close(client)
                    Glibc.close(upstream)
                }
            }
            Thread.detachNewThread { [self] in
                relay(from: client, to: upstream, .request, turns)
                finish()
            }
            Thread.detachNewThread { [self] in
                relay(from: upstream, to: client, .answer, turns)
                finish()
            }
        }
    }

    /// Copies bytes until either side closes, or until the armed cut falls inside the request
    /// or answer being passed: the bytes before it pass, then both connections are shut down (the other
    /// direction's thread then ends too).
    private func relay(from source: Int32, to destination: Int32, _ direction: Direction, _ turns: Turns) {
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        var exchange = 0, into = 0
        defer {
            shutdown(source, Int32(SHUT_RDWR))
            shutdown(destination, Int32(SHUT_RDWR))
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            let turned = turns.turn(to: direction)
            var allowed = count
            state.withLock { state in
                if turned {
                    into = 0
                    switch direction {
                    case .request: state.requestsBegun += 1; exchange = state.requestsBegun
                    case .answer: state.answersBegun += 1; exchange = state.answersBegun
                    }
                }
                if let cut = state.cut, cut.direction == direction, cut.number == exchange {
                    allowed = min(count, max(0, cut.after - into))
                }
            }
            var sent = 0
            while sent < allowed {
                let wrote = buffer.withUnsafeBytes { write(destination, $0.baseAddress! + sent, allowed - sent) }
                guard wrote > 0 else { return }
                sent += wrote
            }
            let first = into == 0 && allowed > 0
            into += allowed
            state.withLock { state in
                if first {
                    switch direction {
                    case .request: state.requestsPassed += 1
                    case .answer: state.answersPassed += 1
                    }
                }
                if allowed < count { state.cuts += 1 }
            }
            if allowed < count { return }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

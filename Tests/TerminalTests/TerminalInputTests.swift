import Glibc
import Terminal
import Testing

/// Keys typed on a pseudo-terminal reach the kiosk through `TerminalInput`, with the Escape
/// key released after the silence and size changes announced.
@Suite("TerminalInput")
struct TerminalInputTests {
    @Test("keys typed on the terminal arrive decoded")
    func keys() async throws {
        let pty = try PseudoTerminal()
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux"])
        let input = TerminalInput(device: device)
        defer { input.stop() }

        pty.type(Array("a张\r\u{1B}[[A\u{1B}[A\u{3}".utf8))
        let keys = await collect(input.keys, count: 6)
        #expect(keys == [.character("a"), .character("张"), .enter, .function(1), .up, .control("c")])
    }

    @Test("a lone Escape arrives after the silence, a sequence at once")
    func escapeAfterSilence() async throws {
        let pty = try PseudoTerminal()
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux"])
        let input = TerminalInput(device: device, escapeTimeout: .milliseconds(50))
        defer { input.stop() }

        let clock = ContinuousClock()
        let start = clock.now
        pty.type([0x1B])
        #expect(await collect(input.keys, count: 1) == [.escape])
        #expect(clock.now - start >= .milliseconds(45))

        pty.type(Array("\u{1B}[B".utf8))
        #expect(await collect(input.keys, count: 1) == [.down])
    }

    @Test("the key stream ends when the input reaches its end")
    func endOfInput() async throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let input = TerminalInput(descriptor: ends[0])
        _ = Array("ok".utf8).withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        // Collecting more than will come returns once the stream finishes.
        #expect(await collect(input.keys, count: 10) == [.character("o"), .character("k")])
    }

    @Test("stop() finishes both streams")
    func stop() async throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let input = TerminalInput(descriptor: ends[0])
        input.stop()
        // Nothing is ever written: only the streams' ending can bring these back early.
        #expect(await finishes(input.keys, within: .seconds(3)) == 0, "stop() must end the key stream")
        #expect(await finishes(input.resizes, within: .seconds(3)) == 0, "stop() must end the resize stream")
    }

    @Test("SIGWINCH announces a resize")
    func resize() async throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let input = TerminalInput(descriptor: ends[0])
        defer { input.stop() }
        // The signal source is armed on the input's queue: keep signalling until noticed
        // (a signal sent before arming is lost, as on a real terminal).
        let sender = Task {
            while !Task.isCancelled {
                kill(getpid(), SIGWINCH)
                try? await Task.sleep(for: .milliseconds(20))
            }
        }
        let resizes: [Void] = await collect(input.resizes, count: 1)
        sender.cancel()
        #expect(resizes.count == 1)
    }

    @Test("a second input still hears resizes after the first was stopped")
    func secondInputResize() async throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        for _ in 0..<2 {
            let input = TerminalInput(descriptor: ends[0])
            let sender = Task {
                while !Task.isCancelled {
                    kill(getpid(), SIGWINCH)
                    try? await Task.sleep(for: .milliseconds(20))
                }
            }
            let resizes: [Void] = await collect(input.resizes, count: 1)
            sender.cancel()
            input.stop()
            #expect(resizes.count == 1)
        }
    }
}

/// The first `count` elements of `stream`, fewer if it finishes or `timeout` passes first.
func collect<Element: Sendable>(
    _ stream: AsyncStream<Element>, count: Int, timeout: Duration = .seconds(5)
) async -> [Element] {
    await withTaskGroup(of: [Element]?.self) { group in
        group.addTask {
            var result: [Element] = []
            for await element in stream {
                result.append(element)
                if result.count == count { break }
            }
            return result
        }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first ?? []
    }
}

/// How many elements `stream` gave before it finished, if it finishes within `timeout`; nil when
/// it is still open then. Unlike `collect`, this tells an ended stream from a silent one.
func finishes<Element: Sendable>(_ stream: AsyncStream<Element>, within timeout: Duration) async -> Int? {
    await withTaskGroup(of: Int?.self) { group in
        group.addTask {
            var count = 0
            for await _ in stream { count += 1 }
            return count
        }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first
    }
}

import Foundation
import Printing
import QuartermasterCore
import Station
import Storage
import Sync
import Terminal

/// The kiosk on a real terminal: keys, resizes, ticks and termination signals in one loop,
/// the screen redrawn from the router after each.
struct KioskSession {
    var engine: StationKioskEngine
    var options: StationOptions
    /// The print worker's last report, shown under the status line while slips wait.
    var printStatus: (@Sendable () -> PrintSpoolerStatus)?
    /// Asks the print worker for a pass now, after follow-ups that may have queued a job (a
    /// visitor's badge), instead of at its next one-second round (BENCHMARKS.md, Reception).
    var printNow: (@Sendable () -> Void)?
    /// The sync client's state (when the station is enrolled), shown beside the print line.
    var syncStatus: (@Sendable () -> SyncStatus)?
    /// What the scanners read directly report (a replayed recording, or the evdev hub): complete
    /// scans, each handed to the engine as one, and scanners coming and going.
    var scans: AsyncStream<ScannerFeed>?

    private enum Happening {
        case key(Key)
        case resized
        case scanner(ScannerFeed)
        case tick
        case quit
    }

    func run() async throws {
        var engine = self.engine
        let device: TerminalDevice
        do {
            device = try TerminalDevice()
        } catch {
            throw CommandFailure("The kiosk needs a terminal: \(error). To run scans without one, use --script FILE.")
        }
        defer { device.restore() }
        let input = TerminalInput(device: device)
        let view = KioskView(language: options.resolvedLanguage, station: engine.router.station, timeZone: .current)

        let (happenings, sink) = AsyncStream.makeStream(of: Happening.self)
        let keys = Task {
            for await key in input.keys { sink.yield(.key(key)) }
            sink.yield(.quit)  // the terminal went away
        }
        let resizes = Task { for await _ in input.resizes { sink.yield(.resized) } }
        let scanned = Task { [scans] in
            guard let scans else { return }
            for await feed in scans { sink.yield(.scanner(feed)) }
        }
        let ticks = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                sink.yield(.tick)
            }
        }
        let signals = [SIGTERM, SIGHUP, SIGINT].map { number in
            // Dispatch needs the default action ignored; setting SIG_IGN again after dispatch
            // installed its handler would silently drop the signal, so only replace the default.
            var current = sigaction()
            if sigaction(number, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil {
                signal(number, SIG_IGN)
            }
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { sink.yield(.quit) }
            source.resume()
            return source
        }
        defer {
            signals.forEach { $0.cancel() }
            keys.cancel()
            resizes.cancel()
            scanned.cancel()
            ticks.cancel()
            input.stop()
        }

        var renderer = ScreenRenderer()
        func draw() {
            let size = device.size()
            var rows = view.render(engine.router, input: engine.line.text, now: Date(), columns: size.columns, rows: size.rows)
            let printLine = printStatus.flatMap { PrintWorkerStatusLine($0(), language: options.resolvedLanguage) }
            let syncLine = syncStatus.flatMap { SyncStatusLine($0(), language: options.resolvedLanguage, now: Date()) }
            let lines = [printLine.map { ($0.text, $0.isProblem) }, syncLine.map { ($0.text, $0.isProblem) }].compactMap { $0 }
            if !lines.isEmpty, rows.count > 1 {
                let text = lines.map(\.0).joined(separator: " ·")
                rows[1] = ViewRow(DisplayWidth.truncate(text, to: size.columns), lines.contains { $0.1 } ? .warning : .dim)
            }
            let frame = Self.frame(rows, input: engine.line.text)
            try? device.write(renderer.render(frame, size: size))
        }
        draw()
        for await happening in happenings {
            var bell = false
            switch happening {
            case .quit:
                return
            case .resized:
                renderer.invalidate()
            case .tick:
                bell = engine.tick(Date())
            case .scanner(let feed):
                bell = engine.take(feed, at: Date())
            case .key(let key):
                // Ctrl+C quits for staff; a visitor's screen is never left to a shell.
                if key == .control("c"), !engine.router.isVisitorScreen { return }
                guard let kioskInput = Self.input(for: key, router: engine.router) else { continue }
                bell = engine.handle(kioskInput, at: Date())
            }
            draw()
            if !engine.followUps.isEmpty {
                // The person has the answer on screen; now the slip (already owed in the store).
                bell = engine.performFollowUps(at: Date()) || bell
                printNow?()
                draw()
            }
            if bell { try? device.bell() }
        }
    }

    /// Keys as the kiosk understands them; nil for keys it ignores. Function keys for modes
    /// come from the router's jobs, each of which declares its own.
    static func input(for key: Key, router: KioskRouter) -> KioskInput? {
        switch key {
        case .character(let character): return .character(character)
        case .enter, .tab: return .enter
        case .backspace, .delete: return .backspace
        case .escape: return .command(.cancel)
        case .function(4), .control("z"), .control("Z"): return .command(.undo)
        case .function(5): return .command(.accept)
        case .function(10): return .command(.signOut)
        case .function(let number): return router.mode(forFunctionKey: number).map { .command(.switchMode($0)) }
        default: return nil
        }
    }

    /// The view's rows in the terminal's styles; the cursor sits after the typed text.
    static func frame(_ rows: [ViewRow], input: String) -> ScreenFrame {
        var cursor: ScreenPosition?
        let styled = rows.enumerated().map { index, row in
            row.segments.map { segment -> ScreenSegment in
                if segment.style == .input, segment.text != "> " {
                    cursor = ScreenPosition(row: index, column: 2 + DisplayWidth.of(segment.text))
                }
                return ScreenSegment(segment.text, style: style(segment.style))
            }
        }
        return ScreenFrame(rows: styled, cursor: cursor ?? rows.firstIndex { $0.segments.first?.style == .input }.map { ScreenPosition(row: $0, column: 2) })
    }

    static func style(_ style: ViewStyle) -> ScreenStyle {
        switch style {
        case .plain: return .plain
        case .status: return .reverse
        case .heading: return .bold
        case .dim: return ScreenStyle(foreground: .cyan)
        case .success: return ScreenStyle(isBold: true, foreground: .green)
        case .warning: return ScreenStyle(isBold: true, foreground: .yellow)
        case .error: return ScreenStyle(isBold: true, foreground: .red)
        case .input: return .bold
        }
    }
}

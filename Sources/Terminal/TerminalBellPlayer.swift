internal import Foundation
public import QuartermasterCore
internal import Synchronization

/// Plays cues on a terminal without holding up the kiosk: the beeps of one cue are spaced in
/// time (a console beep restarted at once is heard as one), so they are written from a thread
/// of their own while the kiosk goes on reading scans. A thread, not a task: the kiosk's
/// durable commits block a cooperative thread, and a bell must not wait for them.
///
/// A new cue cuts short one still ringing: the auditor hears the latest scan, not a queue of
/// old ones. After `finish()` nothing more is written, and the bell is put back as found.
public final class TerminalBellPlayer: Sendable {
    public let bell: TerminalBell
    private let device: TerminalDevice
    private let state = Mutex(State())

    private struct State {
        /// Which `play` call may still ring; an older one's thread stops at its next stroke.
        var generation = 0
        var finished = false
    }

    /// Plays on `device`, as the terminal type it was opened with (`TERM`) sounds.
    public convenience init(device: TerminalDevice) {
        self.init(device: device, bell: TerminalBell(term: device.term))
    }

    public init(device: TerminalDevice, bell: TerminalBell) {
        self.device = device
        self.bell = bell
    }

    /// Starts playing `cue`, stopping the one before it; returns at once.
    public func play(_ cue: KioskCue) {
        let strokes = bell.strokes(for: cue)
        let generation: Int? = state.withLock { state in
            guard !state.finished else { return nil }
            state.generation += 1
            return state.generation
        }
        guard let generation else { return }
        Thread.detachNewThread { [self] in
            for stroke in strokes {
                guard ring(stroke.bytes, generation: generation) else { return }
                let (seconds, attoseconds) = stroke.pause.components
                Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
            }
        }
    }

    /// Writes one stroke unless a newer cue or `finish()` came first; false then.
    private func ring(_ bytes: [UInt8], generation: Int) -> Bool {
        state.withLock { state in
            guard !state.finished, state.generation == generation else { return false }
            try? device.write(bytes)
            return true
        }
    }

    /// Stops any cue and puts the terminal's bell back (the console's default pitch and
    /// length); call before restoring the terminal. Later `play` calls do nothing.
    public func finish() {
        state.withLock { state in
            guard !state.finished else { return }
            state.finished = true
            let restoring = bell.restoring
            if !restoring.isEmpty { try? device.write(restoring) }
        }
    }
}

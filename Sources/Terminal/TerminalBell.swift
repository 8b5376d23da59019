public import QuartermasterCore

/// How the kiosk's cues sound on one kind of terminal.
///
/// The Linux console beeps through the PC speaker and lets a program set the pitch and length
/// of its bell (`ESC [ 10 ; Hz ]`, `ESC [ 11 ; ms ]`, console_codes(4)), so each cue there is
/// its own tune. Emulators and serial terminals have one bell sound and would print those
/// sequences as garbage, so there a cue is a number of plain BELs, spaced wider than xterm's
/// 200 ms `bellSuppressTime` so none is swallowed.
public enum TerminalBell: Sendable, Hashable {
    /// The Linux console (`TERM=linux`): pitch, length and number of beeps per cue.
    case linuxConsole
    /// Any other terminal: plain BELs, told apart by how many.
    case plain

    /// The bell for a terminal of type `term`: only the Linux console gets its private sequences.
    public init(term: String?) {
        self = term == "linux" || term?.hasPrefix("linux-") == true ? .linuxConsole : .plain
    }

    /// One ring: the bytes to write, then how long to wait before the next ring may start.
    public struct Stroke: Sendable, Hashable {
        public var bytes: [UInt8]
        public var pause: Duration

        public init(bytes: [UInt8], pause: Duration) {
            self.bytes = bytes
            self.pause = pause
        }
    }

    /// One beep on the console's speaker.
    struct Beep: Sendable, Hashable {
        var hertz: Int
        var milliseconds: Int
    }

    /// The console's tune for each cue: found is one short high beep, moved two medium, surplus
    /// three low, a duplicate one short low, a disposed asset one long low; a refusal is the
    /// console's default bell, as it was before cues (nil: reset to the default and ring).
    static func tune(_ cue: KioskCue) -> (beep: Beep?, count: Int) {
        switch cue {
        case .attention: (nil, 1)
        case .accepted: (Beep(hertz: 1760, milliseconds: 60), 1)
        case .moved: (Beep(hertz: 988, milliseconds: 150), 2)
        case .surplus: (Beep(hertz: 523, milliseconds: 150), 3)
        case .duplicate: (Beep(hertz: 392, milliseconds: 50), 1)
        case .flagged: (Beep(hertz: 262, milliseconds: 700), 1)
        }
    }

    /// How many BELs each cue is on a plain terminal, in the order the issue lists the classes;
    /// a refusal stays the one BEL every job rang before cues.
    static func rings(_ cue: KioskCue) -> Int {
        switch cue {
        case .attention, .accepted: 1
        case .moved: 2
        case .surplus: 3
        case .duplicate: 4
        case .flagged: 5
        }
    }

    /// Silence between beeps of one cue, so they are heard as separate beeps.
    static let gap = Duration.milliseconds(120)
    /// Between plain BELs: wider than xterm's bell suppression (200 ms).
    static let plainSpacing = Duration.milliseconds(250)

    /// The rings that play `cue`, in order.
    public func strokes(for cue: KioskCue) -> [Stroke] {
        switch self {
        case .plain:
            return Array(repeating: Stroke(bytes: ControlSequence.bell, pause: Self.plainSpacing), count: Self.rings(cue))
        case .linuxConsole:
            let (beep, count) = Self.tune(cue)
            guard let beep else {
                return [Stroke(bytes: ControlSequence.defaultBell + ControlSequence.bell, pause: Self.gap + .milliseconds(125))]
            }
            let bytes = ControlSequence.bellPitch(beep.hertz) + ControlSequence.bellDuration(beep.milliseconds) + ControlSequence.bell
            return Array(repeating: Stroke(bytes: bytes, pause: .milliseconds(beep.milliseconds) + Self.gap), count: count)
        }
    }

    /// What puts the terminal's bell back as the kiosk found it, sent when the kiosk exits:
    /// the console's default pitch and length; nothing on a plain terminal.
    public var restoring: [UInt8] {
        switch self {
        case .linuxConsole: ControlSequence.defaultBell
        case .plain: []
        }
    }
}

import Foundation
import QuartermasterCore
import Terminal
import Testing

/// How each cue sounds: the exact bytes on the Linux console (its private pitch and length
/// sequences, console_codes(4)) and on any other terminal (plain BELs only), and the player
/// writing them to a real pseudo-terminal, spaced, cut short by a newer cue, and the console's
/// default bell put back at the end.
@Suite("TerminalBell")
struct TerminalBellTests {
    static let bel = "\u{07}"

    /// The console's sequences for one beep: pitch, length, BEL.
    static func beep(_ hertz: Int, _ milliseconds: Int) -> String { "\u{1B}[10;\(hertz)]\u{1B}[11;\(milliseconds)]" + bel }

    static func played(_ bell: TerminalBell, _ cue: KioskCue) -> [String] {
        bell.strokes(for: cue).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test("on the Linux console each cue is its own tune", arguments: [
        (KioskCue.accepted, [beep(1760, 60)]),
        (.moved, [beep(988, 150), beep(988, 150)]),
        (.surplus, [beep(523, 150), beep(523, 150), beep(523, 150)]),
        (.duplicate, [beep(392, 50)]),
        (.flagged, [beep(262, 700)]),
        (.attention, ["\u{1B}[10]\u{1B}[11]" + bel]),
    ])
    func linuxConsole(_ cue: KioskCue, _ expected: [String]) {
        #expect(Self.played(.linuxConsole, cue) == expected)
    }

    @Test("elsewhere a cue is a number of plain BELs and nothing else", arguments: [
        (KioskCue.accepted, 1), (.moved, 2), (.surplus, 3), (.duplicate, 4), (.flagged, 5), (.attention, 1),
    ])
    func plainTerminal(_ cue: KioskCue, _ rings: Int) {
        #expect(Self.played(.plain, cue) == Array(repeating: Self.bel, count: rings))
        #expect(TerminalBell.plain.strokes(for: cue).allSatisfy { $0.pause > .milliseconds(200) }, "wider than xterm's bell suppression")
    }

    @Test("only TERM=linux gets the console's sequences")
    func chosenByTerm() {
        #expect(TerminalBell(term: "linux") == .linuxConsole)
        #expect(TerminalBell(term: "linux-16color") == .linuxConsole)
        for term in ["xterm-256color", "tmux-256color", "screen", "vt220", "dumb", ""] { #expect(TerminalBell(term: term) == .plain, "\(term)") }
        #expect(TerminalBell(term: nil) == .plain)
        #expect(TerminalBell.plain.restoring.isEmpty)
        #expect(String(decoding: TerminalBell.linuxConsole.restoring, as: UTF8.self) == "\u{1B}[10]\u{1B}[11]")
    }

    @Test("a count's five classes sound different on either terminal")
    func countClassesAreDistinct() {
        let count: [KioskCue] = [.accepted, .moved, .surplus, .duplicate, .flagged]
        for bell in [TerminalBell.linuxConsole, .plain] {
            #expect(Set(count.map { Self.played(bell, $0) }).count == count.count, "\(bell)")
        }
        #expect(Self.played(.linuxConsole, .attention) != Self.played(.linuxConsole, .accepted), "on the console a refusal is not a found")
    }

    // MARK: Playing on a real terminal

    /// Reads from the pty until `count` BELs have arrived (or 5 s passed).
    static func read(bels count: Int, from pty: PseudoTerminal) -> [UInt8] {
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(5)
        while received.filter({ $0 == 0x07 }).count < count, Date() < deadline { received += pty.drain(quiet: 50) }
        return received
    }

    @Test("the player writes a cue's beeps spaced in time, then puts the console's bell back")
    func playsOnTheConsole() throws {
        let pty = try PseudoTerminal()
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux"])
        _ = pty.drain()
        let player = TerminalBellPlayer(device: device)
        #expect(player.bell == .linuxConsole)
        let start = Date()
        player.play(.surplus)
        let received = Self.read(bels: 3, from: pty)
        let elapsed = Date().timeIntervalSince(start)
        #expect(String(decoding: received, as: UTF8.self) == String(repeating: Self.beep(523, 150), count: 3))
        #expect(elapsed >= 0.5, "three beeps of 150 ms with gaps cannot all arrive at once (\(elapsed) s)")
        player.finish()
        #expect(String(decoding: pty.drain(), as: UTF8.self) == "\u{1B}[10]\u{1B}[11]")
        player.play(.accepted)
        #expect(pty.drain(quiet: 300).isEmpty, "nothing rings after finish()")
    }

    @Test("a new cue cuts short the one still ringing")
    func newerCueWins() throws {
        let pty = try PseudoTerminal()
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "xterm-256color"])
        _ = pty.drain()
        let player = TerminalBellPlayer(device: device)
        #expect(player.bell == .plain)
        player.play(.flagged)  // five BELs, 250 ms apart
        #expect(Self.read(bels: 1, from: pty) == [0x07])
        player.play(.accepted)
        let rest = pty.drain(quiet: 600)
        #expect(rest == [0x07], "the flagged cue stopped; the found cue's one BEL rang")
        player.finish()
        #expect(pty.drain(quiet: 300).isEmpty, "a plain terminal's bell needs no restoring")
    }
}

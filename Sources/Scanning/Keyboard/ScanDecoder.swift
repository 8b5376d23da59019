/// Turns one scanner's key events into scans: a pure state machine fed `InputEvent`s (from a
/// device, a raw capture or a recording) that returns a `DecodedScan` when one is complete.
///
/// Time comes only from the events, so a replay decodes exactly as the device did. The xkb
/// state lives in a small owned class (`KeyboardState`); everything else is value state here.
/// What it handles, and why:
/// - the layout the scanner is set to emit (per scanner), Shift, AltGr and dead keys;
/// - CapsLock: locks are reset at the end of every scan (NumLock on, CapsLock off), so a
///   CapsLock one scan toggled does not invert the next;
/// - Alt + keypad decimal codes (scanners' "keypad emulation"), 029 giving GS;
/// - Ctrl+] as GS on every layout (the key at the US `]` position, as scanner firmware sends
///   it), and other Ctrl+letter control characters as xkb produces them;
/// - terminators (Enter, Tab) or an inter-key timeout;
/// - the 4 KiB limit (the rest cut off, the scan refused) and invalid UTF-8 (flagged);
/// - `SYN_DROPPED`: the partial scan is dropped and reported, events skipped until the next
///   `SYN_REPORT`, as the kernel's protocol says.
///
/// Not `Sendable` and copies share the xkb state: one decoder per scanner, owned by the task
/// that reads that scanner.
public struct ScanDecoder {
    // MARK: Set-up

    /// The scanner's id, put on every scan.
    public let device: String
    public let configuration: ScanDecoderConfiguration
    private let keys: KeyboardState

    // MARK: State

    private var bytes: [UInt8] = []
    private var overflowed = false
    private var held: [Int] = []
    private var lastKeyTime: Duration?
    private var altCode: AltKeypadCode?
    private var deadKey: UInt32 = 0
    private var skippingUntilReport = false

    // MARK: Key codes (evdev, layout-free)

    private static let enter = 28, keypadEnter = 96, tab = 15, rightBrace = 27

    /// A decoder for a scanner that types with `layout`.
    public init(layout: KeyboardLayout, device: String, configuration: ScanDecoderConfiguration = .init())
        throws(KeyboardLayoutError)
    {
        self.device = device
        self.configuration = configuration
        self.keys = try KeyboardState(layout: layout)
        keys.resetLocks(numLock: configuration.numLock)
    }

    /// Whether part of a scan has arrived and is waiting for its end.
    public var hasPartialScan: Bool { !bytes.isEmpty || overflowed || altCode != nil || deadKey != 0 }

    // MARK: Events

    /// Feeds one event; returns the scan it completed, if any (including a dropped partial scan
    /// with `.interrupted`, so the caller can say so).
    public mutating func handle(_ event: InputEvent) -> DecodedScan? {
        if event.type == .synchronization {
            if event.code == InputEvent.synDropped {
                let dropped = dropPartialScan(at: event.time)
                skippingUntilReport = true
                held.removeAll()
                keys.resetLocks(numLock: configuration.numLock)
                return dropped
            }
            if event.code == InputEvent.synReport { skippingUntilReport = false }
            return nil
        }
        guard event.type == .key, !skippingUntilReport else { return nil }
        switch event.value {
        case 1:
            var ended: DecodedScan?
            if let timeout = configuration.interKeyTimeout, let last = lastKeyTime, event.time - last > timeout,
                hasPartialScan
            {
                ended = complete(.timeout, at: last)
            }
            let scan = press(event.code, at: event.time)
            return ended ?? scan
        case 0:
            release(event.code, at: event.time)
            return nil
        default:
            return nil  // autorepeat: a scanner never means it
        }
    }

    /// Feeds an event libevdev synthesised while resynchronising after `SYN_DROPPED`: it
    /// updates which keys are held, and types nothing.
    public mutating func resynchronise(_ event: InputEvent) {
        guard event.type == .key else { return }
        if event.value == 1 {
            held.append(event.code)
            keys.pressSilently(evdevKeyCode: event.code)
        } else if event.value == 0 {
            held.removeAll { $0 == event.code }
            keys.release(evdevKeyCode: event.code)
        }
    }

    /// Ends a scan by timeout when no key came for longer than the inter-key timeout; the
    /// reader calls it when its wait for events times out.
    public mutating func timeout(at now: Duration) -> DecodedScan? {
        guard let timeout = configuration.interKeyTimeout, let last = lastKeyTime, now - last > timeout,
            hasPartialScan
        else { return nil }
        return complete(.timeout, at: last)
    }

    /// The input ended (recording or pipe): a partial scan ends by timeout if the scanner is
    /// set up for timeouts, else it is returned flagged `.unterminated`.
    public mutating func finish(at now: Duration) -> DecodedScan? {
        guard hasPartialScan else { return nil }
        if configuration.interKeyTimeout != nil { return complete(.timeout, at: lastKeyTime ?? now) }
        return complete(.endOfInput, at: now, problem: .unterminated)
    }

    /// The device vanished: the partial scan is dropped and returned flagged `.interrupted`.
    public mutating func interrupt(at now: Duration) -> DecodedScan? {
        let dropped = dropPartialScan(at: now)
        held.removeAll()
        keys.resetLocks(numLock: configuration.numLock)
        return dropped
    }

    // MARK: Keys

    private mutating func press(_ code: Int, at time: Duration) -> DecodedScan? {
        held.append(code)
        lastKeyTime = time

        if code == Self.enter || code == Self.keypadEnter, configuration.terminators.contains(.enter) {
            keys.pressSilently(evdevKeyCode: code)
            return complete(.enter, at: time)
        }
        if code == Self.tab, configuration.terminators.contains(.tab) {
            keys.pressSilently(evdevKeyCode: code)
            return complete(.tab, at: time)
        }
        if let digit = AltKeypadCode.digit(forKeyCode: code), keys.isActive(modifier: "Mod1") {
            if altCode == nil { altCode = AltKeypadCode() }
            altCode?.append(digit)
            keys.pressSilently(evdevKeyCode: code)
            return nil
        }
        let keysym = keys.keysym(evdevKeyCode: code)
        if deadKey == 0, code != Self.rightBrace, !DeadKey.isDead(keysym) {
            // The common case: the key's UTF-8 straight into the scan, no String in between.
            guard !overflowed else {
                keys.pressSilently(evdevKeyCode: code)
                return nil
            }
            let before = bytes.count
            keys.press(evdevKeyCode: code, appendingUTF8To: &bytes)
            if bytes.count > configuration.maximumLength {
                bytes.removeSubrange(before...)
                overflowed = true
            }
            return nil
        }
        var text = keys.press(evdevKeyCode: code)
        if DeadKey.isDead(keysym) {
            if deadKey == keysym {
                append(DeadKey.spacing(keysym))
                deadKey = 0
            } else {
                if deadKey != 0 { append(DeadKey.spacing(deadKey)) }
                deadKey = keysym
            }
            return nil
        }
        if code == Self.rightBrace, text != "\u{1D}", keys.isActive(modifier: "Control") {
            text = "\u{1D}"
        }
        guard !text.isEmpty else { return nil }
        if deadKey != 0 {
            text = DeadKey.compose(deadKey, with: text)
            deadKey = 0
        }
        append(text)
        return nil
    }

    private mutating func release(_ code: Int, at time: Duration) {
        if let index = held.firstIndex(of: code) { held.remove(at: index) }
        lastKeyTime = time
        keys.release(evdevKeyCode: code)
        if let code = altCode, !keys.isActive(modifier: "Mod1") {
            altCode = nil
            append(code.bytes)
        }
    }

    // MARK: Assembling

    private mutating func append(_ text: String) {
        append(Array(text.utf8))
    }

    private mutating func append(_ piece: [UInt8]) {
        guard !overflowed, bytes.count + piece.count <= configuration.maximumLength else {
            overflowed = true
            return
        }
        bytes.append(contentsOf: piece)
    }

    private mutating func complete(_ ending: ScanEnding, at time: Duration, problem: DecodedScanProblem? = nil)
        -> DecodedScan?
    {
        if deadKey != 0 {
            append(DeadKey.spacing(deadKey))
            deadKey = 0
        }
        if let code = altCode {
            altCode = nil
            append(code.bytes)
        }
        defer {
            bytes.removeAll(keepingCapacity: true)
            overflowed = false
            keys.resetLocks(numLock: configuration.numLock, holding: held)
        }
        guard !bytes.isEmpty || overflowed else { return nil }
        let flagged = overflowed ? .tooLong : Self.isUTF8(bytes) ? problem : .invalidUTF8
        return DecodedScan(bytes: bytes, device: device, time: time, ending: ending, problem: flagged)
    }

    private mutating func dropPartialScan(at time: Duration) -> DecodedScan? {
        guard hasPartialScan else {
            reset()
            return nil
        }
        let scan = DecodedScan(bytes: bytes, device: device, time: time, ending: .interrupted, problem: .interrupted)
        reset()
        return scan
    }

    private mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        overflowed = false
        altCode = nil
        deadKey = 0
    }

    private static func isUTF8(_ bytes: [UInt8]) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
        return String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes)
    }
}

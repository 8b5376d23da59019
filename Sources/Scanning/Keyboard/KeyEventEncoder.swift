internal import CXKBCommon

/// Turns text into the key events a scanner set to a layout would send: the reverse of
/// `ScanDecoder`, for fixtures, property tests and the keystroke benchmark.
///
/// The table is built from the compiled keymap itself (every key, every level, the modifiers
/// each level needs, via `xkb_keymap_key_get_mods_for_level`) and every stroke is checked by
/// typing it into a `KeyboardState`, so the events are right by construction for that layout:
/// no hand-written QWERTZ or AZERTY tables to drift from xkb-data.
///
/// Not `Sendable`: it holds xkb state.
public struct KeyEventEncoder {
    // MARK: Table

    /// The layout it encodes for.
    public let layout: KeyboardLayout
    private let checker: KeyboardState
    private var strokes: [Unicode.Scalar: KeyStroke] = [:]
    private var deadKeys: [UInt32: KeyStroke] = [:]

    static let leftShift = 42, leftControl = 29, leftAlt = 56, rightAlt = 100, capsLock = 58
    static let enter = 28, tab = 15, rightBrace = 27, space = 57
    /// KEY_KPASTERISK, KEY_KP7…KEY_KPDOT, KEY_KPENTER, KEY_KPSLASH, KEY_KPEQUAL, KEY_KPPLUSMINUS,
    /// KEY_KPCOMMA, KEY_KPLEFTPAREN, KEY_KPRIGHTPAREN.
    static let keypadKeys: Set<Int> = Set([55, 96, 98, 117, 118, 121, 179, 180]).union(71...83)

    public init(layout: KeyboardLayout) throws(KeyboardLayoutError) {
        self.layout = layout
        self.checker = try KeyboardState(layout: layout)
        buildTable()
    }

    private mutating func buildTable() {
        let keymap = layout.keymap
        var keycodes: [xkb_keycode_t] = []
        withUnsafeMutablePointer(to: &keycodes) { pointer in
            xkb_keymap_key_for_each(
                keymap,
                { _, key, data in data?.assumingMemoryBound(to: [xkb_keycode_t].self).pointee.append(key) },
                pointer)
        }
        let modifierKeys: [(String, Int)] = [
            ("Shift", Self.leftShift), ("Control", Self.leftControl), ("Mod1", Self.leftAlt), ("Mod5", Self.rightAlt),
        ]
        let known = modifierKeys.map { (xkb_keymap_mod_get_index(keymap, $0.0), $0.1) }.filter { $0.0 != UInt32.max }
        let knownMask = known.reduce(xkb_mod_mask_t(0)) { $0 | (1 << $1.0) }

        for keycode in keycodes {
            let evdevCode = Int(keycode) - 8
            // Scanners type on the main block, as a person would: keypad keys depend on NumLock
            // and would turn the German "/" (Shift+7) into keypad divide.
            guard evdevCode > 0, evdevCode < 0x100, !Self.keypadKeys.contains(evdevCode) else { continue }
            let levels = xkb_keymap_num_levels_for_key(keymap, keycode, 0)
            for level in 0..<levels {
                var syms: UnsafePointer<xkb_keysym_t>?
                guard xkb_keymap_key_get_syms_by_level(keymap, keycode, 0, level, &syms) == 1, let sym = syms?.pointee
                else { continue }
                var masks = [xkb_mod_mask_t](repeating: 0, count: 8)
                let count = Int(xkb_keymap_key_get_mods_for_level(keymap, keycode, 0, level, &masks, masks.count))
                for mask in masks.prefix(count) where mask & ~knownMask == 0 {
                    let stroke = KeyStroke(key: evdevCode, modifiers: known.filter { mask & (1 << $0.0) != 0 }.map(\.1))
                    if DeadKey.isDead(sym) {
                        if deadKeys[sym].map({ $0.modifiers.count > stroke.modifiers.count }) ?? true {
                            deadKeys[sym] = stroke
                        }
                        break
                    }
                    let utf32 = xkb_keysym_to_utf32(sym)
                    guard utf32 >= 0x20, utf32 != 0x7F, let scalar = Unicode.Scalar(utf32) else { break }
                    if let existing = strokes[scalar], existing.modifiers.count <= stroke.modifiers.count { break }
                    if check(stroke, types: String(scalar)) { strokes[scalar] = stroke }
                    break
                }
            }
        }
    }

    private func check(_ stroke: KeyStroke, types text: String) -> Bool {
        checker.resetLocks()
        for modifier in stroke.modifiers { checker.pressSilently(evdevKeyCode: modifier) }
        let typed = checker.press(evdevKeyCode: stroke.key)
        return typed == text
    }

    // MARK: Strokes

    /// The strokes that type `scalar`, nil if the layout cannot type it: one key, or a dead
    /// key and space for accents such as the German `^`.
    public func strokes(for scalar: Unicode.Scalar) -> [KeyStroke]? {
        if let stroke = strokes[scalar] { return [stroke] }
        if let sym = DeadKey.keysym(typing: scalar), let dead = deadKeys[sym], let space = strokes[" "] {
            return [dead, space]
        }
        return nil
    }

    // MARK: Events

    /// The events of one scan of `text` followed by the terminator (Enter by default; nil for
    /// none), starting at `start`, one key every `interval`. Keys are held for half an interval.
    public func events(
        typing text: String, terminator: ScanTerminators? = .enter, style: KeyEncodingStyle = .init(),
        startingAt start: Duration, interval: Duration = .milliseconds(2)
    ) throws(KeyEncodingError) -> [InputEvent] {
        var events: [InputEvent] = []
        events.reserveCapacity(text.utf8.count * 6 + 8)
        var time = start
        func tap(_ stroke: KeyStroke) {
            for modifier in stroke.modifiers { events.append(.key(modifier, pressed: true, at: time)) }
            events.append(.key(stroke.key, pressed: true, at: time))
            events.append(.report(at: time))
            let up = time + interval / 2
            events.append(.key(stroke.key, pressed: false, at: up))
            for modifier in stroke.modifiers.reversed() { events.append(.key(modifier, pressed: false, at: up)) }
            events.append(.report(at: up))
            time += interval
        }
        func altCode(_ value: Int, digits: Int = 3) {
            var decimal = String(value)
            while decimal.count < digits { decimal = "0" + decimal }
            events.append(.key(Self.leftAlt, pressed: true, at: time))
            events.append(.report(at: time))
            for digit in decimal.utf8 {
                tap(KeyStroke(key: AltKeypadCode.keyCode(forDigit: Int(digit - UInt8(ascii: "0")))))
            }
            events.append(.key(Self.leftAlt, pressed: false, at: time))
            events.append(.report(at: time))
            time += interval
        }
        if style.capsLock {
            tap(KeyStroke(key: Self.capsLock))
        }
        for scalar in text.unicodeScalars {
            if scalar == "\u{1D}", !style.altKeypadForAll {
                switch style.groupSeparator {
                case .controlBracket: tap(KeyStroke(key: Self.rightBrace, modifiers: [Self.leftControl]))
                case .altKeypad: altCode(29)
                }
                continue
            }
            if style.altKeypadForAll {
                if scalar.value < 128 || scalar.value >= 256 {
                    altCode(Int(scalar.value))
                } else {
                    for byte in String(scalar).utf8 { altCode(Int(byte)) }
                }
                continue
            }
            guard var strokes = strokes(for: scalar) else {
                throw KeyEncodingError(character: Character(scalar), layout: layout.layout)
            }
            if style.capsLock, strokes.count == 1, Character(scalar).isLetter {
                // CapsLock inverts Shift for letters: type the other level's modifiers.
                var stroke = strokes[0]
                if let index = stroke.modifiers.firstIndex(of: Self.leftShift) {
                    stroke.modifiers.remove(at: index)
                } else {
                    stroke.modifiers.insert(Self.leftShift, at: 0)
                }
                strokes = [stroke]
            }
            strokes.forEach(tap)
        }
        switch terminator {
        case .some(let keys) where keys.contains(.tab) && !keys.contains(.enter): tap(KeyStroke(key: Self.tab))
        case .some: tap(KeyStroke(key: Self.enter))
        case .none: break
        }
        return events
    }
}

internal import CXKBCommon

/// The live state of one keyboard: which modifiers are held or locked right now.
///
/// A scanner types "A" as KEY_LEFTSHIFT down, KEY_A down, KEY_A up, KEY_LEFTSHIFT up; the
/// character only exists in combination with the shift state, so each scanner needs its
/// own state fed with every key press and release, in order.
///
/// Not `Sendable`: it is mutable and must see one device's events in order.
public final class KeyboardState {
    // MARK: Owned C object

    /// The layout the state interprets keys with (kept alive as long as the state).
    public let layout: KeyboardLayout
    private var state: OpaquePointer

    /// evdev key codes are XKB key codes minus 8 (an X11 legacy, kept by the evdev rules).
    private static let evdevToXKBOffset = 8

    // MARK: Making a state

    /// A state with nothing held or locked.
    public init(layout: KeyboardLayout) throws(KeyboardLayoutError) {
        guard let state = xkb_state_new(layout.keymap) else {
            throw .stateUnavailable(layout: layout.layout)
        }
        self.layout = layout
        self.state = state
    }

    deinit {
        xkb_state_unref(state)
    }

    // MARK: Feeding keys

    /// Records a key press and returns the text it types: "a", "A", "!" or "" for keys that
    /// type nothing (shift, control, unknown codes).
    ///
    /// The text is read before the press updates the state, as libxkbcommon's own tools do,
    /// so a modifier's press does not change what that same key types.
    @discardableResult
    public func press(evdevKeyCode: Int) -> String {
        guard let keycode = Self.xkbKeycode(evdevKeyCode) else { return "" }
        let text = utf8Text(for: keycode)
        xkb_state_update_key(state, keycode, XKB_KEY_DOWN)
        return text
    }

    /// Records a key release, so held modifiers stop applying.
    public func release(evdevKeyCode: Int) {
        guard let keycode = Self.xkbKeycode(evdevKeyCode) else { return }
        xkb_state_update_key(state, keycode, XKB_KEY_UP)
    }

    /// Records a key press and appends the UTF-8 it types to `bytes`, without making a
    /// `String`: the decoder's path for every ordinary key. Returns the number of bytes added.
    @discardableResult
    public func press(evdevKeyCode: Int, appendingUTF8To bytes: inout [UInt8]) -> Int {
        guard let keycode = Self.xkbKeycode(evdevKeyCode) else { return 0 }
        let added = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer -> Int in
            let length = Int(xkb_state_key_get_utf8(state, keycode, buffer.baseAddress, buffer.count))
            guard length > 0 else { return 0 }
            if length < buffer.count {
                for index in 0..<length { bytes.append(UInt8(bitPattern: buffer[index])) }
            } else {
                bytes.append(contentsOf: utf8Text(for: keycode).utf8)
            }
            return length
        }
        xkb_state_update_key(state, keycode, XKB_KEY_DOWN)
        return added
    }

    // MARK: Keys without text

    /// Records a press without reading its text: for the events libevdev synthesises to
    /// resynchronise after dropped events, and for keypad digits while Alt is held.
    public func pressSilently(evdevKeyCode: Int) {
        guard let keycode = Self.xkbKeycode(evdevKeyCode) else { return }
        xkb_state_update_key(state, keycode, XKB_KEY_DOWN)
    }

    /// The keysym the key would produce now (before its press updates the state), e.g. a dead
    /// key's; 0 for none.
    public func keysym(evdevKeyCode: Int) -> UInt32 {
        guard let keycode = Self.xkbKeycode(evdevKeyCode) else { return 0 }
        return xkb_state_key_get_one_sym(state, keycode)
    }

    // MARK: Modifiers

    /// Whether a real modifier ("Shift", "Lock", "Control", "Mod1" = Alt, "Mod2" = NumLock,
    /// "Mod5" = AltGr on most layouts) is in effect now.
    public func isActive(modifier name: String) -> Bool {
        name.withCString { xkb_state_mod_name_is_active(state, $0, XKB_STATE_MODS_EFFECTIVE) } == 1
    }

    /// Starts over with no lock but NumLock, as a host keyboard normally is, keeping the keys
    /// still held: a CapsLock a scanner toggled during one scan must not invert the next.
    ///
    /// A fresh `xkb_state` (rather than `xkb_state_update_mask`, which libxkbcommon says not to
    /// mix with key updates) with the held keys pressed again.
    public func resetLocks(numLock: Bool = true, holding keys: [Int] = []) {
        guard let fresh = xkb_state_new(layout.keymap) else { return }
        if numLock {
            let index = xkb_keymap_mod_get_index(layout.keymap, "Mod2")
            if index != UInt32.max {
                xkb_state_update_mask(fresh, 0, 0, 1 << index, 0, 0, 0)
            }
        }
        xkb_state_unref(state)
        state = fresh
        for key in keys { pressSilently(evdevKeyCode: key) }
    }

    // MARK: Reading text

    func utf8Text(for keycode: xkb_keycode_t) -> String {
        let length = Int(xkb_state_key_get_utf8(state, keycode, nil, 0))
        guard length > 0 else { return "" }
        var buffer = [CChar](repeating: 0, count: length + 1)
        _ = xkb_state_key_get_utf8(state, keycode, &buffer, buffer.count)
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func xkbKeycode(_ evdevKeyCode: Int) -> xkb_keycode_t? {
        guard evdevKeyCode >= 0, evdevKeyCode <= Int(UInt32.max) - evdevToXKBOffset else { return nil }
        return xkb_keycode_t(evdevKeyCode + evdevToXKBOffset)
    }
}

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
    private let state: OpaquePointer

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

    // MARK: Reading text

    private func utf8Text(for keycode: xkb_keycode_t) -> String {
        let length = Int(xkb_state_key_get_utf8(state, keycode, nil, 0))
        guard length > 0 else { return "" }
        var buffer = [CChar](repeating: 0, count: length + 1)
        _ = xkb_state_key_get_utf8(state, keycode, &buffer, buffer.count)
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func xkbKeycode(_ evdevKeyCode: Int) -> xkb_keycode_t? {
        guard evdevKeyCode >= 0, evdevKeyCode <= Int(UInt32.max) - evdevToXKBOffset else { return nil }
        return xkb_keycode_t(evdevKeyCode + evdevToXKBOffset)
    }
}

import Scanning
import Testing

/// What a scanner's key codes type under the layouts scanners are commonly configured for.
@Suite struct KeyboardLayoutTests {
    // MARK: Layouts

    @Test(arguments: [
        // layout, key, held modifiers, expected text
        ("us", "KEY_A", [], "a"),
        ("us", "KEY_A", ["KEY_LEFTSHIFT"], "A"),
        ("us", "KEY_1", ["KEY_LEFTSHIFT"], "!"),
        ("us", "KEY_1", [], "1"),
        ("us", "KEY_ENTER", [], "\r"),
        ("de", "KEY_Y", [], "z"),
        ("de", "KEY_Z", [], "y"),
        ("de", "KEY_7", ["KEY_LEFTSHIFT"], "/"),
        ("de", "KEY_Q", ["KEY_RIGHTALT"], "@"),
        ("fr", "KEY_Q", [], "a"),
        ("fr", "KEY_1", [], "&"),
        ("fr", "KEY_1", ["KEY_LEFTSHIFT"], "1"),
        ("gb", "KEY_2", ["KEY_LEFTSHIFT"], "\""),
    ] as [(String, String, [String], String)])
    func keyTypesText(layout: String, key: String, modifiers: [String], expected: String) throws {
        let state = try KeyboardState(layout: KeyboardLayout(layout: layout))
        #expect(try state.tap(key, holding: modifiers) == expected)
    }

    @Test func modifierReleaseStopsApplying() throws {
        let state = try KeyboardState(layout: KeyboardLayout(layout: "us"))
        #expect(try state.tap("KEY_A", holding: ["KEY_LEFTSHIFT"]) == "A")
        #expect(try state.tap("KEY_A") == "a")
    }

    @Test func capsLockLocksUntilPressedAgain() throws {
        let state = try KeyboardState(layout: KeyboardLayout(layout: "us"))
        #expect(try state.tap("KEY_CAPSLOCK") == "")
        #expect(try state.tap("KEY_B") == "B")
        #expect(try state.tap("KEY_CAPSLOCK") == "")
        #expect(try state.tap("KEY_B") == "b")
    }

    @Test func modifiersTypeNothing() throws {
        let state = try KeyboardState(layout: KeyboardLayout(layout: "us"))
        #expect(try state.tap("KEY_LEFTSHIFT") == "")
        #expect(state.press(evdevKeyCode: -1) == "")
        #expect(state.press(evdevKeyCode: 100_000) == "")
    }

    @Test func scannedBarcodeTypesUnderGermanLayout() throws {
        // A scanner configured for German typing "Zy-7/": the codes are QWERTZ positions.
        let state = try KeyboardState(layout: KeyboardLayout(layout: "de"))
        var text = ""
        text += try state.tap("KEY_Y", holding: ["KEY_LEFTSHIFT"])
        text += try state.tap("KEY_Z")
        text += try state.tap("KEY_SLASH")
        text += try state.tap("KEY_7")
        text += try state.tap("KEY_7", holding: ["KEY_LEFTSHIFT"])
        #expect(text == "Zy-7/")
    }

    @Test func variantIsUsed() throws {
        // "de(nodeadkeys)" types the circumflex itself instead of waiting for a letter.
        let state = try KeyboardState(layout: KeyboardLayout(layout: "de", variant: "nodeadkeys"))
        #expect(try state.tap("KEY_GRAVE") == "^")
    }

    // MARK: Errors

    @Test func unknownLayoutIsNamedInTheError() throws {
        let error = #expect(throws: KeyboardLayoutError.self) {
            try KeyboardLayout(layout: "xx-nope")
        }
        #expect(error == .unknownLayout("xx-nope"))
        #expect(error?.description.contains("\"xx-nope\"") == true)
    }

    @Test func unknownVariantIsNamedInTheError() throws {
        let error = #expect(throws: KeyboardLayoutError.self) {
            try KeyboardLayout(layout: "de", variant: "no-such-variant")
        }
        #expect(error == .unknownLayout("de", variant: "no-such-variant"))
        #expect(error?.description.contains("de(no-such-variant)") == true)
    }

    @Test func emptyLayoutIsRejectedNotDefaulted() {
        #expect(throws: KeyboardLayoutError.unknownLayout("")) {
            try KeyboardLayout(layout: "")
        }
    }
}

// MARK: - Typing helpers

extension KeyboardState {
    /// Presses `modifiers` in order, presses and releases `key`, releases the modifiers in
    /// reverse, as a scanner does; returns what the key typed.
    fileprivate func tap(_ key: String, holding modifiers: [String] = []) throws -> String {
        let modifierCodes = try modifiers.map { try #require(InputEventCode.code(named: $0)) }
        let keyCode = try #require(InputEventCode.code(named: key))
        for code in modifierCodes { press(evdevKeyCode: code) }
        let text = press(evdevKeyCode: keyCode)
        release(evdevKeyCode: keyCode)
        for code in modifierCodes.reversed() { release(evdevKeyCode: code) }
        return text
    }
}

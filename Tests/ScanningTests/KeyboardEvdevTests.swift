import Scanning
import Testing

/// Event code names through libevdev, and libevdev device ownership without a device file.
@Suite struct KeyboardEvdevTests {
    // MARK: Names

    @Test func keyEnterHasItsKernelName() {
        #expect(InputEventCode.name(type: .key, code: 28) == "KEY_ENTER")
        #expect(InputEventCode(type: .key, code: 28).description == "KEY_ENTER")
    }

    @Test(arguments: [("KEY_A", 30), ("KEY_ENTER", 28), ("KEY_LEFTSHIFT", 42), ("KEY_1", 2)])
    func keyNameHasItsKernelCode(name: String, code: Int) {
        #expect(InputEventCode.code(named: name) == code)
        #expect(InputEventCode.code(named: name, type: .key) == code)
        #expect(InputEventCode(named: name) == InputEventCode(type: .key, code: code))
    }

    @Test func prefixGivesTheType() {
        #expect(InputEventCode(named: "SYN_REPORT") == InputEventCode(type: .synchronization, code: 0))
        #expect(InputEventCode(named: "MSC_SCAN")?.type == .miscellaneous)
        #expect(InputEventType(named: "EV_KEY") == .key)
        #expect(InputEventType.key.name == "EV_KEY")
    }

    @Test func unknownNamesAndCodesAreNil() {
        #expect(InputEventCode.code(named: "KEY_NOPE") == nil)
        #expect(InputEventCode(named: "NOPE_A") == nil)
        #expect(InputEventCode.name(type: .key, code: -1) == nil)
        #expect(InputEventType(named: "EV_NOPE") == nil)
    }

    // MARK: Device description

    @Test func descriptionReportsEnabledCodesOnly() throws {
        let scanner = try VirtualDeviceDescription(name: "Test Scanner")
        #expect(scanner.name == "Test Scanner")
        #expect(!scanner.supports(.key))

        let keyA = try #require(InputEventCode(named: "KEY_A"))
        let enter = try #require(InputEventCode(named: "KEY_ENTER"))
        let shift = try #require(InputEventCode(named: "KEY_LEFTSHIFT"))
        try scanner.enable(keyA)
        try scanner.enable(enter)

        #expect(scanner.supports(.key))
        #expect(scanner.supports(keyA))
        #expect(scanner.supports(enter))
        #expect(!scanner.supports(shift))

        scanner.name = "Renamed Scanner"
        #expect(scanner.name == "Renamed Scanner")
    }

    @Test func codesNeedingDataCannotBeEnabled() throws {
        let device = try VirtualDeviceDescription(name: "Tablet")
        let axis = try #require(InputEventCode(named: "ABS_X"))
        #expect(throws: InputDeviceError.cannotEnable(axis)) {
            try device.enable(axis)
        }
        #expect(!device.supports(axis))
    }
}

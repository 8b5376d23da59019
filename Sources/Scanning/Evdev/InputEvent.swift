/// One Linux input event (`struct input_event`) as a Swift value: when, what type, which code,
/// what value.
///
/// Every source of scanner input (a grabbed `/dev/input/eventN`, raw `input_event` bytes from a
/// file or pipe, an evemu recording) is turned into these first, so the decoder that makes scans
/// out of key events is the same code for all of them and can be tested without a device.
public struct InputEvent: Hashable, Sendable, CustomStringConvertible {
    // MARK: Value

    /// The kernel's timestamp (`timeval`), as a duration since the Unix epoch. The decoder
    /// measures inter-key gaps with it, never with the wall clock, so replays behave as the
    /// recording did.
    public var time: Duration
    /// The event type, e.g. `.key`.
    public var type: InputEventType
    /// The code within the type, e.g. 30 for `KEY_A`.
    public var code: Int
    /// For keys: 1 press, 0 release, 2 autorepeat.
    public var value: Int

    public init(time: Duration, type: InputEventType, code: Int, value: Int) {
        self.time = time
        self.type = type
        self.code = code
        self.value = value
    }

    // MARK: Common events

    /// A key press (`value` 1) or release (`value` 0).
    public static func key(_ code: Int, pressed: Bool, at time: Duration) -> Self {
        Self(time: time, type: .key, code: code, value: pressed ? 1 : 0)
    }

    /// `SYN_REPORT`: the end of one batch of events from the device.
    public static func report(at time: Duration) -> Self {
        Self(time: time, type: .synchronization, code: Self.synReport, value: 0)
    }

    /// `SYN_DROPPED`: the kernel's buffer overflowed and events were lost.
    public static func dropped(at time: Duration) -> Self {
        Self(time: time, type: .synchronization, code: Self.synDropped, value: 0)
    }

    /// `SYN_REPORT`'s code.
    public static let synReport = 0
    /// `SYN_DROPPED`'s code.
    public static let synDropped = 3

    // MARK: Time parts

    /// Whole seconds of `time`, as in `timeval.tv_sec`.
    public var seconds: Int64 { time.components.seconds }

    /// Microseconds within the second, as in `timeval.tv_usec`.
    public var microseconds: Int64 { time.components.attoseconds / 1_000_000_000_000 }

    /// A time from `timeval` parts.
    public static func time(seconds: Int64, microseconds: Int64) -> Duration {
        .seconds(seconds) + .microseconds(microseconds)
    }

    public var description: String {
        let name = InputEventCode.name(type: type, code: code) ?? "\(code)"
        return "\(seconds).\(String(microseconds + 1_000_000).dropFirst()) \(type) \(name) \(value)"
    }
}

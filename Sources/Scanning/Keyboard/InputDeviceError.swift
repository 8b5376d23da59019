/// Why an input device description could not be built or changed.
///
/// A struct around a private enum so new cases do not break callers; equality compares
/// the kind and the code involved.
public struct InputDeviceError: Error, Hashable, Sendable, CustomStringConvertible {
    // MARK: Kinds

    private enum Code: Hashable, Sendable {
        case outOfMemory
        case cannotEnable(InputEventCode)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    // MARK: Making errors

    /// libevdev could not allocate a device.
    public static let outOfMemory = Self(.outOfMemory)

    /// libevdev refused to enable a code: unknown, or a type (absolute axes, autorepeat)
    /// that needs extra data this description does not take.
    public static func cannotEnable(_ eventCode: InputEventCode) -> Self {
        Self(.cannotEnable(eventCode))
    }

    // MARK: For people

    public var description: String {
        switch code {
        case .outOfMemory:
            "The input library could not allocate a device description (out of memory)."
        case let .cannotEnable(eventCode):
            """
            The input code \(eventCode) cannot be enabled on a device description: \
            it is unknown, or its type needs extra data (axes, autorepeat).
            """
        }
    }
}

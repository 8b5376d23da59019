/// Why a keyboard layout could not be compiled or used.
///
/// Scanners are configured by layout name in the station file, so the usual cause is a typo
/// or a layout that `xkb-data` does not ship; the description names the layout and says
/// where the valid names are listed.
public struct KeyboardLayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    // MARK: Kinds

    private enum Code: Hashable, Sendable {
        case unknownLayout(layout: String, variant: String?, model: String, rules: String)
        case contextUnavailable
        case stateUnavailable(layout: String)
    }

    private let code: Code
    /// What libxkbcommon logged while failing; shown to people, ignored by `==`.
    private let details: [String]

    private init(_ code: Code, details: [String] = []) {
        self.code = code
        self.details = details
    }

    // MARK: Making errors

    /// libxkbcommon could not compile the keymap for these RMLVO names.
    public static func unknownLayout(
        _ layout: String, variant: String? = nil, model: String = "pc105", rules: String = "evdev"
    ) -> Self {
        Self(.unknownLayout(layout: layout, variant: variant, model: model, rules: rules))
    }

    static func unknownLayout(
        _ layout: String, variant: String?, model: String, rules: String, details: [String]
    ) -> Self {
        Self(.unknownLayout(layout: layout, variant: variant, model: model, rules: rules), details: details)
    }

    /// libxkbcommon could not create a context (out of memory, or no XKB data at all).
    public static let contextUnavailable = Self(.contextUnavailable)

    /// libxkbcommon could not create a key state for a compiled layout (out of memory).
    public static func stateUnavailable(layout: String) -> Self {
        Self(.stateUnavailable(layout: layout))
    }

    // MARK: Equality ignores the diagnostic details

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    // MARK: For people

    public var description: String {
        let message: String
        switch code {
        case let .unknownLayout(layout, variant, model, rules):
            let name = variant.map { "\(layout)(\($0))" } ?? layout
            message = """
                The keyboard layout "\(name)" (model \(model), rules \(rules)) is not known. \
                Check the scanner's layout setting; valid layouts and variants are listed \
                in /usr/share/X11/xkb/rules/evdev.lst (Debian package xkb-data).
                """
        case .contextUnavailable:
            message = """
                The keyboard library could not start (libxkbcommon context). \
                Check that the xkb-data package is installed.
                """
        case let .stateUnavailable(layout):
            message = "The keyboard library could not track keys for layout \"\(layout)\"."
        }
        guard !details.isEmpty else { return message }
        return message + " (libxkbcommon: " + details.joined(separator: "; ") + ")"
    }
}

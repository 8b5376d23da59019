// MARK: - QRCode

/// A QR symbol as a square grid of modules, free of any C type so layout code, label templates
/// and tests can read it without knowing libqrencode exists.
public struct QRCode: Sendable, Hashable {
    /// Modules per side, without the quiet zone (21 for version 1, 177 for version 40).
    public let size: Int
    /// The QR version (1...40) libqrencode chose for the data.
    public let version: Int
    /// Row-major darkness of each module.
    private let modules: [Bool]

    /// Builds a symbol from row-major modules; `modules.count` must be `size * size`.
    init(size: Int, version: Int, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR code has size × size modules")
        self.size = size
        self.version = version
        self.modules = modules
    }

    /// Whether the module in column `x`, row `y` is dark. Outside the symbol (the quiet zone)
    /// everything is light, so callers can draw margins without special cases.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}

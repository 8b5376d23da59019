// MARK: - Size

/// A width and height in millimetres.
struct Size: Sendable, Hashable {
    var width: Double
    var height: Double
}

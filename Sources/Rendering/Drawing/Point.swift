// MARK: - Point

/// A position on the page in millimetres from the top-left corner. Layout works in paper
/// units so the same template fits PDF points and printer pixels alike.
struct Point: Sendable, Hashable {
    var x: Double
    var y: Double
}
